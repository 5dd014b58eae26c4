import "server-only";
import type { RevlogCsvRow } from "@/core/optimizer/revlog-csv";
import type { UserId } from "@/features/account/session";
import { db } from "@/lib/db";

export interface RevlogCursor {
  reviewedAt: Date;
  id: string;
}

/**
 * One page of the user's answers, oldest first, after `cursor`. Keyset pagination on the
 * (userId, reviewedAt) index keeps every page as cheap as the first, however long the history.
 * Forgets (rating 0) are not answers and stay out: the next answer's phase "new" already marks
 * the restart for the optimizer.
 */
export async function readReviewLogPage(
  userId: UserId,
  cursor: RevlogCursor | null,
  take: number,
): Promise<{ rows: RevlogCsvRow[]; next: RevlogCursor | null }> {
  const page = await db.reviewLog.findMany({
    where: {
      userId,
      rating: { gte: 1, lte: 4 },
      // The plain range lets the index seek to the cursor; the OR breaks ties between equal times.
      ...(cursor
        ? { reviewedAt: { gte: cursor.reviewedAt }, OR: [{ reviewedAt: { gt: cursor.reviewedAt } }, { id: { gt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, cardId: true, reviewedAt: true, rating: true, phase: true, durationMs: true },
  });
  const last = page.at(-1);
  return {
    rows: page.map(({ id: _id, ...row }) => row),
    next: last && page.length === take ? { reviewedAt: last.reviewedAt, id: last.id } : null,
  };
}
