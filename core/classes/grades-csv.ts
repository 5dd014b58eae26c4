import { STATUS_RULE, wholePercent } from "./progress";

/** One CSV cell: quoted when needed, and defused when a spreadsheet would run it as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(",");
}

export interface GradeRow {
  className: string;
  assignment: string;
  kind: "deck" | "quiz";
  dueAt: Date;
  student: string;
  email: string;
  studied: number;
  totalCards: number;
  newRemaining: number;
  dueNow: number;
  overdue: number;
  reviewsLast7Days: number;
  recallAtDue: number;
  /** 0-1 */
  targetRecall: number;
  bestQuizScore: number | null;
  quizAttempts: number;
  status: string;
}

export const GRADE_COLUMNS = [
  "class",
  "assignment",
  "kind",
  "due_at",
  "student",
  "email",
  "cards_studied",
  "cards_total",
  "new_remaining",
  "due_now",
  "overdue",
  "reviews_last_7_days",
  "predicted_recall_at_due_pct",
  "target_recall_pct",
  "quiz_best_pct",
  "quiz_attempts",
  "status",
  "status_rule",
];

/**
 * The class's grades and progress, one row per student per assignment, with a header; CRLF as
 * RFC 4180 asks. Predicted recall and its target are whole percents, as on the class page, and
 * every row carries the rule its status follows from them.
 */
export function gradesCsv(rows: readonly GradeRow[]): string {
  const lines = [csvLine(GRADE_COLUMNS)];
  for (const row of rows) {
    lines.push(
      csvLine([
        row.className,
        row.assignment,
        row.kind,
        row.dueAt.toISOString(),
        row.student,
        row.email,
        row.studied,
        row.totalCards,
        row.newRemaining,
        row.dueNow,
        row.overdue,
        row.reviewsLast7Days,
        wholePercent(row.recallAtDue),
        wholePercent(row.targetRecall),
        row.bestQuizScore === null ? null : Math.round(row.bestQuizScore * 1000) / 10,
        row.quizAttempts,
        row.status,
        STATUS_RULE,
      ]),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

export interface ItemCsvRow {
  className: string;
  assignment: string;
  number: number;
  type: string;
  prompt: string;
  expected: string;
  responses: number;
  shareCorrect: number | null;
  medianSeconds: number | null;
  flagged: boolean;
  distribution: { answer: string; count: number }[];
}

export const ITEM_COLUMNS = [
  "class",
  "assignment",
  "question",
  "type",
  "prompt",
  "right_answer",
  "attempts",
  "correct_pct",
  "median_seconds",
  "more_than_half_wrong",
  "answers_chosen",
];

/** The class quizzes' item analysis, one row per question; answers chosen as "answer × count" joined by " | ". */
export function itemAnalysisCsv(rows: readonly ItemCsvRow[]): string {
  const lines = [csvLine(ITEM_COLUMNS)];
  for (const row of rows) {
    lines.push(
      csvLine([
        row.className,
        row.assignment,
        row.number,
        row.type,
        row.prompt,
        row.expected,
        row.responses,
        row.shareCorrect === null ? null : wholePercent(row.shareCorrect),
        row.medianSeconds === null ? null : Math.round(row.medianSeconds * 10) / 10,
        row.flagged ? "yes" : "no",
        row.distribution.map((answer) => `${answer.answer} × ${answer.count}`).join(" | "),
      ]),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
