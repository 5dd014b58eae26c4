import { db } from "@/lib/db";

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  await db.$queryRaw`SELECT 1`;
  return Response.json({ ok: true });
}
