import { describe, expect, it } from "vitest";
import { extractDateMentions } from "./dates";
import { splitSentences } from "./sentences";

const REFERENCE = { year: 2012, month: 11, day: 28 };

function dates(text: string, reference: typeof REFERENCE | null = REFERENCE) {
  return extractDateMentions(splitSentences(text), reference ?? undefined).map((m) => ({ text: m.text, label: m.date.label, iso: m.date.iso, kind: m.kind, parts: m.date.parts }));
}

describe("extractDateMentions", () => {
  it("reads full dates and keeps only the stated parts", () => {
    const [tashkent, june] = dates("She spoke in Tashkent on August 26, 2004. The plan was adopted in June 2006.");
    expect(tashkent).toMatchObject({ label: "26 August 2004", iso: "2004-08-26", parts: { year: true, month: true, day: true } });
    expect(june).toMatchObject({ label: "June 2006", iso: "2006-06", parts: { year: true, month: true, day: false } });
  });

  it("reads seasons and season ranges, which chrono-node misses", () => {
    expect(dates("Methods were discussed from Spring through Autumn 2003.")[0]).toMatchObject({ label: "Spring to Autumn 2003", iso: "2003-21/2003-23" });
    expect(dates("The review appeared in Winter 2002.")[0]).toMatchObject({ label: "Winter 2002", iso: "2002-24" });
  });

  it("reads bare years in context, and marks a planned date", () => {
    expect(dates("Participants agreed in 2006 to examine a summit.")[0]).toMatchObject({ label: "2006", kind: "explicit" });
    expect(dates("At the 2010 ministerial meeting, Japan spoke.")[0]).toMatchObject({ label: "2010" });
    expect(dates("They failed to hold a meeting planned for 2008.")[0]).toMatchObject({ label: "2008", kind: "planned" });
    expect(dates("The company employs 2000 people and 700 million dollars.")).toEqual([]);
  });

  it("counts relative dates from the previous explicit date, not from the reference date", () => {
    const [, later] = dates("She spoke on August 26, 2004. Two days later, the first meeting took place.");
    expect(later).toMatchObject({ label: "28 August 2004", kind: "relative" });
    const [, year] = dates("The bridge opened in May 1890. A year later, it was painted.");
    expect(year).toMatchObject({ label: "1891", parts: { month: false } });
  });

  it("drops a relative date with nothing to count from", () => {
    expect(dates("Two days later, the first meeting took place.")).toEqual([]);
  });

  it("counts 'eight years ago' back from the reference date, to the year only", () => {
    expect(dates("The forum was initiated eight years ago.")[0]).toMatchObject({ label: "2004", kind: "ago", parts: { month: false } });
    expect(dates("The forum was initiated eight years ago.", null)).toEqual([]);
  });

  it("takes the year of a bare month from the reference date or from the date just before", () => {
    expect(dates("The meeting took place in Tokyo in November.")[0]).toMatchObject({ label: "November 2012", kind: "anchored" });
    expect(dates("The meeting took place in December.")[0]).toMatchObject({ label: "December 2011" });
    const [, march] = dates("The revolt began in February 1917. In March, the tsar abdicated.");
    expect(march).toMatchObject({ label: "March 1917" });
  });

  it("marks a date that is one of a list of dates, and leaves out a bare month of such a list", () => {
    const found = extractDateMentions(splitSentences("In 1772, 1793 and 1795 the map changed. It was held in March and July 1995. In 1996 it closed."), REFERENCE);
    expect(found.map((m) => [m.text, m.date.label, m.series ?? false])).toEqual([
      ["1772", "1772", true],
      ["July 1995", "July 1995", true],
      ["1996", "1996", false],
    ]);
  });

  it("marks a dateline that is not the day of the event told: another weekday, or yesterday", () => {
    const flag = (text: string) => extractDateMentions(splitSentences(text), REFERENCE).map((m) => [m.text, m.dateline ?? false]);
    // 17 September 2025 was a Wednesday.
    expect(flag("LEEDS, 17 September 2025 — The council voted on Wednesday to adopt the plan.")).toEqual([["17 September 2025", false]]);
    expect(flag("LEEDS, 17 September 2025 — The council voted on Tuesday to adopt the plan.")).toEqual([["17 September 2025", true]]);
    expect(flag("LEEDS, 17 September 2025 — The council voted yesterday to adopt the plan.")).toEqual([["17 September 2025", true]]);
    expect(flag("NEW YORK, 11 May 1997 — Deep Blue defeated the champion today.")).toEqual([["11 May 1997", false]]);
  });

  it("reads a range of days with or without weekdays, never one end alone or a day as a figure", () => {
    const found = dates("The fire burned from Sunday 2 September to Thursday 6 September 1666. The talks ran from 3 March to 5 April 1990. The fair ran 2–6 May 1901. They met from June 3 to July 5, 1920.");
    expect(found.map((d) => d.label)).toEqual(["2 September to 6 September 1666", "3 March to 5 April 1990", "2 May to 6 May 1901", "3 June to 5 July 1920"]);
  });

  it("counts 'the following year' and 'two years later' a paragraph on from the last date written out, not from each other", () => {
    const text = "The volcano erupted on 26 August 1883. Ash rose high. Ships fled. Towns burned. The sea rose. In the following year, summers were cold. The geologist published his report two years later.";
    const found = dates(text).map((d) => d.label);
    expect(found).toEqual(["26 August 1883", "1884", "1885"]);
  });

  it("never counts 'the following year' from a decade", () => {
    const found = dates("In 1963 the president foresaw the 1970s bringing many nuclear powers. China tested its first bomb the following year.").map((d) => d.label);
    expect(found).toEqual(["1963", "the 1970s", "1964"]);
  });

  it("reads 'the following spring' as the first spring after the date before it", () => {
    expect(dates("They left camp on 14 May 1804. They wintered in the north. The party set off again the following spring.").map((d) => d.label)).toEqual(["14 May 1804", "Spring 1805"]);
    expect(dates("They left camp in January 1804. The party set off again the following spring.").map((d) => d.label)).toEqual(["January 1804", "Spring 1804"]);
  });

  it("gives the same result in any machine time zone", () => {
    const before = JSON.stringify(dates("On August 26, 2004 she spoke. Two days later they met."));
    const zone = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      expect(JSON.stringify(dates("On August 26, 2004 she spoke. Two days later they met."))).toBe(before);
    } finally {
      process.env.TZ = zone;
    }
  });
});
