import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, retrievability, type Grade } from "@/core/scheduling";
import { DEFAULT_FSRS_PARAMETERS } from "@/core/scheduling/default-parameters";
import { requireInstructorOf, requireMemberOf } from "@/features/class/access";
import { getClassDashboard, getStudentClassView, listMyAssignments } from "@/features/class/data";
import { memoryFromRow } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { getCardInfo } from "@/features/card-info/data";
import { getLeeches } from "@/features/stats/leeches";
import { getStudyView } from "@/features/study/data";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { expectStateMatchesLog } from "./scheduling-helpers";
import { createTestDeck, createTestUser, key } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00Z");
const DAY = 86_400_000;

let userId: UserId;
beforeEach(async () => {
  userId = await createTestUser();
});

async function answer(deckId: Parameters<typeof recordReview>[1], cardId: string, rating: Grade, at: Date) {
  const result = await recordReview(userId, deckId, { cardId, rating, idempotencyKey: key(), durationMs: 1000 }, at);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("siblings", () => {
  it("groups generated cards by their first source sentence, and a sibling answered today holds the other until tomorrow", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 3);
    const groups = await db.card.findMany({ where: { id: { in: cardIds } }, select: { group: true } });
    expect(groups.every((card) => card.group.startsWith("sentence:"))).toBe(true);
    expect(new Set(groups.map((card) => card.group)).size).toBe(3);

    await db.card.updateMany({ where: { id: { in: cardIds.slice(0, 2) } }, data: { group: "fact:capital" } });
    const before = await getStudyView({ id: userId }, deckId, NOW);
    // Two siblings never start on the same day.
    expect(before.remaining).toBe(2);
    await answer(deckId, before.card!.id, 4, NOW);
    const after = await getStudyView({ id: userId }, deckId, new Date(NOW.getTime() + 60_000));
    expect(after.remaining).toBe(1);
    expect(after.card!.id).toBe(cardIds[2]);
    const tomorrow = await getStudyView({ id: userId }, deckId, new Date(NOW.getTime() + DAY));
    expect(tomorrow.card!.id).toBe(cardIds[1]);

    await db.userSettings.create({ data: { userId, burySiblings: false } });
    expect((await getStudyView({ id: userId }, deckId, new Date(NOW.getTime() + 60_000))).remaining).toBe(2);
  });
});

describe("deadline mode", () => {
  it("tells the student how many extra reviews the due date needs, and shows the card on the planned day before the due date", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 1);
    const cardId = cardIds[0]!;
    const first = await answer(deckId, cardId, 4, new Date(NOW.getTime() - 12 * DAY));
    const second = await answer(deckId, cardId, 2, first.nextDue);
    const dueAt = new Date(NOW.getTime() + 10 * DAY);
    expect(second.nextDue.getTime()).toBeGreaterThan(dueAt.getTime());
    expect((await getStudyView({ id: userId }, deckId, NOW)).deadline).toBeNull();

    const instructor = await createTestUser("Teacher");
    const klass = await db.class.create({ data: { instructorId: instructor, name: "Class", joinCode: key().slice(0, 10) }, select: { id: true } });
    await db.enrollment.create({ data: { classId: klass.id, userId } });
    await db.assignment.create({ data: { classId: klass.id, kind: "deck", deckId, title: "Study", dueAt, targetRecall: 0.97 } });
    const view = await getStudyView({ id: userId }, deckId, NOW);
    expect(view.deadline).toMatch(/^[12] extra reviews? before 12 March to reach 97 %\.$/);
    // The student's home says the same beside the assignment.
    const home = await listMyAssignments(userId, NOW);
    expect(home.map((row) => row.deadline)).toEqual([view.deadline]);
    // The plan shows the card before its FSRS due date, without touching its stored state.
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
    expect(state.due).toEqual(second.nextDue);
    expect(view.card).toBeNull();
    // The best day is the last whole study day before a 10:00 due date.
    expect((await getStudyView({ id: userId }, deckId, new Date(dueAt.getTime() - 2 * DAY))).card).toBeNull();
    expect((await getStudyView({ id: userId }, deckId, new Date(dueAt.getTime() - DAY))).card?.id).toBe(cardId);
  });
});

