import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordOperation, signUpOperation } from "@/features/account/operations";
import { changePasswordSchema, signUpSchema } from "@/features/account/schema";
import type { UserId } from "@/features/account/session";
import * as classHandlers from "@/features/class/operations";
import * as classSchemas from "@/features/class/schema";
import { previewDeckOperation, publishDeckOperation } from "@/features/deck/operations";
import { publishDeckSchema } from "@/features/deck/schema";
import * as quizHandlers from "@/features/quiz/operations";
import * as quizSchemas from "@/features/quiz/schema";
import { reviewCardOperation } from "@/features/study/operations";
import { reviewInputSchema } from "@/features/study/schema";
import { db } from "@/lib/db";
import { createTestDeck } from "./fixtures";
import { databaseDigest, HOSTILE_TEXT, malformedPayloads } from "./support/hostile";

const NOW = new Date("2026-03-02T10:00:00Z");
const DUE = "2026-03-09T10:00:00.000Z";
const DATABASE_URL = process.env.DATABASE_URL!;
const REFUSALS = ["invalid", "notFound", "forbidden"];

async function makeUser(role: "student" | "instructor") {
  const created = await db.user.create({
    data: { name: role, email: `${randomUUID()}@test.kioku`, passwordHash: "x", role, timeZone: "UTC" },
    select: { id: true, role: true, timeZone: true },
  });
  return { ...created, id: created.id as UserId };
}

interface FuzzCase {
  name: string;
  schema: z.ZodType;
  base: unknown;
  run: (raw: unknown) => Promise<{ ok: boolean; reason?: string }>;
}

let cases: FuzzCase[] = [];

beforeAll(async () => {
  const instructor = await makeUser("instructor");
  const student = await makeUser("student");
  const { deckId, cardIds } = await createTestDeck(instructor.id, 3);
  const deckSlug = (await db.deck.findUniqueOrThrow({ where: { id: deckId } })).slug;
  const created = await classHandlers.createClassOperation(instructor, { name: "Fuzz class" });
  if (!created.ok) throw new Error("setup failed");
  const classId = created.value.id;
  const fakeId = "c".repeat(25);
  const deleteAssignmentSchema = z.object({ classId: z.string().min(1).max(64), assignmentId: z.string().min(1).max(64) });
  const card = { key: "fact-0", kind: "eventToDate", prompt: "When?", answer: "2000", explanation: "", sourceSentenceIds: [0] };

  cases = [
    { name: "signUp", schema: signUpSchema, base: { name: "N", email: "fuzz@test.kioku", password: "a long fine passphrase", role: "student", timeZone: "UTC" }, run: (raw) => signUpOperation(raw, NOW, "192.0.2.2") },
    { name: "changePassword", schema: changePasswordSchema, base: { currentPassword: "whatever it is", newPassword: "a long fine passphrase" }, run: (raw) => changePasswordOperation(student, raw, NOW, "192.0.2.1") },
    { name: "reviewCard", schema: reviewInputSchema, base: { cardId: cardIds[0], rating: 3, idempotencyKey: "fuzz-key-0001", durationMs: 1200 }, run: (raw) => reviewCardOperation(student, raw, NOW) },
    { name: "publishDeck", schema: publishDeckSchema, base: { title: "T", published: "2020-01-01", text: "It opened in 1932.", cards: [card] }, run: (raw) => publishDeckOperation(student, raw) },
    { name: "createClass", schema: classSchemas.createClassSchema, base: { name: "C" }, run: (raw) => classHandlers.createClassOperation(instructor, raw) },
    { name: "renameClass", schema: classSchemas.renameClassSchema, base: { classId, name: "C2" }, run: (raw) => classHandlers.renameClassOperation(instructor, raw) },
    { name: "archiveClass", schema: classSchemas.classRefSchema, base: { classId }, run: (raw) => classHandlers.setArchivedOperation(instructor, raw, true, NOW) },
    { name: "regenerateJoinCode", schema: classSchemas.classRefSchema, base: { classId }, run: (raw) => classHandlers.regenerateJoinCodeOperation(instructor, raw) },
    { name: "removeStudent", schema: classSchemas.removeStudentSchema, base: { classId, userId: student.id }, run: (raw) => classHandlers.removeStudentOperation(instructor, raw) },
    { name: "assignDeck", schema: classSchemas.assignDeckSchema, base: { classId, deckSlug, dueAt: DUE, targetRecallPercent: 85 }, run: (raw) => classHandlers.assignDeckOperation(instructor, raw) },
    {
      name: "assignQuiz",
      schema: classSchemas.assignQuizSchema,
      base: { classId, deckSlug, dueAt: DUE, types: ["typed"], count: 5, attemptsAllowed: "", timeLimitMinutes: "" },
      run: (raw) => classHandlers.assignQuizOperation(instructor, raw),
    },
    { name: "deleteAssignment", schema: deleteAssignmentSchema, base: { classId, assignmentId: fakeId }, run: (raw) => classHandlers.deleteAssignmentOperation(instructor, raw) },
    {
      name: "createQuiz",
      schema: quizSchemas.createQuizSchema,
      base: { deckSlug, types: ["typed"], count: 5, timeLimitMinutes: "", countAsReview: false },
      run: (raw) => quizHandlers.createQuizOperation(student, raw, false, NOW),
    },
    { name: "startAttempt", schema: quizSchemas.quizRefSchema, base: { quizId: fakeId }, run: (raw) => quizHandlers.startAttemptOperation(student, raw, NOW) },
    { name: "reshuffleQuiz", schema: quizSchemas.quizRefSchema, base: { quizId: fakeId }, run: (raw) => quizHandlers.reshuffleQuizOperation(student, raw, NOW) },
    {
      name: "saveAnswer",
      schema: quizSchemas.saveAnswerSchema,
      base: { attemptId: fakeId, questionId: fakeId, response: { type: "listRecall", items: ["a"] } },
      run: (raw) => quizHandlers.saveAnswerOperation(student, raw, NOW),
    },
    { name: "submitAttempt", schema: quizSchemas.attemptRefSchema, base: { attemptId: fakeId }, run: (raw) => quizHandlers.submitAttemptOperation(student, raw, NOW) },
  ];
});

