import { z } from "zod";
import { idSchema } from "@/lib/validation";
import { QUESTION_TYPES, type QuestionResponse, type QuestionSpec } from "@/core/quiz";
import { slugParamSchema } from "@/features/deck/schema";

export const MAX_QUIZ_QUESTIONS = 50;

export const createQuizSchema = z.object({
  deckSlug: slugParamSchema,
  types: z.array(z.enum(QUESTION_TYPES)).min(1, "Choose at least one question type.").max(QUESTION_TYPES.length),
  count: z.coerce
    .number()
    .int()
    .min(1, "Ask for at least one question.")
    .max(MAX_QUIZ_QUESTIONS, `A quiz has at most ${MAX_QUIZ_QUESTIONS} questions.`),
  timeLimitMinutes: z
    .union([z.literal(""), z.coerce.number().int().min(1, "A time limit is at least 1 minute.").max(180, "A time limit is at most 180 minutes.")])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value)),
  countAsReview: z.boolean().default(false),
});
export type CreateQuizInput = z.output<typeof createQuizSchema>;

const shortText = z.string().max(500, "An answer has at most 500 characters.");
const index = z.number().int().min(-1).max(100);

export const questionResponseSchema: z.ZodType<QuestionResponse> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("multipleChoice"), choice: index }),
  z.object({ type: z.literal("trueFalse"), value: z.boolean() }),
  z.object({ type: z.literal("timeline"), order: z.array(index).max(50) }),
  z.object({ type: z.literal("matching"), choices: z.array(index).max(50) }),
  z.object({ type: z.literal("listRecall"), items: z.array(shortText).max(50) }),
  z.object({ type: z.literal("typed"), text: shortText }),
]);

const id = idSchema;

export const saveAnswerSchema = z.object({ attemptId: id, questionId: id, response: questionResponseSchema });
export const attemptRefSchema = z.object({ attemptId: id });
export const quizRefSchema = z.object({ quizId: id });

/** Stored specs are re-validated on read: a corrupted row must fail loudly, not grade wrongly. */
export const questionSpecSchema: z.ZodType<QuestionSpec> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("multipleChoice"), prompt: z.string(), options: z.array(z.string()).min(2), correctIndex: z.number().int().min(0) }),
  z.object({ type: z.literal("trueFalse"), prompt: z.string(), statement: z.string(), isTrue: z.boolean(), correction: z.string().optional() }),
  z.object({ type: z.literal("timeline"), prompt: z.string(), items: z.array(z.object({ label: z.string(), date: z.string() })).min(2) }),
  z.object({ type: z.literal("matching"), prompt: z.string(), pairs: z.array(z.object({ left: z.string(), right: z.string() })).min(2) }),
  z.object({ type: z.literal("listRecall"), prompt: z.string(), items: z.array(z.string()).min(1) }),
  z.object({
    type: z.literal("typed"),
    prompt: z.string(),
    answer: z.string(),
    accepted: z.array(z.string()),
    date: z.object({ year: z.number().int(), month: z.number().int().optional(), day: z.number().int().optional() }).optional(),
  }),
]);
