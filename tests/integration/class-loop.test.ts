import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import { requireInstructorOf, requireMemberOf } from "@/features/class/access";
import { getClassDashboard, getStudentClassView, listMyAssignments } from "@/features/class/data";
import * as operations from "@/features/class/operations";
import { authorizeQuiz, type OwnAttemptId } from "@/features/quiz/access";
import { saveAnswer, startOrResumeAttempt, submitAttempt } from "@/features/quiz/mutations";
import { db } from "@/lib/db";
import { createTestDeck } from "./fixtures";

/** The class loop a teacher runs all term (issue 15): attempts, assignment management, status. */
const NOW = new Date("2026-03-02T10:00:00Z");
const DUE = new Date("2026-03-09T10:00:00Z").toISOString();
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

async function user(role: "student" | "instructor", name: string) {
  const created = await db.user.create({
    data: { name, email: `${randomUUID()}@test.kioku`, passwordHash: "x", role, timeZone: "UTC" },
    select: { id: true, role: true },
  });
  return { id: created.id as UserId, role: created.role, timeZone: "UTC" };
}

type Actor = Awaited<ReturnType<typeof user>>;
let instructor: Actor, student: Actor;
let classId: string;

async function questionDeckSlug(): Promise<string> {
  const deck = await createTestDeck(instructor.id, 1);
  await db.quizQuestion.create({
    data: { deckId: deck.deckId, key: "q1", type: "typed", spec: JSON.stringify({ type: "typed", prompt: "When?", answer: "2000", accepted: [] }), position: 0 },
  });
  return (await db.deck.findUniqueOrThrow({ where: { id: deck.deckId } })).slug;
}

async function studentRow(assignmentId: string, at: Date) {
  const view = await getStudentClassView(student.id, (await requireMemberOf(student.id, classId))!, at);
  return view.assignments.find((assignment) => assignment.id === assignmentId)!.mine;
}

