import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import { requireInstructorOf, requireMemberOf } from "@/features/class/access";
import { getClassDashboard, getStudentClassView } from "@/features/class/data";
import * as operations from "@/features/class/operations";
import { JOIN_FAILURES_PER_HOUR } from "@/features/class/mutations";
import { authorizeCardDeck, authorizeDeckBySlug, type AuthorizedDeckId } from "@/features/deck/access";
import { findStudiableCardDeckWithPrisma } from "@/lib/hot-reads";
import { listDeckSummaries } from "@/features/deck/data";
import { recordReview } from "@/features/study/mutations";
import { authorizeQuiz } from "@/features/quiz/access";
import { startOrResumeAttempt } from "@/features/quiz/mutations";
import { db } from "@/lib/db";
import { createTestDeck, key } from "./fixtures";
import { injectFailure } from "./support/inject-failure";

const NOW = new Date("2026-03-02T10:00:00Z");
const DUE = new Date("2026-03-09T10:00:00Z").toISOString();

async function user(role: "student" | "instructor", name: string) {
  const created = await db.user.create({
    data: { name, email: `${randomUUID()}@test.kioku`, passwordHash: "x", role, timeZone: "UTC" },
    select: { id: true, role: true },
  });
  return { id: created.id as UserId, role: created.role };
}

type Actor = Awaited<ReturnType<typeof user>>;
let instructor: Actor, otherInstructor: Actor, student: Actor, outsider: Actor;
let classId: string, otherClassId: string, joinCode: string, deckSlug: string, privateDeckSlug: string;

