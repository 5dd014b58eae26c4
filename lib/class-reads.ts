import { concatGroups, type ClassCardState } from "@/core/classes/deck-progress";
import { db, onSqliteHandle, postgresPoolOf, type Database } from "@/lib/db";
import {
  countRecentReviewsOnPostgres,
  readClassCardStatesOnPostgres,
  readClassQuizAnswersOnPostgres,
  readClassQuizAttemptRowsOnPostgres,
  readClassRosterOnPostgres,
  readFittedParametersOnPostgres,
  readStampsOnPostgres,
} from "@/lib/postgres/class-reads";
import {
  countRecentReviewsOnSqlite,
  readClassCardStatesOnSqlite,
  readClassQuizAnswersOnSqlite,
  readClassQuizAttemptRowsOnSqlite,
  readClassRosterOnSqlite,
  readFittedParametersOnSqlite,
  readStampsOnSqlite,
} from "@/lib/sqlite/class-reads";

/*
 * The class view's reads: its roster, its students' fitted FSRS parameters and recent reviews,
 * every state they have on one deck (200 students x 80 cards is 16,000 rows) and every attempt,
 * with its answers, they made at a quiz. Through Prisma, building a full object with Date fields
 * per row cost about five times the bare query; here each engine returns plain tuples with the
 * dates as epoch milliseconds (lib/sqlite/class-reads.ts, lib/postgres/class-reads.ts). The
 * Prisma versions beside them are the reference the tests hold both to.
 *
 * Even bare, reading 16,000 rows took about 45 ms on every view of the class page, while between
 * two views only the students who studied have changed. So what is read is remembered per
 * student, with the student's stamp: a random number the database's triggers draw again on every
 * change to that student's card states on the deck (CardStateStamp) or attempts and answers in
 * the quiz (QuizAttemptStamp), whichever code makes it (each engine's migration
 * …_issue15_class_read_stamps). A view reads the stamps, one small indexed row per student, then
 * the rows of only the students whose stamp it has not seen. Stamps are read before rows, so
 * remembered rows are never older than their stamp says; a change in between shows as a new
 * stamp next time and is read again. A random stamp, unlike a counter, also tells a restored
 * backup's rows from the ones it replaced.
 */

/** The stamp tables, one per remembered read. */
export type StampTable = "CardStateStamp" | "QuizAttemptStamp";

/** One student's rows in one deck or quiz, as read when their stamp was `stamp`. */
interface Remembered<T> {
  stamp: string;
  rows: readonly T[];
  /** What the rows weigh against the memory's bound (states, or attempts plus answers). */
  weight: number;
}

/** At most this much is remembered per read and database (some tens of megabytes); the least recently used goes first. */
const MAX_REMEMBERED_WEIGHT = 200_000;

/** What one read of one database remembers, keyed "scopeId userId", least recently used first. */
class StudentMemory<T> {
  private readonly entries = new Map<string, Remembered<T>>();
  private weight = 0;

  get(key: string): Remembered<T> | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, value: Remembered<T>): void {
    const previous = this.entries.get(key);
    if (previous) this.weight -= previous.weight;
    this.entries.delete(key);
    this.entries.set(key, value);
    this.weight += value.weight;
    for (const [oldest, entry] of this.entries) {
      if (this.weight <= MAX_REMEMBERED_WEIGHT) break;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
    }
  }
}

interface Memories {
  states: StudentMemory<ClassCardState>;
  attempts: StudentMemory<ClassQuizAttempt>;
}

/** Per client, so two databases in one process (tests, tools) never share rows; on globalThis like `db`. */
const memories: WeakMap<Database, Memories> = ((globalThis as { kiokuClassReadMemories?: WeakMap<Database, Memories> }).kiokuClassReadMemories ??= new WeakMap());

function memoriesOf(client: Database): Memories {
  let found = memories.get(client);
  if (!found) memories.set(client, (found = { states: new StudentMemory(), attempts: new StudentMemory() }));
  return found;
}

