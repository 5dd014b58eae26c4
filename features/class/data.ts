import "server-only";
import { formatJoinCode } from "@/core/classes/join-code";
import { hardestCards, progressStatus, type CardDifficultyRow, type ProgressStatus } from "@/core/classes/progress";
import {
  DEFAULT_SCHEDULER_SETTINGS,
  describeDeadlinePlan,
  judgeLeech,
  parseFsrsParameters,
  planDeadlineReviews,
  recallCurveOf,
  schedulerSettingsOf,
  startOfStudyDay,
  type SchedulerSettings,
} from "@/core/scheduling";
import { getSchedulingSettings } from "@/features/card-state/data";
import { concatGroups, recallsOfStates, summarizeDeckProgress, type ClassCardState, type DeckProgress, type RecallCurve } from "@/core/classes/deck-progress";
import { countRecentReviews, readClassCardStateGroups, readClassQuizAttempts, readClassRoster, readFittedParameters, type ClassQuizAttempt } from "@/lib/class-reads";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { isOpenAttempt, parseResponse, parseSpec } from "@/features/quiz/spec-row";
import { analyseItems, type ItemAnalysisRow, type QuestionResponse } from "@/core/quiz";
import type { InstructedClassId, MemberClassId } from "./access";

export interface ClassSummaryDTO {
  id: string;
  name: string;
  archived: boolean;
  students: number;
  assignments: number;
}

export async function listClassesForUser(userId: UserId) {
  const [teaching, enrolled] = await Promise.all([
    db.class.findMany({
      where: { instructorId: userId },
      orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
      select: { id: true, name: true, archivedAt: true, _count: { select: { members: true, assignments: true } } },
    }),
    db.class.findMany({
      where: { members: { some: { userId } } },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, archivedAt: true, instructor: { select: { name: true } }, _count: { select: { assignments: true } } },
    }),
  ]);
  return {
    teaching: teaching.map((c) => ({ id: c.id, name: c.name, archived: c.archivedAt !== null, students: c._count.members, assignments: c._count.assignments })),
    enrolled: enrolled.map((c) => ({ id: c.id, name: c.name, archived: c.archivedAt !== null, instructor: c.instructor.name, assignments: c._count.assignments })),
  };
}

export interface StudentProgressDTO {
  userId: string;
  name: string;
  email: string;
  studied: number;
  newRemaining: number;
  dueNow: number;
  overdue: number;
  reviewsLast7Days: number;
  /** Mean predicted recall on the assignment's due date, 0-1. */
  recallAtDue: number;
  status: ProgressStatus;
  /** Quiz assignments: best score 0-1 and attempts used (an attempt counts from its first answer). */
  bestQuizScore: number | null;
  quizAttempts: number;
  /** An attempt is open (started, not submitted, time left): the student can resume it. */
  quizInProgress: boolean;
}

export interface AssignmentReportDTO {
  id: string;
  kind: "deck" | "quiz";
  title: string;
  deckSlug: string;
  deckTitle: string;
  quizId: string | null;
  dueAt: Date;
  targetRecall: number;
  attemptsAllowed: number | null;
  totalCards: number;
  students: StudentProgressDTO[];
  hardest: CardDifficultyRow[];
}

const DAY = 86_400_000;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Each student's FSRS model. */
type ModelsByUser = ReadonlyMap<string, SchedulerSettings>;

/**
 * Each student's FSRS model: the parameters the optimizer fitted to their reviews, or ts-fsrs's
 * defaults. Their own schedule, deadline plan ("N extra reviews before Friday") and leech list
 * use it, so the instructor's predicted recall, status and leech counts do too. Predicted recall
 * depends on the parameters alone (not on desired retention or steps).
 */
async function readModels(userIds: readonly string[]): Promise<ModelsByUser> {
  const models = new Map<string, SchedulerSettings>();
  for (const [userId, parameters] of await readFittedParameters(userIds)) {
    const w = parseFsrsParameters(parameters);
    if (w) models.set(userId, { ...DEFAULT_SCHEDULER_SETTINGS, w });
  }
  return models;
}

