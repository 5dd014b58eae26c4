import type { Prisma } from "@/lib/generated/prisma/client";

/** The order of a card's log: by time, then id (mutations keep a card's times strictly increasing). */
export const LOG_ORDER = [{ reviewedAt: "asc" }, { id: "asc" }] as const satisfies Prisma.ReviewLogOrderByWithRelationInput[];

/** The time of the user's latest log entry, for `nextEntryTime`. */
export async function latestEntryAt(tx: Prisma.TransactionClient, userId: string): Promise<Date | null> {
  const latest = await tx.reviewLog.findFirst({ where: { userId }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } });
  return latest?.reviewedAt ?? null;
}
