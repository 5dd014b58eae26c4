import { describe, expect, it } from "vitest";
import { generateDeck } from "../index";
import { splitClauses } from "./clauses";

const deckOf = (text: string, extra: { referenceDate?: string; title?: string } = {}) => generateDeck({ text, ...extra });
const pairs = (text: string, extra?: { referenceDate?: string; title?: string }) => deckOf(text, extra).cards.map((c) => `${c.prompt} => ${c.answer}`);

describe("clauses", () => {
  it("splits coordinated clauses that bring their own subject", () => {
    const text = "In 1921 she opened a bakery in Leeds, and two years later she sold it to her brother.";
    const clauses = splitClauses(0, text).map((c) => text.slice(c.start, c.end));
    expect(clauses).toEqual(["In 1921 she opened a bakery in Leeds", "and two years later she sold it to her brother"]);
  });

  it("keeps a shared subject for a verb phrase after 'and'", () => {
    const text = "In 1950 the engineer was hired by the city and, that spring, became its chief surveyor.";
    const clauses = splitClauses(0, text);
    expect(clauses).toHaveLength(2);
    expect(clauses[1]!.sharedSubject).toBe(true);
  });

  it("does not split a list of names at 'and'", () => {
    const text = "The boat carried Anna Berg, Olav Lind and Petra Moss across the bay.";
    expect(splitClauses(0, text)).toHaveLength(1);
  });
});

describe("dated events read clause by clause", () => {
  const bio = "Ingrid Solberg was born in Bergen on 3 March 1890. In 1912 she married Erik Dahl, and three years later she founded a printing house in Oslo. She died in 1961.";

  it("resolves 'she' to the article's main subject and inflects the verb", () => {
    const cards = pairs(bio);
    expect(cards).toContain("When did Ingrid Solberg marry Erik Dahl? => 1912");
    expect(cards).toContain("When did Ingrid Solberg die? => 1961");
  });

  it("gives each clause its own date: the relative phrase resolves against the previous explicit date", () => {
    const cards = deckOf(bio).cards;
    const founded = cards.find((c) => c.kind === "eventToDate" && /found a printing house/.test(c.prompt));
    expect(founded?.answer).toBe("1915");
    expect(founded?.explanation).toMatch(/three years after 1912/);
    // The marriage clause never answers for 1915 and the printing house never for 1912.
    expect(cards.some((c) => /1912/.test(c.prompt) && /printing house/.test(c.answer))).toBe(false);
    expect(cards.some((c) => /printing house/.test(c.prompt) && c.answer === "1912")).toBe(false);
  });

  it("lets an explicit date beat a relative phrase in the same clause", () => {
    const text = "The probe was launched in 1997. Seven years later, on 1 July 2004, the probe entered orbit around Saturn.";
    const orbit = deckOf(text).cards.filter((c) => c.kind === "eventToDate" && /enter orbit/.test(c.prompt));
    expect(orbit.map((c) => c.answer)).toContain("1 July 2004");
    expect(orbit.map((c) => c.answer)).not.toContain("1997");
  });

  it("asks a passive clause with its auxiliary, never 'did' with a past form", () => {
    const text = "Tomas Reyes was a chemist in Lima. In 1931 he was elected president of the national academy.";
    const cards = pairs(text);
    expect(cards).toContain("When was Tomas Reyes elected president of the national academy? => 1931");
    expect(cards.every((c) => !/\bdid\s+(?:\S+\s+){0,3}\S+ed\b/.test(c.split(" => ")[0]!))).toBe(true);
  });

  it("makes no event card from a clause whose subject it cannot resolve", () => {
    const text = "The committee met twice. In 1955 they argued about the budget for a week.";
    expect(deckOf(text).cards.filter((c) => c.kind === "eventToDate")).toEqual([]);
  });

  it("takes the main subject from the title when the text opens on a pronoun", () => {
    const text = "She was born in Turin in 1801. In 1830 she painted the altarpiece of San Carlo.";
    expect(pairs(text, { title: "Lucia Ferro, Painter of Turin" })).toContain("When did Lucia Ferro paint the altarpiece of San Carlo? => 1830");
  });

  it("does not let a date in a comma aside anchor a later bare month", () => {
    const text = "The bridge, opened on 2 May 1960, has carried traffic for decades. In September, engineers closed it for repairs.";
    const dates = deckOf(text, { referenceDate: "1999-11-20" }).facts.dates.map((d) => d.date.label);
    expect(dates).toContain("September 1999");
    expect(dates).not.toContain("September 1960");
  });
});

