import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import type { UserId } from "@/features/account/session";
import type { InstructedClassId } from "@/features/class/access";
import { getClassDashboard } from "@/features/class/data";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { recordReview } from "@/features/study/mutations";
import { databaseEngine, db } from "@/lib/db";
import { classDashboardStatesSql, seedClassLoad } from "@/tests/support/class-load";

/**
 * One engine's numbers for bench/engines.ts, on the migrated, empty database DATABASE_URL names:
 * the review path (recordReview, the transaction every answer runs) one at a time and 8 at once,
 * and the class dashboard (getClassDashboard) for a class of 30 in a department of 120 students.
 * Prints one JSON line. Run as `node --conditions=react-server --import tsx` so `server-only` loads.
 */
const STUDENTS = 120;
const CLASS_SIZE = 30;
const REVIEWS = 300;

const load = await seedClassLoad(db, STUDENTS, 5, 80);
if (databaseEngine === "postgresql") await db.$executeRawUnsafe(`ANALYZE`);
const instructor = await db.user.create({ data: { email: `${randomUUID()}@bench.kioku`, name: "I", passwordHash: "-", role: "instructor" } });
const klass = await db.class.create({ data: { instructorId: instructor.id, name: "Bench", joinCode: randomUUID().slice(0, 10) } });
const members = load.studentIds.slice(0, CLASS_SIZE);
await db.enrollment.createMany({ data: members.map((userId) => ({ classId: klass.id, userId })) });
await db.assignment.create({ data: { classId: klass.id, kind: "deck", deckId: load.deckId, title: "Deck", dueAt: new Date(Date.now() + 7 * 86_400_000) } });

const cards = await db.card.findMany({ where: { deckId: { not: load.deckId } }, select: { id: true, deckId: true }, orderBy: { id: "asc" } });
let next = 0;
const reviewOne = (student: number) => {
  const card = cards[next++ % cards.length]!;
  const userId = load.studentIds[student % STUDENTS]! as UserId;
  return recordReview(userId, card.deckId as AuthorizedDeckId, { cardId: card.id, rating: 3, idempotencyKey: randomUUID(), durationMs: 1000 }, new Date());
};

async function meanMs(runs: number, step: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i += 1) await step(i);
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) await step(i);
  return (performance.now() - started) / runs;
}

const sequentialMs = await meanMs(REVIEWS, (i) => reviewOne(i));
const started = performance.now();
for (let i = 0; i < REVIEWS; i += 8) await Promise.all(Array.from({ length: 8 }, (_, j) => reviewOne(i + j)));
const concurrentPerSecond = REVIEWS / ((performance.now() - started) / 1000);
const dashboardMs = await meanMs(20, () => getClassDashboard(klass.id as InstructedClassId, new Date()));

/** The dashboard's CardState read under a given random_page_cost: top plan node and execution time. */
async function plannerAt(cost: string): Promise<{ plan: string; ms: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL random_page_cost = ${cost}`);
    const sql = classDashboardStatesSql(load.deckId, members);
    await tx.$queryRawUnsafe(sql); // warm the cache for both settings alike
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
    const json = rows[0]!["QUERY PLAN"];
    const [root] = (typeof json === "string" ? JSON.parse(json) : json) as { Plan: { "Node Type": string; "Index Name"?: string; Plans?: { "Node Type": string; "Index Name"?: string }[] }; "Execution Time": number }[];
    const node = root!.Plan.Plans?.[0] ?? root!.Plan;
    return { plan: `${root!.Plan["Node Type"]}${node["Index Name"] ? ` (${node["Index Name"]})` : node !== root!.Plan ? ` > ${node["Node Type"]}` : ""}`, ms: root!["Execution Time"] };
  });
}
const planner = databaseEngine === "postgresql" ? { default4: await plannerAt("4"), tuned: await plannerAt("1.1") } : null;

console.log(JSON.stringify({ engine: databaseEngine, sequentialMs, concurrentPerSecond, dashboardMs, planner }));
await db.$disconnect();
