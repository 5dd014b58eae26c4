import { describe, expect, it } from "vitest";
import { csvCell, gradesCsv, itemAnalysisCsv } from "./grades-csv";
import { STATUS_RULE } from "./progress";

describe("csvCell", () => {
  it("quotes commas, quotes and newlines", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42.5)).toBe("42.5");
  });

  it("defuses formulas a spreadsheet would run", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@sum")).toBe("'@sum");
  });
});

describe("gradesCsv", () => {
  it("writes a header and one line per row, recall and target in the whole percents the page shows, with the status rule", () => {
    const csv = gradesCsv([
      {
        className: "History 101",
        assignment: "Study: Central Asia",
        kind: "deck",
        dueAt: new Date("2026-03-10T09:00:00Z"),
        student: "Ana, B.",
        email: "ana@example.com",
        studied: 20,
        totalCards: 76,
        newRemaining: 56,
        dueNow: 3,
        overdue: 1,
        reviewsLast7Days: 44,
        recallAtDue: 0.23456,
        targetRecall: 0.8,
        bestQuizScore: null,
        quizAttempts: 0,
        status: "Behind",
      },
    ]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toMatch(/^class,assignment,kind,due_at,student,email,/);
    expect(lines[1]).toBe(`History 101,Study: Central Asia,deck,2026-03-10T09:00:00.000Z,"Ana, B.",ana@example.com,20,76,56,3,1,44,23,80,,0,Behind,"${STATUS_RULE}"`);
    expect(lines).toHaveLength(3);
  });
});

describe("itemAnalysisCsv", () => {
  it("writes one row per question with share correct, time, the flag and the answers chosen", () => {
    const csv = itemAnalysisCsv([
      {
        className: "History 101",
        assignment: "Quiz: Central Asia",
        number: 1,
        type: "multipleChoice",
        prompt: "Who proposed it?",
        expected: "Kawaguchi",
        responses: 3,
        shareCorrect: 1 / 3,
        medianSeconds: 12.34,
        flagged: true,
        distribution: [
          { answer: "Aso", count: 2 },
          { answer: "Kawaguchi", count: 1 },
        ],
      },
    ]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("class,assignment,question,type,prompt,right_answer,attempts,correct_pct,median_seconds,more_than_half_wrong,answers_chosen");
    expect(lines[1]).toBe("History 101,Quiz: Central Asia,1,multipleChoice,Who proposed it?,Kawaguchi,3,33,12.3,yes,Aso × 2 | Kawaguchi × 1");
  });
});