describe("participle asides", () => {
  it("does not read 'first' before a participle in an aside as the subject", () => {
    const cards = pairs("The bridge, first opened in 1932, was rebuilt after the war.");
    expect(cards.filter((c) => /First opened|first open\b/.test(c))).toEqual([]);
    expect(cards).toContain("Fill in the date: The bridge, first opened in _____, was rebuilt after the war. => 1932");
  });
});

describe("what is not the event's own clause", () => {
  it("reads a past form after the noun of an appositive as a participle, not as the appositive's verb", () => {
    const cards = pairs("The Zephyr, the first diesel train completed in 1934, carried passengers from Denver to Chicago.");
    expect(cards.filter((c) => /first diesel train completed\.|When did the first diesel train complete/.test(c))).toEqual([]);
  });

  it("pairs no single event with one date of a list of dates", () => {
    const text = "In three wars, in 1864, 1866 and 1870, Prussia defeated its neighbours. The league met in 1901 and 1905.";
    const events = pairs(text).filter((c) => /^(?:What happened|When did)/.test(c));
    expect(events).toEqual([]);
  });

  it("does not give a later clause the opening phrase of the main clause", () => {
    const text = "Under the name Edo, the city grew into the largest in the world, until the shogun gave up power in 1867.";
    const cards = pairs(text);
    expect(cards).toContain("What happened in 1867? => The shogun gave up power.");
    expect(cards.filter((c) => /1867/.test(c) && /Under the name|under the name/.test(c.split(" => ")[1]!))).toEqual([]);
    // Nor is the main clause a description of the name that closes the opening phrase.
    expect(cards.filter((c) => /‘Edo’|=> Edo$/.test(c))).toEqual([]);
  });

  it("starts a new clause after a colon, and reads 'seen' without an auxiliary as no verb", () => {
    const cards = pairs("The bridge seen today is a copy: a storm destroyed the original in 1911.");
    expect(cards).toContain("When did a storm destroy the original? => 1911");
    expect(cards.filter((c) => /When did the bridge see/.test(c))).toEqual([]);
  });
});

describe("sentences from articles nobody here wrote", () => {
  it("keeps every name of a subject list, and never the last name alone", () => {
    const cards = pairs("In 1962 Holm, Berg and Lund received the Order of Merit. Holm and Peter Berg published their model of the engine in April 1953.");
    expect(cards).toContain("When did Holm, Berg and Lund receive the Order of Merit? => 1962");
    expect(cards).toContain("When did Holm and Peter Berg publish their model of the engine? => April 1953");
    expect(cards.filter((c) => /(?:^|[^,] )Berg and Lund receive|=> Peter Berg$/.test(c))).toEqual([]);
  });

  it("gives a date after a participle that follows a noun to that noun, not to the sentence's verb", () => {
    const cards = pairs("Control of the port passed to the city on 1 May 1950, under the Lund–Berg Accords signed in 1947.");
    expect(cards.filter((c) => /^What happened in 1947\?|=> 1947$/.test(c) && /^(?:What happened|When did)/.test(c))).toEqual([]);
    expect(cards).toContain("Fill in the date: Control of the port passed to the city on 1 May 1950, under the Lund–Berg Accords signed in _____. => 1947");
    // Nor is a name inside the accords' name a person.
    expect(cards.filter((c) => /Fill in the person/.test(c))).toEqual([]);
  });

  it("reads a past form after an article as an adjective, and makes no event of a verb phrase", () => {
    const cards = pairs("The council first proposed a plan in March 2023, but withdrew it in July. A revised draft was published in January 2024.");
    expect(cards).toContain("When was a revised draft published? => January 2024");
    expect(cards.filter((c) => /withdrew it took place|When did a revise/.test(c))).toEqual([]);
  });

  it("does not give a person's first action the date of a second verb joined by 'and'", () => {
    const cards = pairs("Mary Holm was a Norwegian chemist. She studied physics at Oslo, and graduated in 1941.");
    expect(cards.filter((c) => /study/.test(c) && /1941|graduated/.test(c))).toEqual([]);
  });

  it("counts the plural noun, not the noun and the verb after it", () => {
    const cards = pairs("Today about 14,000 ships pass through the canal each year.");
    expect(cards).toContain("Fill in the figure: Today about _____ pass through the canal each year. => 14,000 ships");
  });
});

