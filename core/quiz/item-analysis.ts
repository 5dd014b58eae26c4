import { gradeResponse } from "./grade";
import type { QuestionResponse, QuestionSpec, QuestionType } from "./types";

export interface AnalysedQuestion {
  id: string;
  /** 1-based, the order the quiz asks in. */
  number: number;
  type: QuestionType;
  prompt: string;
  spec: QuestionSpec;
}

export interface AnalysedAttempt {
  startedAt: Date;
  answers: { questionId: string; response: QuestionResponse | null; answeredAt: Date }[];
}

export interface ItemAnalysisRow {
  questionId: string;
  number: number;
  type: QuestionType;
  prompt: string;
  expected: string;
  /** Submitted attempts that were asked this question. */
  responses: number;
  /** 0-1: share of those attempts that answered it fully right; null with no attempts. */
  shareCorrect: number | null;
  /** Answers given, most chosen first (the distractors a class falls for), "(no answer)" included. */
  distribution: { answer: string; count: number; correct: boolean }[];
  /** Median seconds spent before saving this answer (since the attempt's previous save, or its start); null if nobody answered. */
  medianSeconds: number | null;
  /** More than half got it wrong: worth going over in class. */
  flagged: boolean;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Per question of a quiz, over every submitted attempt: the share correct, what was answered
 * (distractor counts) and the time taken, the item analysis Kahoot and Quizlet teachers read.
 * Time per question is the gap since the attempt's previous saved answer (answers save as they
 * are given), so it is the time to answer, not the time the question was on screen.
 */
export function analyseItems(questions: readonly AnalysedQuestion[], attempts: readonly AnalysedAttempt[], distributionLimit = 5): ItemAnalysisRow[] {
  const seconds = new Map<string, number[]>();
  const given = new Map<string, Map<string, { count: number; correct: boolean }>>();
  const correct = new Map<string, number>();
  const specs = new Map(questions.map((question) => [question.id, question.spec]));
  for (const attempt of attempts) {
    const ordered = [...attempt.answers].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
    let previous = attempt.startedAt.getTime();
    const byQuestion = new Map<string, (typeof ordered)[number]>();
    for (const answer of ordered) {
      if (!specs.has(answer.questionId)) continue;
      const gap = Math.max(0, (answer.answeredAt.getTime() - previous) / 1000);
      previous = answer.answeredAt.getTime();
      const gaps = seconds.get(answer.questionId);
      if (gaps) gaps.push(gap);
      else seconds.set(answer.questionId, [gap]);
      byQuestion.set(answer.questionId, answer);
    }
    for (const question of questions) {
      const grade = gradeResponse(question.spec, byQuestion.get(question.id)?.response ?? null);
      if (grade.correct) correct.set(question.id, (correct.get(question.id) ?? 0) + 1);
      const counts = given.get(question.id) ?? new Map<string, { count: number; correct: boolean }>();
      const entry = counts.get(grade.given) ?? { count: 0, correct: grade.correct };
      counts.set(grade.given, { count: entry.count + 1, correct: grade.correct });
      given.set(question.id, counts);
    }
  }
  return questions.map((question) => {
    const share = attempts.length > 0 ? (correct.get(question.id) ?? 0) / attempts.length : null;
    const distribution = [...(given.get(question.id) ?? new Map()).entries()]
      .map(([answer, { count, correct: right }]) => ({ answer, count, correct: right }))
      .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
      .slice(0, distributionLimit);
    return {
      questionId: question.id,
      number: question.number,
      type: question.type,
      prompt: question.prompt,
      expected: gradeResponse(question.spec, null).expected,
      responses: attempts.length,
      shareCorrect: share,
      distribution,
      medianSeconds: median(seconds.get(question.id) ?? []),
      flagged: share !== null && share < 0.5,
    };
  });
}
