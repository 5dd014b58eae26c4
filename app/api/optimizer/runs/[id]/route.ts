import { z } from "zod";
import { getCurrentUser } from "@/features/account/session";
import { getOptimizerRun } from "@/features/optimizer/data";

const runIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** The progress of one of the caller's optimizer runs, polled by the optimizer page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ message: "Sign in to see this run." }, { status: 401 });
  const id = runIdSchema.safeParse((await params).id);
  // Someone else's run answers exactly like a missing one.
  const run = id.success ? await getOptimizerRun(user.id, id.data) : null;
  if (!run) return Response.json({ message: "No such optimizer run." }, { status: 404 });
  return Response.json(run, { headers: { "Cache-Control": "no-store" } });
}