describe("more sentences from articles nobody here wrote", () => {
  it("gives a date in a participle aside after the object to the object, and names it whole", () => {
    const cards = pairs("The treaty followed the Geneva Convention for the Protection of Wetlands, adopted in 1971.");
    expect(cards.filter((c) => /When did the treaty follow/.test(c))).toEqual([]);
    expect(cards.filter((c) => /When was the Protection of Wetlands adopted|When was Wetlands adopted/.test(c))).toEqual([]);
    expect(cards).toContain("When was the Geneva Convention for the Protection of Wetlands adopted? => 1971");
  });

  it("asks 'who' only of people: not of a lake named in the title, nor of a thing named after a person", () => {
    const lake = pairs("Lake Orvo is the deepest lake in the region. Orvo was declared a national park in 1996.", { title: "Lake Orvo" });
    expect(lake.filter((c) => /^Who /.test(c))).toEqual([]);
    const language = pairs("Mary Holm was a Norwegian mathematician. The programming language Holm, created for the navy, was named after her in 1980.");
    expect(language.filter((c) => /^Who was named|named after her\?|named after her\.$/.test(c))).toEqual([]);
  });

  it("makes no event of an age, and does not list a noun beside the names set off after it", () => {
    const cards = pairs("Erik Holm was a Norwegian poet. His father died in 1824, when he was eight. That year, scientists of the Royal Survey, Joseph Farman, Brian Gardiner and Jonathan Shanklin, reported a loss of ozone.");
    expect(cards.filter((c) => /was eight\?|=> Erik Holm was eight/.test(c))).toEqual([]);
    expect(cards.filter((c) => /items/.test(c) && /Royal Survey/.test(c.split(" => ")[1]!))).toEqual([]);
  });

  it("takes 'it' for the title's subject after an opening sentence that names it at length, and keeps a place's name whole", () => {
    const treaty = pairs("The Oslo Accord on Fishing Rights that Bind the North Sea States is a treaty. It was agreed on 16 September 1987.", { title: "The Oslo Accord" });
    expect(treaty).toContain("When was the Oslo Accord agreed? => 16 September 1987");
    const lake = pairs("Lake Orvo is the deepest lake in the region. Orvo was declared a national park in 1996.", { title: "Lake Orvo" });
    expect(lake).toContain("When was Lake Orvo declared a national park? => 1996");
  });

  it("does not take a clause that follows an opening date for an opening phrase", () => {
    const cards = pairs("The league was founded in 1945. The following summer a conference in Geneva drew up a charter, which was signed by 61 states on 22 July 1946.");
    expect(cards).toContain("When was a charter signed by 61 states? => 22 July 1946");
    expect(cards.filter((c) => /When was which|=> Which was/.test(c))).toEqual([]);
  });

  it("closes a quotation the card cuts, asks a plural term in the plural, and keeps 'arap' inside a name", () => {
    const cards = pairs("Mary Holm was a Kenyan activist. She received the prize in 2004 \"for her work for peace\". She opposed President Daniel arap Moi in 1990. B cells make antibodies, proteins that bind to the antigen.");
    expect(cards).toContain('When did Mary Holm receive the prize "for her work for peace"? => 2004');
    expect(cards.filter((c) => /=> Daniel$|_____ arap/.test(c))).toEqual([]);
    expect(cards).toContain("What are ‘antibodies’? => Proteins that bind to the antigen");
  });

  it("takes a one-word subject the tagger does not know as a name for a thing, and 'for 1918' for no time of an event", () => {
    const text = "Argon makes up about 1 percent of the air. The chemist Erik Lund studied it. He received the Lund Medal for 1918, and Holm shared the medal in 1931 for his work on pumps. He died in 1940. He was buried in Oslo.";
    const cards = pairs(text);
    expect(cards.filter((c) => /Argon (?:received|died|was buried)|When did Argon/.test(c))).toEqual([]);
    expect(cards.filter((c) => /receive(?:d)? the Lund Medal/.test(c) && /1918/.test(c) && /^When|^What happened/.test(c))).toEqual([]);
    expect(cards.filter((c) => /=> The Lund Medal.*Holm shared/.test(c))).toEqual([]);
  });

  it("asks for a person by a bare role only with the relative clause that makes it theirs", () => {
    const cards = pairs("The work was led by Ferdinand Lund, the diplomat who had built the Oslo Canal. It was paid for by Erik Holm, the banker who lent him money.");
    expect(cards).toContain("Who was the diplomat who had built the Oslo Canal? => Ferdinand Lund");
    expect(cards.filter((c) => /^Who was the (?:diplomat|banker)\?/.test(c))).toEqual([]);
    expect(pairs("Anna Holm, the Norwegian diplomat who led the climate office, built the consensus.")).toContain("Who was the Norwegian diplomat who led the climate office? => Anna Holm");
  });

  it("gives a date after ', the last' to the last one, not to the clause", () => {
    const cards = pairs("The bridge was repaired in 1993. Four more repairs followed, the last in May 2009.");
    expect(cards.filter((c) => /^(?:What happened in May 2009|When did four more repairs follow)/.test(c))).toEqual([]);
  });

  it("shows the sentence that says who 'they' are before a list they include, and takes no whole number for a fraction", () => {
    const deck = deckOf("In 1994 seventeen sites in Nara were listed together. They include Todai-ji, with its great hall; Kasuga Taisha, known for its lanterns; and Heijo Palace. About two-thirds of the old city disappeared.");
    const list = deck.cards.find((c) => c.kind === "listRecall");
    expect(list?.prompt).toMatch(/^Fill in the three items: In 1994 seventeen sites in Nara were listed together\. They include _____/);
    const typed = deck.questions.filter((q) => q.type === "typed" && JSON.stringify(q).includes("two-thirds"));
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((q) => !JSON.stringify(q).includes('"2"'))).toBe(true);
  });

  it("leaves the time of day or week out of what a person did", () => {
    const cards = pairs("Prime Minister Erik Lund visited the flooded valley on Wednesday afternoon and promised help.");
    expect(cards.filter((c) => /=> The flooded valley on Wednesday/.test(c))).toEqual([]);
  });

  it("keeps the comma before a participle phrase once the date is taken out", () => {
    expect(pairs("The new harbour was completed in June 2016, doubling the port's capacity.")).toContain("What happened in June 2016? => The new harbour was completed, doubling the port's capacity.");
  });

  it("gives each of two dated verbs of one subject its own date", () => {
    const cards = pairs("The Oslo Accord was agreed on 16 September 1987 and entered into force on 1 January 1989.");
    expect(cards).toContain("When was the Oslo Accord agreed? => 16 September 1987");
    expect(cards).toContain("When did the Oslo Accord enter into force? => 1 January 1989");
    expect(cards.filter((c) => /agreed and entered|agreed on 16 September 1987 and/.test(c))).toEqual([]);
  });
});