beforeAll(async () => {
  instructor = await user("instructor", "Ines Instructor");
  otherInstructor = await user("instructor", "Otto Instructor");
  student = await user("student", "Sam Student");
  outsider = await user("student", "Olga Outsider");
  const created = await operations.createClassOperation(instructor, { name: "History 101" });
  const other = await operations.createClassOperation(otherInstructor, { name: "Other class" });
  if (!created.ok || !other.ok) throw new Error("setup failed");
  classId = created.value.id;
  otherClassId = other.value.id;
  joinCode = (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
  const otherCode = (await db.class.findUniqueOrThrow({ where: { id: otherClassId } })).joinCode;
  expect((await operations.joinClassOperation(outsider, { code: otherCode }, NOW)).ok).toBe(true);
  deckSlug = (await db.deck.findUniqueOrThrow({ where: { id: (await createTestDeck(null, 4)).deckId } })).slug;
  privateDeckSlug = (await db.deck.findUniqueOrThrow({ where: { id: (await createTestDeck(instructor.id, 2)).deckId } })).slug;
});

describe("joining", () => {
  it("accepts the code typed loosely and refuses a wrong one with a clear message", async () => {
    const typed = `${joinCode.slice(0, 5).toLowerCase()}-${joinCode.slice(5).toLowerCase()}`;
    expect(await operations.joinClassOperation(student, { code: typed }, NOW)).toMatchObject({ ok: true, value: { classId } });
    const wrong = await operations.joinClassOperation(student, { code: "ZZZZZ-ZZZZZ" }, NOW);
    expect(wrong).toMatchObject({ ok: false, reason: "unknownCode" });
    expect(!wrong.ok && wrong.message).toMatch(/No class has that code/);
  });

  it("throttles guessing after repeated failures, whatever the code", async () => {
    const guesser = await user("student", "Greta Guesser");
    for (let i = 0; i < JOIN_FAILURES_PER_HOUR; i += 1) {
      expect(await operations.joinClassOperation(guesser, { code: `AAAAA-AAAA${i}` }, NOW)).toMatchObject({ ok: false, reason: "unknownCode" });
    }
    expect(await operations.joinClassOperation(guesser, { code: joinCode }, NOW)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await requireMemberOf(guesser.id, classId)).toBeNull();
    // An hour later the window has passed.
    expect(await operations.joinClassOperation(guesser, { code: joinCode }, new Date(NOW.getTime() + 3_600_001))).toMatchObject({ ok: true });
  });

  it("stops the old code working once a new one is made", async () => {
    const klass = await operations.createClassOperation(instructor, { name: "Rotating" });
    if (!klass.ok) throw new Error("create failed");
    const old = (await db.class.findUniqueOrThrow({ where: { id: klass.value.id } })).joinCode;
    const fresh = await operations.regenerateJoinCodeOperation(instructor, { classId: klass.value.id });
    expect(fresh.ok && fresh.value.joinCode !== old).toBe(true);
    const late = await user("student", "Late Student");
    expect(await operations.joinClassOperation(late, { code: old }, NOW)).toMatchObject({ ok: false, reason: "unknownCode" });
  });
});

describe("the access matrix over class actions and reads", () => {
  it("lets only the class's instructor change it, and answers everyone else notFound or forbidden", async () => {
    const commands = [
      (actor: Actor) => operations.renameClassOperation(actor, { classId, name: "Renamed" }),
      (actor: Actor) => operations.setArchivedOperation(actor, { classId }, false, NOW),
      (actor: Actor) => operations.regenerateJoinCodeOperation(actor, { classId }),
      (actor: Actor) => operations.removeStudentOperation(actor, { classId, userId: student.id }),
      (actor: Actor) => operations.assignDeckOperation(actor, { classId, deckSlug, dueAt: DUE, targetRecallPercent: 85 }),
      (actor: Actor) => operations.assignQuizOperation(actor, { classId, deckSlug, dueAt: DUE, types: ["typed"], count: 3, attemptsAllowed: "", timeLimitMinutes: "" }),
      (actor: Actor) => operations.deleteAssignmentOperation(actor, { classId, assignmentId: "nope" }),
      (actor: Actor) => operations.editAssignmentOperation(actor, { classId, assignmentId: "nope", dueAt: DUE, targetRecallPercent: 90 }),
    ];
    const before = JSON.stringify(await db.class.findMany({ orderBy: { id: "asc" } }));
    const assignmentsBefore = await db.assignment.count();
    for (const actor of [student, outsider, otherInstructor]) {
      for (const command of commands) {
        const result = await command(actor);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(["notFound", "forbidden"]).toContain(result.reason);
      }
    }
    expect(JSON.stringify(await db.class.findMany({ orderBy: { id: "asc" } }))).toBe(before);
    expect(await db.assignment.count()).toBe(assignmentsBefore);
    expect(await operations.createClassOperation(student, { name: "Student's own" })).toMatchObject({ ok: false, reason: "forbidden" });
  });

  it("never lets a member re-share a private deck through a class of their own", async () => {
    // I2 owns D and assigns it to C; M signs up as an instructor, joins C, makes C2; B joins C2.
    const owner = await user("instructor", "Iris Owner");
    const middleman = await user("instructor", "Mona Middleman");
    const bystander = await user("student", "Bert Bystander");
    const deck = await createTestDeck(owner.id, 2);
    const slug = (await db.deck.findUniqueOrThrow({ where: { id: deck.deckId } })).slug;
    await db.quizQuestion.create({
      data: { deckId: deck.deckId, key: "q1", type: "typed", spec: JSON.stringify({ type: "typed", prompt: "When?", answer: "2000", accepted: [] }), position: 0 },
    });
    const c = await operations.createClassOperation(owner, { name: "Owner's class" });
    const c2 = await operations.createClassOperation(middleman, { name: "Middleman's class" });
    if (!c.ok || !c2.ok) throw new Error("setup failed");
    expect((await operations.assignDeckOperation(owner, { classId: c.value.id, deckSlug: slug, dueAt: DUE, targetRecallPercent: 85 })).ok).toBe(true);
    const code = async (id: string) => (await db.class.findUniqueOrThrow({ where: { id } })).joinCode;
    expect((await operations.joinClassOperation(middleman, { code: await code(c.value.id) }, NOW)).ok).toBe(true);
    expect((await operations.joinClassOperation(bystander, { code: await code(c2.value.id) }, NOW)).ok).toBe(true);
    expect(await authorizeDeckBySlug(middleman.id, slug)).not.toBeNull(); // M may study what I2 assigned

    // M can see D but may neither assign it nor build a class quiz from it.
    const assignments = await db.assignment.count();
    expect(await operations.assignDeckOperation(middleman, { classId: c2.value.id, deckSlug: slug, dueAt: DUE, targetRecallPercent: 85 })).toMatchObject({ ok: false, reason: "notFound" });
    expect(
      await operations.assignQuizOperation(middleman, { classId: c2.value.id, deckSlug: slug, dueAt: DUE, types: ["typed"], count: 1, attemptsAllowed: "", timeLimitMinutes: "" }),
    ).toMatchObject({ ok: false, reason: "notFound" });
    expect(await db.assignment.count()).toBe(assignments);

    // Rows made before this rule (or by any other path) grant B nothing: deck, cards, list, quiz.
    await db.assignment.create({ data: { classId: c2.value.id, kind: "deck", deckId: deck.deckId, title: "Re-shared", dueAt: new Date(DUE) } });
    const quiz = await db.quiz.create({ data: { deckId: deck.deckId, ownerId: middleman.id, title: "Re-shared quiz", types: '["typed"]', questionCount: 1, seed: 1 } });
    await db.assignment.create({ data: { classId: c2.value.id, kind: "quiz", deckId: deck.deckId, quizId: quiz.id, title: "Re-shared quiz", dueAt: new Date(DUE) } });
    expect(await authorizeDeckBySlug(bystander.id, slug)).toBeNull();
    expect(await authorizeCardDeck(bystander.id, deck.cardIds[0]!)).toBeNull();
    expect(await findStudiableCardDeckWithPrisma(bystander.id, deck.cardIds[0]!)).toBeNull();
    expect((await listDeckSummaries(bystander.id, NOW)).map((d) => d.slug)).not.toContain(slug);
    expect(await authorizeQuiz(bystander.id, quiz.id)).toBeNull();
    expect(await authorizeQuiz(middleman.id, quiz.id)).not.toBeNull(); // M's own quiz row stays M's
    const view = await getStudentClassView(bystander.id, (await requireMemberOf(bystander.id, c2.value.id))!, NOW);
    expect(view.assignments).toEqual([]);

    // The owner removing M and changing C's code changes nothing for B, who never had access.
    expect((await operations.removeStudentOperation(owner, { classId: c.value.id, userId: middleman.id })).ok).toBe(true);
    expect(await authorizeDeckBySlug(middleman.id, slug)).toBeNull();
    expect(await authorizeDeckBySlug(bystander.id, slug)).toBeNull();
  });

  it("lets nobody but its instructor read the dashboard, and students only their own row", async () => {
    expect(await requireInstructorOf(instructor.id, classId)).toBe(classId);
    for (const actor of [student, outsider, otherInstructor]) expect(await requireInstructorOf(actor.id, classId)).toBeNull();
    expect(await requireMemberOf(student.id, classId)).toBe(classId);
    for (const actor of [outsider, otherInstructor]) expect(await requireMemberOf(actor.id, classId)).toBeNull();
  });

  it("refuses bad input with a message and writes nothing", async () => {
    const count = await db.assignment.count();
    const result = await operations.assignDeckOperation(instructor, { classId, deckSlug, dueAt: "next week", targetRecallPercent: 200 });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(!result.ok && result.message.length).toBeGreaterThan(5);
    expect(await db.assignment.count()).toBe(count);
  });
});

describe("assignments and progress", () => {
  it("shows an assigned private deck to its students, tracks their progress, and limits quiz attempts", async () => {
    expect(await authorizeDeckBySlug(student.id, privateDeckSlug)).toBeNull();
    const assigned = await operations.assignDeckOperation(instructor, { classId, deckSlug: privateDeckSlug, dueAt: DUE, targetRecallPercent: 85 });
    expect(assigned.ok).toBe(true);
    const deck = await authorizeDeckBySlug(student.id, privateDeckSlug);
    expect(deck).not.toBeNull();
    expect(await authorizeDeckBySlug(outsider.id, privateDeckSlug)).toBeNull();

    const cards = await db.card.findMany({ where: { deckId: deck!.id }, orderBy: { position: "asc" } });
    await recordReview(student.id, deck!.id as AuthorizedDeckId, { cardId: cards[0]!.id, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW);

    const dashboard = await getClassDashboard((await requireInstructorOf(instructor.id, classId))!, NOW);
    const report = dashboard.assignments.find((assignment) => assignment.deckSlug === privateDeckSlug)!;
    const row = report.students.find((s) => s.userId === student.id)!;
    expect(row).toMatchObject({ studied: 1, newRemaining: 1, reviewsLast7Days: 1 });
    expect(row.recallAtDue).toBeGreaterThan(0);
    expect(row.recallAtDue).toBeLessThan(0.5);
    expect(report.students.map((s) => s.userId)).not.toContain(outsider.id);

    const mine = await getStudentClassView(student.id, (await requireMemberOf(student.id, classId))!, NOW);
    expect(JSON.stringify(mine)).not.toContain(outsider.id);
    expect(JSON.stringify(mine)).not.toContain("hardest");
  });

  it("assigns a quiz all or nothing: a failed assignment leaves no quiz behind", async () => {
    const questionDeck = await createTestDeck(instructor.id, 1);
    await db.quizQuestion.create({
      data: { deckId: questionDeck.deckId, key: "q1", type: "typed", spec: JSON.stringify({ type: "typed", prompt: "When?", answer: "2000", accepted: [] }), position: 0 },
    });
    const slug = (await db.deck.findUniqueOrThrow({ where: { id: questionDeck.deckId } })).slug;
    const removeFailure = await injectFailure(db, "fail_quiz_assignment", "INSERT", "Assignment", `NEW."deckId" = '${questionDeck.deckId}'`);
    try {
      await expect(
        operations.assignQuizOperation(instructor, { classId, deckSlug: slug, dueAt: DUE, types: ["typed"], count: 1, attemptsAllowed: "", timeLimitMinutes: "" }),
      ).rejects.toThrow();
    } finally {
      await removeFailure();
    }
    expect(await db.quiz.count({ where: { deckId: questionDeck.deckId } })).toBe(0);
    expect(await db.assignment.count({ where: { deckId: questionDeck.deckId } })).toBe(0);
    const assigned = await operations.assignQuizOperation(instructor, { classId, deckSlug: slug, dueAt: DUE, types: ["typed"], count: 1, attemptsAllowed: "", timeLimitMinutes: "" });
    expect(assigned.ok).toBe(true);
    expect(await db.quiz.count({ where: { deckId: questionDeck.deckId } })).toBe(1);
  });

  it("allows only the assigned number of quiz attempts", async () => {
    const questionDeck = await createTestDeck(instructor.id, 1);
    await db.quizQuestion.create({
      data: { deckId: questionDeck.deckId, key: "q1", type: "typed", spec: JSON.stringify({ type: "typed", prompt: "When?", answer: "2000", accepted: [] }), position: 0 },
    });
    const slug = (await db.deck.findUniqueOrThrow({ where: { id: questionDeck.deckId } })).slug;
    const assigned = await operations.assignQuizOperation(instructor, { classId, deckSlug: slug, dueAt: DUE, types: ["typed"], count: 1, attemptsAllowed: "1", timeLimitMinutes: "" });
    expect(assigned.ok).toBe(true);
    const quizId = (await db.assignment.findUniqueOrThrow({ where: { id: assigned.ok ? assigned.value.id : "" } })).quizId!;
    const authorized = await authorizeQuiz(student.id, quizId);
    expect(authorized).not.toBeNull();
    expect(await authorizeQuiz(outsider.id, quizId)).toBeNull();
    const first = await startOrResumeAttempt(student.id, authorized!, NOW);
    expect(first.ok).toBe(true);
    await db.quizAttempt.update({ where: { id: first.ok ? first.value : "" }, data: { submittedAt: NOW, score: 1 } });
    expect(await startOrResumeAttempt(student.id, authorized!, NOW)).toMatchObject({ ok: false, reason: "noAttemptsLeft" });
  });
});