beforeAll(async () => {
  instructor = await user("instructor", "Ines Instructor");
  student = await user("student", "Sam Student");
  const created = await operations.createClassOperation(instructor, { name: "Loop class" });
  if (!created.ok) throw new Error("setup failed");
  classId = created.value.id;
  const code = (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
  expect((await operations.joinClassOperation(student, { code }, NOW)).ok).toBe(true);
});

describe("quiz attempts count at their first answer", () => {
  it("lets a student open and leave a one-attempt quiz without losing the attempt, shows Resume meanwhile, and counts it once answered", async () => {
    const slug = await questionDeckSlug();
    const assigned = await operations.assignQuizOperation(instructor, { classId, deckSlug: slug, dueAt: DUE, types: ["typed"], count: 1, attemptsAllowed: "1", timeLimitMinutes: "10" });
    if (!assigned.ok) throw new Error(assigned.message);
    const quizId = (await authorizeQuiz(student.id, (await db.assignment.findUniqueOrThrow({ where: { id: assigned.value.id } })).quizId!))!;

    // Opened and left: the time limit runs out with nothing answered.
    const looked = await startOrResumeAttempt(student.id, quizId, NOW);
    expect(looked.ok).toBe(true);
    expect(await studentRow(assigned.value.id, later(1))).toMatchObject({ quizAttempts: 0, quizInProgress: true });
    expect(await studentRow(assigned.value.id, later(11))).toMatchObject({ quizAttempts: 0, quizInProgress: false });

    // Still allowed: the look did not use the one attempt.
    const real = await startOrResumeAttempt(student.id, quizId, later(20));
    if (!real.ok) throw new Error(real.message);
    expect(real.value).not.toBe(looked.ok ? looked.value : "");
    const questionId = (await db.quizItem.findFirstOrThrow({ where: { quizId } })).questionId;
    expect((await saveAnswer(real.value as OwnAttemptId, questionId, { type: "typed", text: "2000" }, later(21))).ok).toBe(true);
    expect(await studentRow(assigned.value.id, later(22))).toMatchObject({ quizAttempts: 1, quizInProgress: true });
    // A reload resumes the same attempt instead of starting another.
    expect(await startOrResumeAttempt(student.id, quizId, later(22))).toEqual({ ok: true, value: real.value });
    await submitAttempt(student.id, "UTC", real.value as OwnAttemptId, later(23));
    expect(await startOrResumeAttempt(student.id, quizId, later(24))).toMatchObject({ ok: false, reason: "noAttemptsLeft" });

    const dashboard = await getClassDashboard((await requireInstructorOf(instructor.id, classId))!, later(24));
    expect(dashboard.assignments.find((a) => a.id === assigned.value.id)!.students[0]).toMatchObject({ quizAttempts: 1, bestQuizScore: 1 });
  });
});

describe("managing assignments", () => {
  it("edits a deck assignment's due date and target and a quiz assignment's attempts, and removes one", async () => {
    const deckSlug = await questionDeckSlug();
    const deck = await operations.assignDeckOperation(instructor, { classId, deckSlug, dueAt: DUE, targetRecallPercent: 85 });
    const quiz = await operations.assignQuizOperation(instructor, { classId, deckSlug, dueAt: DUE, types: ["typed"], count: 1, attemptsAllowed: "1", timeLimitMinutes: "" });
    if (!deck.ok || !quiz.ok) throw new Error("setup failed");
    const newDue = "2026-03-20T16:30:00.000Z";

    expect(await operations.editAssignmentOperation(instructor, { classId, assignmentId: deck.value.id, dueAt: newDue, targetRecallPercent: "90" })).toMatchObject({ ok: true });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: deck.value.id } })).toMatchObject({ dueAt: new Date(newDue), targetRecall: 0.9 });

    expect(await operations.editAssignmentOperation(instructor, { classId, assignmentId: quiz.value.id, dueAt: newDue, attemptsAllowed: "3" })).toMatchObject({ ok: true });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: quiz.value.id } })).toMatchObject({ dueAt: new Date(newDue), attemptsAllowed: 3 });
    expect(await operations.editAssignmentOperation(instructor, { classId, assignmentId: quiz.value.id, dueAt: newDue, attemptsAllowed: "" })).toMatchObject({ ok: true });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: quiz.value.id } })).attemptsAllowed).toBeNull();

    // Bad input: a message, nothing written.
    const bad = await operations.editAssignmentOperation(instructor, { classId, assignmentId: deck.value.id, dueAt: "soon", targetRecallPercent: "120" });
    expect(bad).toMatchObject({ ok: false, reason: "invalid" });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: deck.value.id } })).targetRecall).toBe(0.9);

    expect(await operations.deleteAssignmentOperation(instructor, { classId, assignmentId: quiz.value.id })).toMatchObject({ ok: true });
    expect(await db.assignment.count({ where: { id: quiz.value.id } })).toBe(0);
  });

  it("refuses edits and removal by the class's student, an outsider and another instructor, even through their own class", async () => {
    const deckSlug = await questionDeckSlug();
    const deck = await operations.assignDeckOperation(instructor, { classId, deckSlug, dueAt: DUE, targetRecallPercent: 85 });
    if (!deck.ok) throw new Error("setup failed");
    const outsider = await user("student", "Olga Outsider");
    const otherInstructor = await user("instructor", "Otto Instructor");
    const otherClass = await operations.createClassOperation(otherInstructor, { name: "Otto's class" });
    if (!otherClass.ok) throw new Error("setup failed");
    const before = JSON.stringify(await db.assignment.findMany({ orderBy: { id: "asc" } }));
    for (const actor of [student, outsider, otherInstructor]) {
      for (const target of [classId, otherClass.value.id]) {
        const edit = await operations.editAssignmentOperation(actor, { classId: target, assignmentId: deck.value.id, dueAt: DUE, targetRecallPercent: 50 });
        const remove = await operations.deleteAssignmentOperation(actor, { classId: target, assignmentId: deck.value.id });
        expect(edit).toMatchObject({ ok: false, reason: "notFound" });
        expect(remove).toMatchObject({ ok: false, reason: "notFound" });
      }
    }
    expect(JSON.stringify(await db.assignment.findMany({ orderBy: { id: "asc" } }))).toBe(before);
  });
});