const modelOf = (models: ModelsByUser, userId: string): SchedulerSettings => models.get(userId) ?? DEFAULT_SCHEDULER_SETTINGS;

/**
 * For each card, the students for whom it is a leech, judged with each student's own model (the
 * model of the predicted recall column and of their stats page). Only cards with a lapse can be leeches.
 */
async function countLeeches(deckId: string, lapsed: readonly { userId: string; cardId: string }[], models: ModelsByUser): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (lapsed.length === 0) return counts;
  const logs = await db.reviewLog.findMany({
    where: { deckId, userId: { in: [...new Set(lapsed.map((state) => state.userId))] }, cardId: { in: [...new Set(lapsed.map((state) => state.cardId))] } },
    orderBy: [...LOG_ORDER],
    select: { userId: true, cardId: true, rating: true, reviewedAt: true, nextDue: true },
  });
  const byPair = groupBy(logs, (log) => `${log.userId} ${log.cardId}`);
  for (const state of lapsed) {
    const history = historyFromRows(byPair.get(`${state.userId} ${state.cardId}`) ?? []);
    if (judgeLeech(history, modelOf(models, state.userId)).leech) counts.set(state.cardId, (counts.get(state.cardId) ?? 0) + 1);
  }
  return counts;
}

/**
 * What the reports of one page share, read or computed once however many assignments use it:
 * the students' models; per deck its live cards, the students' states on it, their reviews of
 * the last seven days and its leeches (which do not depend on the due date); per deck and due
 * date the progress made of them; per quiz the attempts.
 */
interface ReportContext {
  models: Promise<ModelsByUser>;
  cards: Map<string, Promise<{ id: string; prompt: string }[]>>;
  states: Map<string, Promise<(readonly ClassCardState[])[]>>;
  progress: Map<string, Promise<DeckProgress>>;
  leeches: Map<string, Promise<Map<string, number>>>;
  recentReviews: Map<string, Promise<[userId: string, reviews: number][]>>;
  attempts: Map<string, Promise<ClassQuizAttempt[]>>;
}

/** The students' attempts at a quiz, read once for the progress table and the item analysis alike. */
function quizAttempts(context: ReportContext, quizId: string, userIds: readonly string[]): Promise<ClassQuizAttempt[]> {
  return once(context.attempts, quizId, () => readClassQuizAttempts(quizId, userIds));
}

/**
 * Each saved answer's response, parsed once: lib/class-reads.ts remembers an answer's object from
 * one view of the class page to the next, so this does not parse and validate the same thousands
 * of answers on every view.
 */
const parsedResponses = new WeakMap<ClassQuizAttempt["answers"][number], QuestionResponse | null>();

function responseOf(answer: ClassQuizAttempt["answers"][number]): QuestionResponse | null {
  let parsed = parsedResponses.get(answer);
  if (parsed === undefined) parsedResponses.set(answer, (parsed = parseResponse(answer.response)));
  return parsed;
}

function newReportContext(userIds: readonly string[]): ReportContext {
  return { models: readModels(userIds), cards: new Map(), states: new Map(), progress: new Map(), leeches: new Map(), recentReviews: new Map(), attempts: new Map() };
}

/** `cache`'s value for `key`, made by `make` the first time. */
function once<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** Each student's recall curve; students on ts-fsrs's defaults share one. */
function curvesOf(models: ModelsByUser): (userId: string) => RecallCurve {
  const curves = new Map<SchedulerSettings, RecallCurve>();
  return (userId) => {
    const model = modelOf(models, userId);
    return once(curves, model, () => recallCurveOf(model));
  };
}

/**
 * Each student's recalls at a due date, kept with the array of states they were computed from:
 * lib/class-reads.ts gives a student's unchanged states as the same array from one view of the
 * class page to the next, so an unchanged student's thousands of Math.pow are not done again.
 * Keyed by that array; `key` names the due date and the model's parameters they hold for.
 */
const rememberedRecalls = new WeakMap<readonly ClassCardState[], { key: string; recalls: Float64Array }>();