describe("the instructor's predicted recall", () => {
  it("uses the student's own FSRS parameters, the model of their deadline plan, and the status follows it", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 1);
    const cardId = cardIds[0]!;
    await answer(deckId, cardId, 3, new Date(NOW.getTime() - 3 * DAY));
    const dueAt = new Date(NOW.getTime() + 20 * DAY);
    const instructor = await createTestUser("Teacher");
    const klass = await db.class.create({ data: { instructorId: instructor, name: "Class", joinCode: key().slice(0, 10) }, select: { id: true } });
    await db.enrollment.create({ data: { classId: klass.id, userId } });
    const assignment = await db.assignment.create({ data: { classId: klass.id, kind: "deck", deckId, title: "Study", dueAt, targetRecall: 0.5 } });
    const state = memoryFromRow(await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } }));
    const column = async () => {
      const dashboard = await getClassDashboard((await requireInstructorOf(instructor, klass.id))!, NOW);
      return dashboard.assignments.find((row) => row.id === assignment.id)!.students[0]!;
    };

    const withDefaults = retrievability(state, dueAt, DEFAULT_SCHEDULER_SETTINGS);
    expect((await column()).recallAtDue).toBeCloseTo(withDefaults, 10);
    // The optimizer fitted parameters that forget faster (a steeper decay, FSRS-6's last parameter).
    const fitted = [...DEFAULT_FSRS_PARAMETERS.slice(0, 20), 0.8];
    await db.userSettings.create({ data: { userId, fsrsParameters: JSON.stringify(fitted) } });
    const withFitted = retrievability(state, dueAt, { ...DEFAULT_SCHEDULER_SETTINGS, w: fitted });
    expect(Math.abs(withFitted - withDefaults)).toBeGreaterThan(0.05);
    const row = await column();
    expect(row.recallAtDue).toBeCloseTo(withFitted, 10);
    expect(row.status).toBe(Math.round(withFitted * 100) >= 50 ? "onTrack" : "behind");
    // The student's own class view shows the same number.
    const mine = await getStudentClassView(userId, (await requireMemberOf(userId, klass.id))!, NOW);
    expect(mine.assignments[0]!.mine.recallAtDue).toBeCloseTo(withFitted, 10);
  });
});

describe("leeches", () => {
  it("are listed, and suspended when the setting says so; the state still replays from the log", async () => {
    await db.userSettings.create({ data: { userId, autoSuspendLeeches: true } });
    const { deckId, cardIds } = await createTestDeck(null, 1);
    const cardId = cardIds[0]!;
    let at = new Date(NOW.getTime() - 60 * DAY);
    for (const rating of [3, 3, 3, 1, 3, 1, 3, 1, 3, 1] as Grade[]) {
      const state = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { suspended: true } });
      if (state?.suspended) break;
      at = new Date(Math.max(at.getTime() + 60_000, (await answer(deckId, cardId, rating, at)).nextDue.getTime()));
    }
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
    expect(state.suspended).toBe(true);
    await expectStateMatchesLog(userId, cardId);
    const leeches = await getLeeches(userId);
    expect(leeches.map((leech) => leech.cardId)).toEqual([cardId]);
    expect(leeches[0]!.tail).toBeLessThan(0.05);
    // The card itself is tagged a leech on its info page, with the same numbers.
    const info = await getCardInfo(userId, deckId, cardId, NOW);
    expect(info?.leech).toEqual({ failures: leeches[0]!.failures, expectedFailures: leeches[0]!.expectedFailures, tail: leeches[0]!.tail });
    // The instructor sees it among the class's hardest cards, as a leech for one student.
    const teacher = await createTestUser("Leech teacher");
    const klass = await db.class.create({ data: { instructorId: teacher, name: "Leech class", joinCode: key().slice(0, 10) }, select: { id: true } });
    await db.enrollment.create({ data: { classId: klass.id, userId } });
    await db.assignment.create({ data: { classId: klass.id, kind: "deck", deckId, title: "Study", dueAt: new Date(NOW.getTime() + 7 * DAY), targetRecall: 0.85 } });
    const dashboard = await getClassDashboard((await requireInstructorOf(teacher, klass.id))!, NOW);
    expect(dashboard.assignments[0]!.hardest[0]).toMatchObject({ cardId, leechFor: 1 });
    const other = await createTestDeck(null, 1);
    await answer(other.deckId, other.cardIds[0]!, 3, NOW);
    expect((await getCardInfo(userId, other.deckId, other.cardIds[0]!, NOW))?.leech).toBeNull();
  });
});