describe("and more", () => {
  it("reads 'led by' after a noun as a participle: the team took up the work, not the last name", () => {
    const cards = pairs("Anna Berg studied moulds in Oslo. In 1939, a team at the University of Oslo led by Anna Berg and Erik Lund took up the work.");
    expect(cards.filter((c) => /Who led the University|Who took up the work\? => Erik Lund/.test(c))).toEqual([]);
    expect(cards).toContain("When did a team at the University of Oslo led by Anna Berg and Erik Lund take up the work? => 1939");
  });

  it("leaves the end of a title out of a name, an abbreviation out of a possessive, and a name of part of a thing unglossed", () => {
    const text = "The Nordic Space Station (NSS) is a station in orbit. Its pressurised volume is about 916 cubic metres. The plan was named after Secretary of State George C. Holm. Holm was awarded the Nobel Peace Prize in 1953. It will fall into a remote area of the Pacific Ocean known as Point Nemo.";
    const cards = pairs(text);
    expect(cards).toContain("When was George C. Holm awarded the Nobel Peace Prize? => 1953");
    expect(cards).toContain("Fill in the figure: The Nordic Space Station's pressurised volume is about _____ cubic metres. => 916");
    expect(cards.filter((c) => /State George|\(NSS's|Point Nemo/.test(c))).toEqual([]);
  });
});

describe("statements the date was cut out of", () => {
  it("makes no event that leaves a preposition without its object or a participle without its subject", () => {
    const text = "Rain grew heavier through the afternoon of 3 March 1901, and on the morning of the 4th the dam gave way. The last horse trams ran in 1923. In May 1911 it woke after a long sleep, throwing up ash that sailors reported for weeks.";
    const cards = pairs(text).filter((c) => /^(?:What happened|When did)/.test(c));
    expect(cards.filter((c) => /\b(?:of|in),|\b(?:ran|of|in)\.|=> Throwing|When did throwing/.test(c))).toEqual([]);
  });
});

describe("people without a title phrase", () => {
  it("asks who from an appositive with a role noun", () => {
    const text = "The flight carried Anna Berg, the mission commander, and two engineers.";
    expect(pairs(text)).toContain("Who was the mission commander? => Anna Berg");
  });

  it("asks who from 'X, who ...'", () => {
    const text = "The talks were chaired by a neutral state. Robert Lanning, who led the Canadian delegation, proposed a compromise.";
    expect(pairs(text)).toContain("Who led the Canadian delegation? => Robert Lanning");
  });

  it("asks who from 'led by X'", () => {
    const text = "In the end the northern expedition, led by Harald Voss, reached the pass first.";
    expect(pairs(text)).toContain("Who led the northern expedition? => Harald Voss");
  });

  it("never names a person the surname on the card does not stand for", () => {
    const text =
      "Karl Emil Ritter was born in Basel in 1850, the son of Hans Peter Ritter, a baker. Ritter also designed two railway bridges over the Rhine.";
    const answers = deckOf(text).cards.map((c) => c.answer);
    expect(answers.some((a) => /Hans Peter Ritter/.test(a) && /bridge/i.test(a))).toBe(false);
    const bridges = deckOf(text).cards.filter((c) => /railway bridges/.test(c.prompt) && c.kind === "actionToPerson");
    for (const card of bridges) expect(card.answer).toBe("Karl Emil Ritter");
  });
});

describe("figures and lists", () => {
  it("asks a figure in its own clause, with the subject resolved", () => {
    const text = "Mara Quill was a botanist from Cork. She collected nearly 4,200 specimens, and her herbarium is now in Dublin.";
    expect(pairs(text)).toContain("Fill in the figure: Mara Quill collected nearly _____ specimens. => 4,200");
  });

  it("asks a series of three or more alike items as a list", () => {
    const text = "After the war the duchy gave up Arnhold, Velden and Rusk to its neighbours.";
    expect(pairs(text)).toContain("Fill in the three items: After the war the duchy gave up _____ to its neighbours. => Arnhold, Velden and Rusk");
  });

  it("does not take clauses joined by commas for a list", () => {
    const text = "Within hours the crowd grew, the guards retreated and the gates opened.";
    expect(deckOf(text).cards.filter((c) => c.kind === "listRecall")).toEqual([]);
  });
});

describe("glossed terms", () => {
  it("asks a term named with 'known as' or 'called', both ways", () => {
    const text = "The boats reached the delta, where two flat-bottomed barges called sampans waited for them.";
    const cards = pairs(text);
    expect(cards).toContain("What were two flat-bottomed barges called? => sampans");
    expect(cards).toContain("What is meant by ‘sampans’? => Two flat-bottomed barges");
  });

  it("reads a quoted gloss and an abbreviation in parentheses", () => {
    const text = "The new volcano was named Pulau Baru, “new island”. Engineers then built the LNG (liquefied natural gas) terminal.";
    const cards = pairs(text);
    expect(cards).toContain("What does ‘Pulau Baru’ mean? => New island");
    expect(cards).toContain("What does LNG stand for? => liquefied natural gas");
  });

  it("does not give an appositive after a preposition to the name before it unless it names a place", () => {
    const text = "Delegates signed the Charter of Freedoms in Valletta, a declaration of shared principles. Ships anchored at Marsa, a port on the south coast.";
    const cards = pairs(text);
    expect(cards.some((c) => /Valletta/.test(c) && /declaration/.test(c))).toBe(false);
    expect(cards).toContain("What is ‘Marsa’? => A port on the south coast");
  });
});

describe("glossed terms set off by a comma", () => {
  it("asks an appositive of any kind of thing after a verb and its preposition", () => {
    const cards = pairs("Over the years the pact grew into the Northern Charter System, a web of related accords.");
    expect(cards).toContain("What is ‘Northern Charter System’? => A web of related accords");
  });

  it("asks a lower-case term glossed by a plural description", () => {
    const cards = pairs("Old streets in the port still keep tarbens, low stone sheds that held salted fish.");
    expect(cards).toContain("What are ‘tarbens’? => Low stone sheds that held salted fish");
  });

  it("asks a lower-case term after a preposition, and a body after 'a member of'", () => {
    const cards = pairs("Tests were run with a vapour lamp, a sealed bulb in which mercury glows. Anna Lind, a member of the Presidium, the council's standing executive body, spoke first.");
    expect(cards).toContain("What is ‘vapour lamp’? => A sealed bulb in which mercury glows");
    expect(cards).toContain("What is ‘Presidium’? => The council's standing executive body");
  });

  it("takes no list, clause, ordinal or annexed place for a gloss", () => {
    const cards = pairs(
      "The signatories were Peru, the Soviet Union and the United States. In Lisbon, the news reached the envoys at dawn. Second, the Great Wessex sailed. In 1783 Russia annexed Crimea, a project managed by Potemkin.",
    );
    expect(cards.filter((c) => c.startsWith("What is ‘"))).toEqual([]);
  });
});

describe("confidence", () => {
  it("gives every card a confidence, and a reason exactly when it is below the threshold", async () => {
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { splitFrontMatter } = await import("@/core/content/front-matter");
    const { DOUBT_THRESHOLD } = await import("../types");
    const { published, body } = splitFrontMatter(readFileSync(path.resolve(import.meta.dirname, "../../../content/central-asia-plus-japan.md"), "utf8"));
    const cards = generateDeck({ text: body, ...(published ? { referenceDate: published } : {}) }).cards;
    for (const card of cards) {
      expect(card.confidence).toBeGreaterThan(0);
      expect(card.confidence).toBeLessThanOrEqual(1);
      expect(card.doubt !== undefined).toBe(card.confidence! < DOUBT_THRESHOLD);
    }
    // The sentence-level reader's events are the doubtful ones: the clause reader's are not.
    const doubtful = cards.filter((c) => c.doubt);
    for (const card of doubtful) expect(card.doubt).toMatch(/whole sentence|unsure/);
  });
});

describe("he and she", () => {
  it("gives 'she' to the woman the article is about, not to the man named just before", () => {
    const text =
      "Anna Holm was born in Turku in 1801. She married the merchant Erik Lind in 1820. Erik became mayor of the town in 1825. In 1830 she founded a school for girls.";
    const cards = pairs(text);
    expect(cards).toContain("When did Anna Holm found a school for girls? => 1830");
    expect(cards.some((c) => /Erik[^?]*found a school/.test(c))).toBe(false);
  });
});
