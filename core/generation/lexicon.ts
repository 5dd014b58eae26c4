// Word lists of general English that the rules lean on. Nothing here may name a particular
// article's people, places or dates: the pipeline has to work on any English text.

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Month name or abbreviation (capitalised, as English writes them) -> 1-based month. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((name, index) => [name, index + 1] as const),
  ...["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"].map(
    (abbr) => [abbr, MONTHS.findIndex((m) => m.startsWith(abbr.slice(0, 3))) + 1] as const,
  ),
]);

export const SEASONS = ["spring", "summer", "autumn", "winter"] as const;
export type Season = (typeof SEASONS)[number];
export const SEASON_BY_NAME: ReadonlyMap<string, Season> = new Map([
  ["spring", "spring"],
  ["summer", "summer"],
  ["autumn", "autumn"],
  ["fall", "autumn"],
  ["winter", "winter"],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1], ["an", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
  ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50],
  ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90], ["hundred", 100], ["dozen", 12],
]);

export const COUNT_WORD_PATTERN =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\\d{1,3}";

export const NUMBER_WORD_BY_VALUE = new Map<number, string>(
  [...NUMBER_WORDS].filter(([word, n]) => n > 1 && word !== "dozen").map(([word, n]) => [n, word]),
);

export const DETERMINERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
  "your", "some", "any", "each", "every", "no", "another", "such", "both", "all", "several", "many",
]);

export const PREPOSITIONS = new Set([
  "in", "on", "at", "by", "for", "with", "without", "from", "to", "into", "onto", "of", "off",
  "over", "under", "about", "after", "before", "during", "since", "until", "till", "through",
  "throughout", "towards", "toward", "via", "within", "among", "amongst", "between", "against",
  "across", "along", "around", "behind", "beyond", "despite", "upon", "like", "near", "per",
  "following", "regarding", "concerning", "amid", "beside", "besides", "except", "unlike",
]);

/** Finite auxiliaries and modals that can open a verb group. */
export const AUXILIARIES = new Set([
  "was", "were", "is", "are", "am", "has", "have", "had", "will", "would", "can", "could", "may",
  "might", "must", "shall", "should", "did", "does", "do",
]);

/** Adverbs that may sit inside a verb group ("was officially documented", "has long been"). */
export const VERB_GROUP_ADVERBS = new Set([
  "not", "also", "already", "then", "later", "further", "never", "still", "first", "long", "yet",
  "soon", "once", "again", "ever", "just", "only", "thus", "initially", "eventually", "finally",
  "formally", "officially", "jointly", "repeatedly", "successfully", "originally", "subsequently",
  "gradually", "quickly", "energetically", "largely", "mainly", "partly", "fully", "briefly",
]);

/** Sentence openers that carry no fact; stripped before a clause is turned into a card. */
export const DISCOURSE_MARKERS = [
  "first of all", "firstly", "first", "secondly", "second", "thirdly", "third", "fourthly",
  "fourth", "fifthly", "fifth", "finally", "lastly", "additionally", "in addition", "moreover",
  "furthermore", "however", "thus", "therefore", "hence", "consequently", "as a result",
  "as result", "in fact", "indeed", "formally", "officially", "meanwhile", "also", "besides",
  "nevertheless", "nonetheless", "still", "then", "later", "subsequently", "eventually",
  "initially", "originally", "soon afterwards", "soon afterward", "afterwards", "afterward",
  "at the same time", "in turn", "instead", "similarly", "likewise", "for example",
  "for instance", "in particular", "specifically", "notably", "of course", "in short", "in sum",
  "overall", "ultimately", "in the end", "at first", "at last", "on the other hand", "above all",
  "after all", "again", "in this way", "in other words", "accordingly", "otherwise",
  "in response", "in return", "in practice", "in the meantime", "as a consequence", "by contrast", "in contrast",
];

/** Words that mark the next item of a list spread over several sentences. */
export const LIST_MARKERS = [
  "first of all", "firstly", "first", "to begin with", "secondly", "second", "thirdly", "third",
  "fourthly", "fourth", "fifthly", "fifth", "next", "then", "additionally", "in addition",
  "moreover", "furthermore", "besides", "also", "finally", "lastly", "last but not least",
];

export const SUBORDINATORS = new Set([
  "although", "though", "while", "whereas", "because", "since", "as", "when", "after", "before",
  "once", "if", "unless", "until", "whenever",
]);