describe("hostile input to every server action's operation", () => {
  it("is refused with a clear reason, never a throw, and leaves the database byte-identical", async () => {
    const before = await databaseDigest(DATABASE_URL);
    let total = 0;
    for (const fuzz of cases) {
      const payloads = malformedPayloads(fuzz.schema, fuzz.base);
      expect(payloads.length, fuzz.name).toBeGreaterThan(20);
      for (const payload of payloads) {
        const result = await fuzz.run(payload).catch((error: unknown) => ({ ok: true, reason: `threw ${String(error)}` }));
        if (result.ok || !REFUSALS.includes(result.reason ?? "")) {
          expect.fail(`${fuzz.name} did not refuse ${JSON.stringify(payload)?.slice(0, 300)}: ${JSON.stringify(result).slice(0, 300)}`);
        }
        total++;
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(await databaseDigest(DATABASE_URL)).toBe(before);
  });

  it("join codes: junk is refused and only counted as a failed try, nothing else changes", async () => {
    const student = await makeUser("student");
    const payloads = malformedPayloads(classSchemas.joinClassSchema, { code: "ABCDE-FGH23" }).slice(0, 9);
    const before = await databaseDigest(DATABASE_URL, ["JoinAttempt"]);
    for (const payload of payloads) {
      const result = await classHandlers.joinClassOperation(student, payload, NOW);
      expect(result).toMatchObject({ ok: false, reason: "invalid" });
    }
    for (const text of HOSTILE_TEXT.slice(0, 9)) {
      const result = await classHandlers.joinClassOperation(student, { code: text.slice(0, 40) }, NOW);
      expect(result.ok).toBe(false);
    }
    expect(await databaseDigest(DATABASE_URL, ["JoinAttempt"])).toBe(before);
    expect(await db.joinAttempt.count({ where: { userId: student.id, succeeded: true } })).toBe(0);
  });

  it("deck preview (a multipart form): bad fields and files get a message, nothing is stored", async () => {
    const student = await makeUser("student");
    const before = await databaseDigest(DATABASE_URL);
    const forms: [string, string | Blob, string?][][] = [
      [["title", "t".repeat(201)], ["text", "It opened in 1932."]],
      [["published", "not a date"], ["text", "It opened in 1932."]],
      [["text", ""]],
      [["text", "x".repeat(1_100_000)]],
      [["file", new Blob(["MZ\u0000\u0001"]), "virus.exe"]],
      [["file", new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff])]), "scan.txt"]],
      ...HOSTILE_TEXT.map((text): [string, string | Blob, string?][] => [["title", text], ["text", text]]),
    ];
    for (const entries of forms) {
      const form = new FormData();
      for (const [name, value, filename] of entries) {
        if (typeof value === "string") form.append(name, value);
        else form.append(name, value, filename);
      }
      const state = await previewDeckOperation(student, form);
      expect(state.status, JSON.stringify(entries).slice(0, 120)).toBe("error");
    }
    expect(await databaseDigest(DATABASE_URL)).toBe(before);
  });
});

describe("user text never becomes HTML", () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(full);
      return /\.(ts|tsx)$/.test(name) ? [full] : [];
    });
  }

  it("no component sets raw HTML: React escapes everything else", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const offenders = ["app", "features", "components", "lib", "core"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