/** The recalls of `groups`' states at `dueAtMs`, by position in `groups.flat()`, each on its student's model. */
function recallsAt(groups: readonly (readonly ClassCardState[])[], models: ModelsByUser, curveOf: (userId: string) => RecallCurve, dueAtMs: number): Float64Array {
  const recalls = new Float64Array(groups.reduce((sum, group) => sum + group.length, 0));
  let offset = 0;
  for (const group of groups) {
    if (group.length === 0) continue;
    const userId = group[0]![0];
    const model = models.get(userId);
    const key = `${dueAtMs} ${model?.w ? model.w.join(",") : "defaults"}`;
    let found = rememberedRecalls.get(group);
    if (found?.key !== key) rememberedRecalls.set(group, (found = { key, recalls: recallsOfStates(group, curveOf(userId), dueAtMs) }));
    recalls.set(found.recalls, offset);
    offset += group.length;
  }
  return recalls;
}

/** The class's progress on a deck with recall at `dueAt` (core/classes/deck-progress.ts). */
function deckProgress(context: ReportContext, deckId: string, userIds: readonly string[], dueAt: Date, now: Date): Promise<DeckProgress> {
  return once(context.progress, `${deckId} ${dueAt.getTime()}`, async () => {
    const [groups, cards, models] = await Promise.all([
      once(context.states, deckId, () => readClassCardStateGroups(deckId, userIds)),
      deckCards(context, deckId),
      context.models,
    ]);
    const curveOf = curvesOf(models);
    const recalls = recallsAt(groups, models, curveOf, dueAt.getTime());
    return summarizeDeckProgress(concatGroups(groups), userIds, cards.map((card) => card.id), curveOf, dueAt.getTime(), now.getTime(), recalls);
  });
}

/** The deck's live cards: deleted ones are out of its count, its progress and its hardest cards. */
function deckCards(context: ReportContext, deckId: string) {
  return once(context.cards, deckId, () => db.card.findMany({ where: { deckId, deletedAt: null }, select: { id: true, prompt: true } }));
}

/** One assignment's progress for a set of students, as of `now`. */
async function reportFor(
  assignment: { id: string; kind: "deck" | "quiz"; title: string; dueAt: Date; targetRecall: number; attemptsAllowed: number | null; createdAt: Date; quizId: string | null; deck: { id: string; slug: string; title: string } },
  students: { id: string; name: string; email: string }[],
  now: Date,
  context: ReportContext = newReportContext(students.map((student) => student.id)),
): Promise<AssignmentReportDTO> {
  const userIds = students.map((student) => student.id);
  const deckId = assignment.deck.id;
  const [progress, recentReviews, attempts, cards, modelsByUser] = await Promise.all([
    deckProgress(context, deckId, userIds, assignment.dueAt, now),
    once(context.recentReviews, deckId, () => countRecentReviews(deckId, userIds, new Date(now.getTime() - 7 * DAY))),
    assignment.quizId ? quizAttempts(context, assignment.quizId, userIds) : Promise.resolve([]),
    deckCards(context, deckId),
    context.models,
  ]);
  const totalCards = cards.length;
  const leechFor = await once(context.leeches, deckId, () => countLeeches(deckId, progress.lapsed, modelsByUser));
  const reviewsOf = new Map(recentReviews);
  const attemptsOf = groupBy(attempts, (attempt) => attempt.userId);
  const rows = students.map((student) => {
    const own = progress.byStudent.get(student.id)!;
    // predictedRecall's mean: unstudied cards count 0.
    const recallAtDue = totalCards === 0 ? 0 : own.recallSum / totalCards;
    const mine = attemptsOf.get(student.id) ?? [];
    const scores = mine.filter((attempt) => attempt.submittedAt && attempt.maxScore > 0).map((attempt) => (attempt.score ?? 0) / attempt.maxScore);
    return {
      userId: student.id,
      name: student.name,
      email: student.email,
      studied: own.studied,
      newRemaining: totalCards - own.studied,
      dueNow: own.dueNow,
      overdue: own.overdue,
      reviewsLast7Days: reviewsOf.get(student.id) ?? 0,
      recallAtDue,
      status: progressStatus({ studiedCards: own.studied, recallAtDue, targetRecall: assignment.targetRecall }),
      bestQuizScore: scores.length > 0 ? Math.max(...scores) : null,
      quizAttempts: mine.filter((attempt) => attempt.submittedAt !== null || attempt.answers.length > 0).length,
      quizInProgress: mine.some((attempt) => isOpenAttempt(attempt, now)),
    };
  });
  const difficulty = cards.map((card) => {
    const studied = progress.byCard.get(card.id)!;
    return {
      cardId: card.id,
      prompt: card.prompt,
      lapses: studied.lapses,
      recallAtDue: studied.studiedBy ? studied.recallSum / studied.studiedBy : null,
      studiedBy: studied.studiedBy,
      leechFor: leechFor.get(card.id) ?? 0,
    };
  });
  return {
    id: assignment.id,
    kind: assignment.kind,
    title: assignment.title,
    deckSlug: assignment.deck.slug,
    deckTitle: assignment.deck.title,
    quizId: assignment.quizId,
    dueAt: assignment.dueAt,
    targetRecall: assignment.targetRecall,
    attemptsAllowed: assignment.attemptsAllowed,
    totalCards,
    students: rows,
    hardest: hardestCards(difficulty, 8),
  };
}