/** Titles that precede a person's name ("foreign minister X", "President X"); longest first. */
export const ROLE_TITLES = [
  "deputy prime minister", "prime minister", "foreign minister", "finance minister",
  "defence minister", "defense minister", "interior minister", "trade minister",
  "minister of foreign affairs", "minister of finance", "minister of defence", "minister",
  "vice president", "vice-president", "president", "chancellor", "secretary of state",
  "secretary-general", "secretary general", "general secretary", "chief cabinet secretary",
  "premier", "king", "queen", "emperor", "empress", "pope", "prince", "princess", "sultan",
  "governor", "mayor", "senator", "ambassador", "general", "admiral", "colonel", "captain",
  "commander", "chief engineer", "engineer", "architect", "professor", "director", "chairman",
  "chairwoman", "chief executive", "founder", "co-founder", "physicist", "chemist", "biologist",
  "mathematician", "astronomer", "historian", "economist", "scientist", "explorer", "inventor",
  "novelist", "writer", "poet", "painter", "composer", "bishop", "archbishop", "judge",
  "spokesman", "spokeswoman", "diplomat", "botanist", "geologist", "surveyor", "contractor",
  "merchant", "banker", "lawyer", "physician", "industrialist", "politician", "journalist",
];

/** Qualifiers that date a role relative to the action ("then foreign minister", "former ..."). */
export const ROLE_QUALIFIERS = ["then", "former", "the former", "later", "future", "acting", "incumbent", "current"];

/** Head nouns of organisation names ("World Health Organization", "the Labour Party"). */
export const ORGANISATION_NOUNS = new Set([
  "organization", "organisation", "party", "union", "council", "committee", "commission",
  "institute", "institution", "university", "college", "school", "forum", "association", "bank",
  "fund", "agency", "ministry", "department", "company", "corporation", "society", "academy",
  "assembly", "parliament", "congress", "court", "army", "navy", "alliance", "league",
  "federation", "foundation", "museum", "office", "bureau", "authority", "group", "board",
  "senate", "cabinet", "government", "church", "order", "club", "network", "dialogue", "summit",
]);

/** Nouns that name an initiative; a demonstrative before them points back at a named one. */
export const INITIATIVE_NOUNS = new Set([
  "initiative", "forum", "format", "framework", "mechanism", "dialogue", "project", "programme",
  "program", "organization", "organisation", "body", "institution", "process", "scheme",
  "platform", "partnership", "arrangement", "structure", "agreement", "treaty", "plan", "policy",
  "strategy", "concept", "vision", "doctrine", "idea", "proposal",
]);

/** Nominalisations whose event can be asked as "When was X <participle>?". */
export const NOMINALISATIONS: ReadonlyMap<string, string> = new Map([
  ["establishment", "established"], ["creation", "created"], ["foundation", "founded"],
  ["founding", "founded"], ["formation", "formed"], ["adoption", "adopted"],
  ["signing", "signed"], ["introduction", "introduced"], ["launch", "launched"],
  ["opening", "opened"], ["completion", "completed"], ["construction", "built"],
  ["publication", "published"], ["announcement", "announced"], ["dissolution", "dissolved"],
  ["abolition", "abolished"], ["ratification", "ratified"], ["inauguration", "inaugurated"],
  ["discovery", "discovered"], ["invention", "invented"], ["independence", "declared"],
  ["collapse", "collapsed"], ["unveiling", "unveiled"], ["release", "released"],
]);

/** Words a sentence-splitter must not end a sentence after (lower-cased, without the dot). */
export const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep",
  "rev", "hon", "sr", "jr", "mt", "ft", "no", "nos", "vol", "vols", "fig", "figs", "pp", "p",
  "ed", "eds", "vs", "cf", "approx", "ca", "c", "al", "h.e", "messrs", "mme", "mlle", "rt", "ave",
  "art", "ch", "sec", "op", "cit", "ibid", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "e.g", "i.e", "viz", "etc", "inc", "ltd", "co", "corp", "bros",
]);

/** Abbreviations that often end a sentence too: split after them only before a typical opener. */
export const WEAK_ABBREVIATIONS = new Set(["etc", "inc", "ltd", "co", "corp", "bros", "al"]);

/** Common sentence openers, used to decide whether "U.S." or an initial ends the sentence. */
export const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
  "in", "on", "at", "after", "before", "during", "however", "but", "and", "as", "when", "while",
  "there", "his", "her", "their", "our", "although", "since", "following", "by", "for", "from",
  "thus", "moreover", "furthermore", "today", "later", "then", "soon", "meanwhile",
]);

/** Nouns after a number that make it a count or measure rather than a year ("2000 soldiers"). */
export const TIME_UNITS = new Map([
  ["day", "day"], ["days", "day"], ["week", "week"], ["weeks", "week"], ["month", "month"],
  ["months", "month"], ["year", "year"], ["years", "year"], ["decade", "decade"],
  ["decades", "decade"], ["century", "century"], ["centuries", "century"],
]);

export const CURRENCY_WORDS =
  "dollars|dollar|euros|euro|pounds|pound|yen|yuan|roubles|rubles|rupees|francs|marks|crowns|kronor|pesos|won";
export const MAGNITUDE_WORDS = "thousand|million|billion|trillion";