/**
 * The rows of `userIds` in deck or quiz `scopeId`, one array per student with rows: remembered
 * ones whose stamp still holds (the same array as last time, so callers may remember what they
 * computed from it), the others read with `readFresh` (given the students to read, it returns
 * their rows by student) and remembered. A student without a stamp has no rows there.
 */
async function readRemembered<T>(
  memory: StudentMemory<T>,
  table: StampTable,
  scopeId: string,
  userIds: readonly string[],
  readFresh: (userIds: readonly string[]) => Promise<Map<string, T[]>>,
  weigh: (row: T) => number,
): Promise<(readonly T[])[]> {
  const students = [...new Set(userIds)];
  if (students.length === 0) return [];
  const stamps = new Map(await readStamps(table, scopeId, students));
  const groups: (readonly T[])[] = [];
  const stale: string[] = [];
  for (const userId of students) {
    const stamp = stamps.get(userId);
    if (stamp === undefined) continue;
    const remembered = memory.get(`${scopeId} ${userId}`);
    if (remembered?.stamp === stamp) groups.push(remembered.rows);
    else stale.push(userId);
  }
  if (stale.length === 0) return groups;
  const fresh = await readFresh(stale);
  for (const userId of stale) {
    const own = fresh.get(userId) ?? [];
    groups.push(own);
    memory.set(`${scopeId} ${userId}`, { stamp: stamps.get(userId)!, rows: own, weight: own.reduce((sum, row) => sum + weigh(row), 1) });
  }
  return groups;
}

/** Each of `userIds` that has rows in deck or quiz `scopeId`, with its stamp there (as text). */
export function readStamps(table: StampTable, scopeId: string, userIds: readonly string[]): Promise<[userId: string, stamp: string][]> {
  const pool = postgresPoolOf();
  if (pool) return readStampsOnPostgres(pool, table, scopeId, userIds);
  const bare = onSqliteHandle((handle) => readStampsOnSqlite(handle, table, scopeId, userIds));
  if (bare) return bare;
  const pairs = (rows: { userId: string; stamp: bigint }[]) => rows.map((row) => [row.userId, String(row.stamp)] as [string, string]);
  const users = { in: [...userIds] };
  return table === "CardStateStamp"
    ? db.cardStateStamp.findMany({ where: { deckId: scopeId, userId: users }, select: { userId: true, stamp: true } }).then(pairs)
    : db.quizAttemptStamp.findMany({ where: { quizId: scopeId, userId: users }, select: { userId: true, stamp: true } }).then(pairs);
}

function byStudent<T>(rows: readonly T[], userOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const userId = userOf(row);
    const group = groups.get(userId);
    if (group) group.push(row);
    else groups.set(userId, [row]);
  }
  return groups;
}

/**
 * The states `userIds` have on deck `deckId`, deleted cards included (the caller knows which
 * cards are live): one array per student who has any, in no particular order. A student's array
 * is the same object from one call to the next while their states have not changed.
 */
export function readClassCardStateGroups(deckId: string, userIds: readonly string[]): Promise<(readonly ClassCardState[])[]> {
  const readFresh = async (students: readonly string[]) => byStudent(await readClassCardStatesBare(deckId, students), (state) => state[0]);
  return readRemembered(memoriesOf(db).states, "CardStateStamp", deckId, userIds, readFresh, () => 1);
}

/** The same states in one array. */
export async function readClassCardStates(deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  return concatGroups(await readClassCardStateGroups(deckId, userIds));
}

/** The same states, read from the database every time (the reference the remembered read is held to). */
export function readClassCardStatesBare(deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const pool = postgresPoolOf();
  if (pool) return readClassCardStatesOnPostgres(pool, deckId, userIds);
  return onSqliteHandle((handle) => readClassCardStatesOnSqlite(handle, deckId, userIds)) ?? readClassCardStatesWithPrisma(deckId, userIds);
}