const assignmentSelect = {
  id: true,
  kind: true,
  title: true,
  dueAt: true,
  targetRecall: true,
  attemptsAllowed: true,
  createdAt: true,
  quizId: true,
  deck: { select: { id: true, slug: true, title: true } },
} as const;

/**
 * Item analysis of a class's quiz: every submitted attempt of the given students, per question
 * (core/quiz analyseItems). Questions are the quiz's, in order, retired ones included: past
 * attempts were asked them.
 */
async function itemAnalysisFor(context: ReportContext, quizId: string, userIds: string[]): Promise<ItemAnalysisRow[]> {
  const [items, allAttempts] = await Promise.all([
    db.quizItem.findMany({ where: { quizId }, orderBy: { position: "asc" }, select: { question: { select: { id: true, type: true, spec: true } } } }),
    quizAttempts(context, quizId, userIds),
  ]);
  const attempts = allAttempts.filter((attempt) => attempt.submittedAt !== null);
  const questions = items.map(({ question }, index) => {
    const spec = parseSpec(question.spec, question.id);
    return { id: question.id, number: index + 1, type: question.type, prompt: spec.type === "trueFalse" ? `${spec.prompt} ${spec.statement}` : spec.prompt, spec };
  });
  return analyseItems(
    questions,
    attempts.map((attempt) => ({
      startedAt: attempt.startedAt,
      answers: attempt.answers.map((answer) => ({ questionId: answer.questionId, response: responseOf(answer), answeredAt: answer.answeredAt })),
    })),
  );
}

export interface ClassDashboardDTO {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  roster: { userId: string; name: string; email: string; joinedAt: Date }[];
  assignments: (AssignmentReportDTO & { items: ItemAnalysisRow[] })[];
}

/** Everything the instructor's class page shows. */
export async function getClassDashboard(classId: InstructedClassId, now: Date): Promise<ClassDashboardDTO> {
  // Three reads side by side, not one nested select: Prisma sent that one's queries one after
  // another and built an object per member: 6-8 ms of a 200-student view on PostgreSQL.
  const [found, roster, assignments] = await Promise.all([
    db.class.findUniqueOrThrow({ where: { id: classId }, select: { id: true, name: true, joinCode: true, archivedAt: true } }),
    readClassRoster(classId),
    db.assignment.findMany({ where: { classId }, orderBy: { dueAt: "asc" }, select: assignmentSelect }),
  ]);
  const students = roster.map(([id, name, email]) => ({ id, name, email }));
  const context = newReportContext(students.map((student) => student.id));
  return {
    id: found.id,
    name: found.name,
    joinCode: formatJoinCode(found.joinCode),
    archived: found.archivedAt !== null,
    roster: roster.map(([userId, name, email, joinedAt]) => ({ userId, name, email, joinedAt: new Date(joinedAt) })),
    assignments: await Promise.all(
      assignments.map(async (assignment) => {
        const [report, items] = await Promise.all([
          reportFor(assignment, students, now, context),
          assignment.quizId ? itemAnalysisFor(context, assignment.quizId, students.map((student) => student.id)) : [],
        ]);
        return { ...report, items };
      }),
    ),
  };
}

