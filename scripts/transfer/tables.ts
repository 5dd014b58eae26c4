import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Every table of an installation, parents before children, so an import never inserts a row
 * before the row its foreign keys point to; each with the columns that order it stably.
 */
export const TABLES = [
  { model: "user", name: "User", orderBy: ["id"] },
  { model: "userSettings", name: "UserSettings", orderBy: ["userId"] },
  { model: "optimizerRun", name: "OptimizerRun", orderBy: ["id"] },
  { model: "article", name: "Article", orderBy: ["id"] },
  { model: "sentence", name: "Sentence", orderBy: ["id"] },
  { model: "deck", name: "Deck", orderBy: ["id"] },
  { model: "deckSettings", name: "DeckSettings", orderBy: ["userId", "deckId"] },
  { model: "card", name: "Card", orderBy: ["id"] },
  { model: "cardSource", name: "CardSource", orderBy: ["cardId", "sentenceId"] },
  { model: "cardState", name: "CardState", orderBy: ["id"] },
  { model: "reviewLog", name: "ReviewLog", orderBy: ["id"] },
  { model: "quizQuestion", name: "QuizQuestion", orderBy: ["id"] },
  { model: "quiz", name: "Quiz", orderBy: ["id"] },
  { model: "quizItem", name: "QuizItem", orderBy: ["quizId", "position"] },
  { model: "quizAttempt", name: "QuizAttempt", orderBy: ["id"] },
  { model: "quizAnswer", name: "QuizAnswer", orderBy: ["attemptId", "questionId"] },
  { model: "class", name: "Class", orderBy: ["id"] },
  { model: "enrollment", name: "Enrollment", orderBy: ["classId", "userId"] },
  { model: "assignment", name: "Assignment", orderBy: ["id"] },
  { model: "joinAttempt", name: "JoinAttempt", orderBy: ["id"] },
  { model: "loginFailure", name: "LoginFailure", orderBy: ["id"] },
  { model: "signUpAttempt", name: "SignUpAttempt", orderBy: ["id"] },
] as const;

export type Table = (typeof TABLES)[number];

/**
 * Tables the database keeps itself and an export leaves out: the class read stamps and the
 * review due counts, which their migrations' triggers write whenever card states or quiz
 * attempts are written, so the import's own inserts make them again.
 */
export const DERIVED_TABLES = ["CardStateStamp", "QuizAttemptStamp", "ReviewDueCount"] as const;

/** A model added to schema.prisma but not above would be silently left behind: refuse instead. */
export function assertEveryModelListed(): void {
  const listed = new Set<string>([...TABLES.map((table) => table.name), ...DERIVED_TABLES]);
  const missing = Object.values(Prisma.ModelName).filter((name) => !listed.has(name));
  if (missing.length > 0) throw new Error(`scripts/transfer/tables.ts does not list ${missing.join(", ")}; add them in foreign-key order`);
}

/** Dates survive JSON as {"$date": iso}; every other value is JSON as is. */
export function encodeRow(row: Record<string, unknown>): string {
  return JSON.stringify(row, function (key, value: unknown) {
    const raw: unknown = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

export function decodeRow(text: string): Record<string, unknown> {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === "object" && "$date" in value && typeof value.$date === "string" ? new Date(value.$date) : value,
  ) as Record<string, unknown>;
}

export type ExportLine =
  | { kind: "header"; format: "kioku-export"; version: 1; exportedAt: string }
  | { kind: "row"; table: string; row: Record<string, unknown> }
  | { kind: "counts"; counts: Record<string, number> };
