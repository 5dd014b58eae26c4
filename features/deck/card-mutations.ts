import { randomUUID } from "node:crypto";
import { HAND_ADDED_KEY_PREFIX } from "@/core/deck/regeneration-diff";
import { questionsToRetire } from "@/core/quiz";
import { forgetCard, importedGroupOf, logColumnsFrom, memoryFromRow, nextEntryTime, rowFromMemory } from "@/core/scheduling";
import { latestEntryAt } from "@/features/card-state/log";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OwnedDeckId } from "./access";

/**
 * A deck owner's changes to published cards, one transaction each. The review log is
 * append-only, so no change here removes a log row: an edit keeps every learner's history (as
 * Anki does) unless the owner resets progress, which appends a reset entry per learner; a delete
 * marks the card deleted, so it leaves study and quizzes while its history stays. Quiz questions
 * that no longer agree with the cards are retired in the same transaction.
 */

type Tx = Prisma.TransactionClient;

export interface CardText {
  prompt: string;
  answer: string;
  explanation: string;
}

const NOT_FOUND = "That card is not in this deck, or it was deleted.";

async function liveCard(tx: Tx, deckId: OwnedDeckId, cardId: string) {
  return tx.card.findFirst({
    where: { id: cardId, deckId, deletedAt: null },
    select: { id: true, prompt: true, answer: true, explanation: true, sources: { select: { sentence: { select: { position: true } } } } },
  });
}

/**
 * Retires the deck's questions that ask about the changed cards (core/quiz `questionsToRetire`):
 * a question no quiz used is deleted, one a quiz used is kept for that quiz's results but marked
 * retired, so no new quiz draws it and no attempt started afterwards shows it.
 */
export async function retireQuestions(tx: Tx, deckId: OwnedDeckId, changed: { id: string; sourcePositions: number[] }[], now: Date): Promise<number> {
  const stored = await tx.quizQuestion.findMany({
    where: { deckId, retiredAt: null },
    select: { id: true, cardId: true, sourcePositions: true, _count: { select: { items: true } } },
  });
  const retire = new Set(
    questionsToRetire(
      stored.map((question) => ({ id: question.id, cardId: question.cardId, sourcePositions: JSON.parse(question.sourcePositions) as number[] })),
      changed,
    ),
  );
  const used = stored.filter((question) => retire.has(question.id) && question._count.items > 0).map((question) => question.id);
  const unused = stored.filter((question) => retire.has(question.id) && question._count.items === 0).map((question) => question.id);
  if (unused.length > 0) await tx.quizQuestion.deleteMany({ where: { id: { in: unused } } });
  if (used.length > 0) await tx.quizQuestion.updateMany({ where: { id: { in: used } }, data: { retiredAt: now } });
  return retire.size;
}

const positionsOf = (card: { sources: { sentence: { position: number } }[] }) => card.sources.map((source) => source.sentence.position);

/** Appends a reset-to-new entry (rating 0) to every learner's log of this card that is not new already. */
async function resetLearners(tx: Tx, cardId: string, now: Date): Promise<number> {
  const states = await tx.cardState.findMany({ where: { cardId, phase: { not: "new" } } });
  for (const row of states) {
    const at = nextEntryTime(await latestEntryAt(tx, row.userId), now);
    const { next, log } = forgetCard(memoryFromRow(row), at);
    await tx.cardState.update({ where: { id: row.id }, data: rowFromMemory(next) });
    await tx.reviewLog.create({
      data: {
        userId: row.userId,
        cardId,
        deckId: row.deckId,
        idempotencyKey: `edit-reset-${randomUUID()}`,
        ...logColumnsFrom(log),
        reviewedAt: at,
        durationMs: 0,
        nextDue: next.due,
      },
    });
  }
  return states.length;
}

export interface EditOutcome {
  changed: boolean;
  /** Learners whose progress on the card was reset. */
  reset: number;
  retiredQuestions: number;
}

export async function editCard(
  deckId: OwnedDeckId,
  cardId: string,
  text: CardText,
  resetProgress: boolean,
  now: Date,
): Promise<Result<EditOutcome, "notFound">> {
  return db.$transaction(async (tx) => {
    const card = await liveCard(tx, deckId, cardId);
    if (!card) return fail("notFound", NOT_FOUND);
    const changed = card.prompt !== text.prompt || card.answer !== text.answer || card.explanation !== text.explanation;
    if (!changed && !resetProgress) return ok({ changed: false, reset: 0, retiredQuestions: 0 });
    await tx.card.update({ where: { id: card.id }, data: text });
    // A new explanation alone does not make a question wrong; a new prompt or answer does.
    const factChanged = card.prompt !== text.prompt || card.answer !== text.answer;
    const retiredQuestions = factChanged ? await retireQuestions(tx, deckId, [{ id: card.id, sourcePositions: positionsOf(card) }], now) : 0;
    const reset = resetProgress ? await resetLearners(tx, card.id, now) : 0;
    return ok({ changed, reset, retiredQuestions });
  });
}

export async function deleteCard(deckId: OwnedDeckId, cardId: string, now: Date): Promise<Result<{ retiredQuestions: number }, "notFound" | "lastCard">> {
  return db.$transaction(async (tx) => {
    const card = await liveCard(tx, deckId, cardId);
    if (!card) return fail("notFound", NOT_FOUND);
    if ((await tx.card.count({ where: { deckId, deletedAt: null } })) <= 1) {
      return fail("lastCard", "A deck keeps at least one card. Add another before deleting this one.");
    }
    const deleted = await tx.card.updateMany({ where: { id: card.id, deletedAt: null }, data: { deletedAt: now } });
    if (deleted.count !== 1) return fail("notFound", NOT_FOUND);
    return ok({ retiredQuestions: await retireQuestions(tx, deckId, [{ id: card.id, sourcePositions: positionsOf(card) }], now) });
  });
}

/** A card made by hand; `group` names its siblings as an imported group column does (the same name joins the same group). */
export async function addCard(deckId: OwnedDeckId, text: CardText, group = ""): Promise<{ cardId: string }> {
  return db.$transaction(async (tx) => {
    const last = await tx.card.findFirst({ where: { deckId }, orderBy: { position: "desc" }, select: { position: true } });
    const card = await tx.card.create({
      data: { deckId, key: `${HAND_ADDED_KEY_PREFIX}${randomUUID()}`, kind: "basic", position: (last?.position ?? -1) + 1, group: importedGroupOf(group), ...text },
      select: { id: true },
    });
    return { cardId: card.id };
  });
}