/** A student's view of a class: its assignments with only their own progress. */
export async function getStudentClassView(userId: UserId, classId: MemberClassId, now: Date) {
  const found = await db.class.findUniqueOrThrow({
    where: { id: classId },
    select: { id: true, name: true, archivedAt: true, instructor: { select: { name: true } },
      // Only decks this class's instructor owns (or built-in ones): a row pointing at someone else's deck grants nothing.
      assignments: {
        where: { deck: { OR: [{ ownerId: null }, { owner: { taughtClasses: { some: { id: classId } } } }] } },
        orderBy: { dueAt: "asc" },
        select: assignmentSelect,
      },
    },
  });
  const me = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } });
  const reports = await Promise.all(found.assignments.map((assignment) => reportFor(assignment, [me], now)));
  return {
    id: found.id,
    name: found.name,
    archived: found.archivedAt !== null,
    instructor: found.instructor.name,
    // Only the student's own row; the class-wide "hardest cards" stay with the instructor.
    assignments: reports.map(({ students, hardest: _hardest, ...assignment }) => ({ ...assignment, mine: students[0]! })),
  };
}

export interface MyAssignmentDTO extends Omit<AssignmentReportDTO, "students" | "hardest"> {
  classId: string;
  className: string;
  mine: StudentProgressDTO;
  /** Deadline mode's line for a deck assignment still ahead: "3 extra reviews before Friday to reach 85 %.", or null. */
  deadline: string | null;
}

/**
 * The student's deadline plan for one deck assignment (core/scheduling/deadline.ts), with their
 * own settings: the sentence the study page shows, so the home and the study page agree.
 */
async function deadlineLineFor(userId: UserId, deckId: string, goal: { dueAt: Date; targetRecall: number }, now: Date): Promise<string | null> {
  if (goal.dueAt.getTime() <= now.getTime()) return null;
  const [settings, rows] = await Promise.all([
    getSchedulingSettings(userId, deckId),
    db.cardState.findMany({ where: { userId, deckId, phase: { not: "new" }, suspended: false, card: { deletedAt: null } } }),
  ]);
  const plan = planDeadlineReviews(
    rows.map((row) => ({ cardId: row.cardId, state: memoryFromRow(row) })),
    goal,
    now,
    schedulerSettingsOf(settings),
    { todayStart: startOfStudyDay(now, settings.timeZone, settings.dayStartHour) },
  );
  return describeDeadlinePlan(plan, goal, now, settings.timeZone);
}

/**
 * Every assignment of every live class the student is in, soonest due first, with their own
 * progress only: what the student's home lists above their decks.
 */
export async function listMyAssignments(userId: UserId, now: Date): Promise<MyAssignmentDTO[]> {
  const classes = await db.class.findMany({
    where: { archivedAt: null, members: { some: { userId } } },
    select: { id: true, name: true, assignments: { orderBy: { dueAt: "asc" }, select: assignmentSelect } },
  });
  if (classes.every((klass) => klass.assignments.length === 0)) return [];
  const me = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } });
  const rows = await Promise.all(
    classes.flatMap((klass) =>
      klass.assignments.map(async (assignment) => {
        const [{ students, hardest: _hardest, ...report }, deadline] = await Promise.all([
          reportFor(assignment, [me], now),
          assignment.kind === "deck" ? deadlineLineFor(userId, assignment.deck.id, assignment, now) : null,
        ]);
        return { ...report, classId: klass.id, className: klass.name, mine: students[0]!, deadline };
      }),
    ),
  );
  return rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id));
}

/** A class's name, for a link back to it. */
export async function getClassName(classId: MemberClassId | InstructedClassId): Promise<string | null> {
  return (await db.class.findUnique({ where: { id: classId }, select: { name: true } }))?.name ?? null;
}
