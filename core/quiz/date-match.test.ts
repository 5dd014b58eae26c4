import { describe, expect, it } from "vitest";
import { datesMatch, parseStatedDate } from "./date-match";

describe("parseStatedDate", () => {
  it.each([
    ["26 August 2004", { year: 2004, month: 8, day: 26 }],
    ["August 26, 2004", { year: 2004, month: 8, day: 26 }],
    ["2004-08-26", { year: 2004, month: 8, day: 26 }],
    ["June 2006", { year: 2006, month: 6 }],
    ["2006-06", { year: 2006, month: 6 }],
    ["2008", { year: 2008 }],
    ["in 2008", { year: 2008 }],
  ])("%s", (text, expected) => {
    expect(parseStatedDate(text)).toEqual(expected);
  });

  it("refuses text that is not a date, or a date without a year", () => {
    expect(parseStatedDate("Tashkent")).toBeNull();
    expect(parseStatedDate("26 August")).toBeNull();
  });
});

describe("datesMatch", () => {
  const tashkent = { year: 2004, month: 8, day: 26 };
  it("accepts the three usual spellings of a day", () => {
    for (const text of ["26 August 2004", "August 26, 2004", "2004-08-26", "26 Aug 2004"]) expect(datesMatch(text, tashkent)).toBe(true);
  });

  it("refuses another day, or more or fewer parts than the article states", () => {
    expect(datesMatch("27 August 2004", tashkent)).toBe(false);
    expect(datesMatch("August 2004", tashkent)).toBe(false);
    expect(datesMatch("1 June 2006", { year: 2006, month: 6 })).toBe(false);
    expect(datesMatch("June 2006", { year: 2006, month: 6 })).toBe(true);
  });
});
