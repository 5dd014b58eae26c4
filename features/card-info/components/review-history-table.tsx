import type { CardHistoryRowDTO } from "../data";

const PHASE_LABELS = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;

/** Every entry of the card's log, oldest first, with what FSRS made of it. */
export function ReviewHistoryTable({ rows, timeZone }: { rows: CardHistoryRowDTO[]; timeZone: string }) {
  if (rows.length === 0) return <p className="muted">No reviews yet.</p>;
  const when = new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="table-scroll">
      <table className="table" data-testid="review-history">
        <caption className="visually-hidden">Review history, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Answer</th>
            <th scope="col">Card was</th>
            <th scope="col">Recall then</th>
            <th scope="col">Next interval</th>
            <th scope="col">Stability</th>
            <th scope="col">Difficulty</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.at}>
              <td>{when.format(new Date(row.at))}</td>
              <td>{row.action}</td>
              <td>{PHASE_LABELS[row.phaseBefore]}</td>
              <td>{row.recallBefore === null ? "—" : `${Math.round(row.recallBefore * 100)}%`}</td>
              <td>{row.interval}</td>
              <td>{row.stabilityAfter > 0 ? `${row.stabilityAfter.toFixed(2)} d` : "—"}</td>
              <td>{row.difficultyAfter > 0 ? row.difficultyAfter.toFixed(2) : "—"}</td>
              <td>{row.durationMs > 0 ? `${(row.durationMs / 1000).toFixed(1)} s` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
