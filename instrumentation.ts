/**
 * Runs once when a server process starts. Each request is stamped with its TCP peer's address
 * (lib/peer-address.ts). Daily backups of the database run here (see
 * lib/backup-schedule.ts; KIOKU_BACKUPS=off disables them). The optimizer worker polls the database for queued
 * runs (see features/optimizer/worker.ts); it needs Node's thread pool and the native FSRS
 * module, so it starts only on the Node runtime and never during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Throttling needs the client's address; see lib/client-address.ts.
  const { installPeerAddressHeader } = await import("@/lib/peer-address");
  installPeerAddressHeader();
  const { startOptimizerWorker } = await import("@/features/optimizer/worker");
  startOptimizerWorker();
  const { startDailyBackups } = await import("@/lib/backup-schedule");
  startDailyBackups();
}