export async function readClassCardStatesWithPrisma(deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const rows = await db.cardState.findMany({
    where: { deckId, userId: { in: [...userIds] } },
    select: { userId: true, cardId: true, suspended: true, due: true, stability: true, lastReview: true, lapses: true, phase: true },
  });
  return rows.map((row) => [row.userId, row.cardId, row.suspended, row.due.getTime(), row.stability, row.lastReview?.getTime() ?? null, row.lapses, row.phase] as const);
}

/** One saved answer: its attempt, its question, the response as stored (JSON text) and when it was saved (epoch ms). */
export type ClassQuizAnswer = readonly [attemptId: string, questionId: string, response: string, answeredAt: number];

/** One attempt as stored: id, student, started, deadline, submitted (epoch ms or null), score, maximum score. */
export type ClassQuizAttemptRow = readonly [id: string, userId: string, startedAt: number, deadline: number | null, submittedAt: number | null, score: number | null, maxScore: number];

/** A student's attempt at a quiz with its answers: the class view's progress table counts them, its item analysis reads them. */
export interface ClassQuizAttempt {
  readonly userId: string;
  readonly startedAt: Date;
  readonly deadline: Date | null;
  readonly submittedAt: Date | null;
  readonly score: number | null;
  readonly maxScore: number;
  readonly answers: readonly { readonly questionId: string; readonly response: string; readonly answeredAt: Date }[];
}

/** Every attempt `userIds` made at quiz `quizId`, with its answers, in no particular order. */
export async function readClassQuizAttempts(quizId: string, userIds: readonly string[]): Promise<ClassQuizAttempt[]> {
  const readFresh = async (students: readonly string[]) => byStudent(await readClassQuizAttemptsBare(quizId, students), (attempt) => attempt.userId);
  return concatGroups(await readRemembered(memoriesOf(db).attempts, "QuizAttemptStamp", quizId, userIds, readFresh, (attempt) => 1 + attempt.answers.length));
}

/** The same attempts, read from the database every time. */
export async function readClassQuizAttemptsBare(quizId: string, userIds: readonly string[]): Promise<ClassQuizAttempt[]> {
  const [attempts, answers] = await Promise.all([readClassQuizAttemptRows(quizId, userIds), readClassQuizAnswers(quizId, userIds)]);
  const answersOf = new Map<string, { questionId: string; response: string; answeredAt: Date }[]>();
  for (const [attemptId, questionId, response, answeredAt] of answers) {
    const answer = { questionId, response, answeredAt: new Date(answeredAt) };
    const list = answersOf.get(attemptId);
    if (list) list.push(answer);
    else answersOf.set(attemptId, [answer]);
  }
  const date = (ms: number | null) => (ms === null ? null : new Date(ms));
  return attempts.map(([id, userId, startedAt, deadline, submittedAt, score, maxScore]) => ({
    userId,
    startedAt: new Date(startedAt),
    deadline: date(deadline),
    submittedAt: date(submittedAt),
    score,
    maxScore,
    answers: answersOf.get(id) ?? [],
  }));
}

/** `userIds`'s attempts at quiz `quizId` as stored, in no particular order. */
export function readClassQuizAttemptRows(quizId: string, userIds: readonly string[]): Promise<ClassQuizAttemptRow[]> {
  const pool = postgresPoolOf();
  if (pool) return readClassQuizAttemptRowsOnPostgres(pool, quizId, userIds);
  return onSqliteHandle((handle) => readClassQuizAttemptRowsOnSqlite(handle, quizId, userIds)) ?? readClassQuizAttemptRowsWithPrisma(quizId, userIds);
}