describe("the student's home", () => {
  it("lists the student's assignments across live classes, soonest first, with their own progress and the target", async () => {
    const outsider = await user("student", "Nora Notinclass");
    const deckSlug = await questionDeckSlug();
    const soon = await operations.assignDeckOperation(instructor, { classId, deckSlug, dueAt: "2026-03-03T10:00:00.000Z", targetRecallPercent: 80 });
    if (!soon.ok) throw new Error("setup failed");
    const archived = await operations.createClassOperation(instructor, { name: "Archived class" });
    if (!archived.ok) throw new Error("setup failed");
    const code = (await db.class.findUniqueOrThrow({ where: { id: archived.value.id } })).joinCode;
    await operations.joinClassOperation(student, { code }, NOW);
    const hidden = await operations.assignDeckOperation(instructor, { classId: archived.value.id, deckSlug, dueAt: DUE, targetRecallPercent: 80 });
    if (!hidden.ok) throw new Error("setup failed");
    await operations.setArchivedOperation(instructor, { classId: archived.value.id }, true, NOW);

    const mine = await listMyAssignments(student.id, NOW);
    const ids = mine.map((assignment) => assignment.id);
    expect(ids).toContain(soon.value.id);
    expect(ids).not.toContain(hidden.value.id);
    expect(mine.map((assignment) => assignment.dueAt.getTime())).toEqual([...mine.map((assignment) => assignment.dueAt.getTime())].sort((a, b) => a - b));
    const row = mine.find((assignment) => assignment.id === soon.value.id)!;
    expect(row).toMatchObject({ className: "Loop class", classId, kind: "deck", targetRecall: 0.8, mine: { userId: student.id, studied: 0, status: "notStarted" } });
    expect(JSON.stringify(mine)).not.toContain(instructor.id);
    expect(await listMyAssignments(outsider.id, NOW)).toEqual([]);
  });
});

describe("item analysis", () => {
  it("shows per question the share correct and the answers chosen over submitted attempts, flagging what more than half got wrong", async () => {
    const deck = await createTestDeck(instructor.id, 1);
    await db.quizQuestion.create({
      data: {
        deckId: deck.deckId,
        key: "mc",
        type: "multipleChoice",
        spec: JSON.stringify({ type: "multipleChoice", prompt: "Who proposed it?", options: ["Aso", "Kawaguchi", "Okada", "Koizumi"], correctIndex: 1 }),
        position: 0,
      },
    });
    const slug = (await db.deck.findUniqueOrThrow({ where: { id: deck.deckId } })).slug;
    const assigned = await operations.assignQuizOperation(instructor, { classId, deckSlug: slug, dueAt: DUE, types: ["multipleChoice"], count: 1, attemptsAllowed: "", timeLimitMinutes: "" });
    if (!assigned.ok) throw new Error(assigned.message);
    const quizId = (await db.assignment.findUniqueOrThrow({ where: { id: assigned.value.id } })).quizId!;
    const questionId = (await db.quizItem.findFirstOrThrow({ where: { quizId } })).questionId;
    const second = await user("student", "Second Student");
    const code = (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
    await operations.joinClassOperation(second, { code }, NOW);
    for (const [who, choice, seconds] of [[student, 0, 30], [second, 0, 10]] as const) {
      const attempt = await startOrResumeAttempt(who.id, (await authorizeQuiz(who.id, quizId))!, NOW);
      if (!attempt.ok) throw new Error(attempt.message);
      await saveAnswer(attempt.value as OwnAttemptId, questionId, { type: "multipleChoice", choice }, later(seconds / 60));
      await submitAttempt(who.id, "UTC", attempt.value as OwnAttemptId, later(1));
    }
    // An attempt still open does not count.
    const third = await user("student", "Third Student");
    await operations.joinClassOperation(third, { code }, NOW);
    await startOrResumeAttempt(third.id, (await authorizeQuiz(third.id, quizId))!, NOW);

    const dashboard = await getClassDashboard((await requireInstructorOf(instructor.id, classId))!, later(2));
    const items = dashboard.assignments.find((assignment) => assignment.id === assigned.value.id)!.items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ number: 1, responses: 2, shareCorrect: 0, medianSeconds: 20, flagged: true, expected: "Kawaguchi" });
    expect(items[0]!.distribution).toEqual([{ answer: "Aso", count: 2, correct: false }]);
    // Students never get the class's item analysis.
    const view = await getStudentClassView(student.id, (await requireMemberOf(student.id, classId))!, later(2));
    expect(JSON.stringify(view)).not.toContain("distribution");
  });
});
