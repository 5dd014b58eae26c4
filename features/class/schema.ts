import { z } from "zod";
import { hasNoNul, idSchema, NUL_MESSAGE } from "@/lib/validation";
import { QUESTION_TYPES } from "@/core/quiz/types";
import { slugParamSchema } from "@/features/deck/schema";

const id = idSchema;
export const classNameSchema = z.string().trim().min(1, "Give the class a name.").max(120, "Use at most 120 characters.").refine(hasNoNul, NUL_MESSAGE);

export const createClassSchema = z.object({ name: classNameSchema });
export const renameClassSchema = z.object({ classId: id, name: classNameSchema });
export const classRefSchema = z.object({ classId: id });
export const removeStudentSchema = z.object({ classId: id, userId: id });
export const joinClassSchema = z.object({ code: z.string().trim().min(1, "Enter the join code your instructor gave you.").max(40) });

/** `<input type="datetime-local">` gives local wall time without a zone; the form adds the browser's offset. */
const dueAtSchema = z.iso.datetime({ offset: true, message: "Choose a due date and time." }).transform((value) => new Date(value));

const targetRecallPercentSchema = z.coerce.number().int().min(50, "The recall target is between 50 % and 99 %.").max(99, "The recall target is between 50 % and 99 %.");
const attemptsAllowedSchema = z
  .union([z.literal(""), z.coerce.number().int().min(1, "Allow at least one attempt.").max(20)])
  .transform((value) => (value === "" ? null : value));

export const assignDeckSchema = z.object({
  classId: id,
  deckSlug: slugParamSchema,
  dueAt: dueAtSchema,
  targetRecallPercent: targetRecallPercentSchema.default(85),
});

/** Editing an assignment: its due date, and the deck target or the quiz's attempts (the other is ignored). */
export const editAssignmentSchema = z.object({
  classId: id,
  assignmentId: id,
  dueAt: dueAtSchema,
  targetRecallPercent: targetRecallPercentSchema.optional(),
  attemptsAllowed: attemptsAllowedSchema.optional(),
});
export type EditAssignmentInput = z.output<typeof editAssignmentSchema>;

export const assignmentRefSchema = z.object({ classId: id, assignmentId: id });

export const assignQuizSchema = z.object({
  classId: id,
  deckSlug: slugParamSchema,
  dueAt: dueAtSchema,
  types: z.array(z.enum(QUESTION_TYPES)).min(1, "Choose at least one question type."),
  count: z.coerce.number().int().min(1).max(50, "A quiz has at most 50 questions."),
  attemptsAllowed: attemptsAllowedSchema,
  timeLimitMinutes: z
    .union([z.literal(""), z.coerce.number().int().min(1).max(180, "A time limit is at most 180 minutes.")])
    .transform((value) => (value === "" ? null : value)),
});