export async function readClassQuizAttemptRowsWithPrisma(quizId: string, userIds: readonly string[]): Promise<ClassQuizAttemptRow[]> {
  const rows = await db.quizAttempt.findMany({
    where: { quizId, userId: { in: [...userIds] } },
    select: { id: true, userId: true, startedAt: true, deadline: true, submittedAt: true, score: true, maxScore: true },
  });
  return rows.map((row) => [row.id, row.userId, row.startedAt.getTime(), row.deadline?.getTime() ?? null, row.submittedAt?.getTime() ?? null, row.score, row.maxScore] as const);
}

/** Every answer saved in `userIds`'s attempts at quiz `quizId`, in no particular order. */
export function readClassQuizAnswers(quizId: string, userIds: readonly string[]): Promise<ClassQuizAnswer[]> {
  const pool = postgresPoolOf();
  if (pool) return readClassQuizAnswersOnPostgres(pool, quizId, userIds);
  return onSqliteHandle((handle) => readClassQuizAnswersOnSqlite(handle, quizId, userIds)) ?? readClassQuizAnswersWithPrisma(quizId, userIds);
}

export async function readClassQuizAnswersWithPrisma(quizId: string, userIds: readonly string[]): Promise<ClassQuizAnswer[]> {
  const rows = await db.quizAnswer.findMany({
    where: { attempt: { quizId, userId: { in: [...userIds] } } },
    select: { attemptId: true, questionId: true, response: true, answeredAt: true },
  });
  return rows.map((row) => [row.attemptId, row.questionId, row.response, row.answeredAt.getTime()] as const);
}

/** A student of a class: id, name, email, joined (epoch ms). */
export type ClassRosterRow = readonly [userId: string, name: string, email: string, joinedAt: number];

/** The class's students, by name (then id, so students of one name keep one order). */
export function readClassRoster(classId: string): Promise<ClassRosterRow[]> {
  const pool = postgresPoolOf();
  if (pool) return readClassRosterOnPostgres(pool, classId);
  return onSqliteHandle((handle) => readClassRosterOnSqlite(handle, classId)) ?? readClassRosterWithPrisma(classId);
}

export async function readClassRosterWithPrisma(classId: string): Promise<ClassRosterRow[]> {
  const rows = await db.enrollment.findMany({
    where: { classId },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => [row.user.id, row.user.name, row.user.email, row.joinedAt.getTime()] as const);
}

/** How many reviews each of `userIds` made on deck `deckId` since `since` (students with none are left out). */
export function countRecentReviews(deckId: string, userIds: readonly string[], since: Date): Promise<[userId: string, reviews: number][]> {
  const pool = postgresPoolOf();
  if (pool) return countRecentReviewsOnPostgres(pool, deckId, userIds, since);
  return onSqliteHandle((handle) => countRecentReviewsOnSqlite(handle, deckId, userIds, since)) ?? countRecentReviewsWithPrisma(deckId, userIds, since);
}

export async function countRecentReviewsWithPrisma(deckId: string, userIds: readonly string[], since: Date): Promise<[string, number][]> {
  const rows = await db.reviewLog.groupBy({ by: ["userId"], where: { deckId, userId: { in: [...userIds] }, reviewedAt: { gte: since } }, _count: { _all: true } });
  return rows.map((row) => [row.userId, row._count._all]);
}

/** The FSRS parameters the optimizer fitted for each of `userIds` that has them, as stored (JSON text). */
export function readFittedParameters(userIds: readonly string[]): Promise<[userId: string, parameters: string][]> {
  const pool = postgresPoolOf();
  if (pool) return readFittedParametersOnPostgres(pool, userIds);
  return onSqliteHandle((handle) => readFittedParametersOnSqlite(handle, userIds)) ?? readFittedParametersWithPrisma(userIds);
}

export async function readFittedParametersWithPrisma(userIds: readonly string[]): Promise<[string, string][]> {
  const rows = await db.userSettings.findMany({ where: { userId: { in: [...userIds] }, fsrsParameters: { not: null } }, select: { userId: true, fsrsParameters: true } });
  return rows.map((row) => [row.userId, row.fsrsParameters!]);
}
