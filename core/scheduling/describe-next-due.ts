const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "The next card is due in 10 minutes." — the done screen's one line, relative to `now`. */
export function describeNextDue(nextDueAt: Date | null, now: Date): string {
  if (!nextDueAt) return "Every card in this deck is learned and nothing is scheduled.";
  const ms = nextDueAt.getTime() - now.getTime();
  if (ms <= MINUTE) return "The next card is due in less than a minute.";
  if (ms < HOUR) return `The next card is due in ${plural(Math.round(ms / MINUTE), "minute")}.`;
  if (ms < DAY) return `The next card is due in ${plural(Math.round(ms / HOUR), "hour")}.`;
  return `The next card is due in ${plural(Math.round(ms / DAY), "day")}.`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
