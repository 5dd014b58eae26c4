import { formatRevlogCsvRows, revlogCsvHeader } from "@/core/optimizer/revlog-csv";
import { getCurrentUser } from "@/features/account/session";
import { readReviewLogPage, type RevlogCursor } from "@/features/history/data";

const PAGE_SIZE = 5000;

/**
 * The caller's review log as CSV in the FSRS optimizer's format, streamed page by page so a
 * long history never sits in memory whole. Only the signed-in user's own rows, ever.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export your review history.\n", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const encoder = new TextEncoder();
  let cursor: RevlogCursor | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(revlogCsvHeader()));
      }
      const page = await readReviewLogPage(user.id, cursor, PAGE_SIZE);
      if (page.rows.length > 0) controller.enqueue(encoder.encode(formatRevlogCsvRows(page.rows)));
      cursor = page.next;
      if (!cursor) controller.close();
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kioku-review-log-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
