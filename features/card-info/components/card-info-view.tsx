import type { CardInfoDTO } from "../data";
import { CardControls } from "./card-controls";
import { ForgettingCurveChart } from "./forgetting-curve-chart";
import { ReviewHistoryTable } from "./review-history-table";

const PHASE_LABELS = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;
const percent = (value: number) => `${Math.round(value * 100)}%`;

function curveDescription(info: CardInfoDTO, format: Intl.DateTimeFormat): string {
  const { curve, memory } = info;
  if (!curve || !memory) return "";
  return (
    `Forgetting curve: the chance of recalling this card was 100% right after the last review` +
    `${memory.lastReview ? ` on ${format.format(new Date(memory.lastReview))}` : ""}, is about ${percent(curve.recallNow)} now, ` +
    `and is ${percent(curve.recallAtDue)} at the due date, ${format.format(new Date(memory.due))}; ` +
    `your desired retention is ${percent(info.desiredRetention)}.`
  );
}

export function CardInfoView({ info, now }: { info: CardInfoDTO; now: Date }) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: info.timeZone, dateStyle: "medium", timeStyle: "short" });
  const description = curveDescription(info, format);
  const { memory } = info;
  return (
    <div className="stack">
      <section className="panel stack-tight" aria-labelledby="why-due">
        <h2 id="why-due">Why is this card due?</h2>
        <p data-testid="why-due">{info.explanation}</p>
      </section>

      <section className="panel stack" aria-labelledby="memory-heading">
        <h2 id="memory-heading">Memory</h2>
        <dl className="facts" data-testid="card-facts">
          <div><dt>State</dt><dd>{memory ? PHASE_LABELS[memory.phase] : "New"}{info.suspended ? " (suspended)" : ""}{info.buriedUntil ? " (buried)" : ""}
            {info.leech ? <span className="leech-tag" data-testid="leech-tag">leech</span> : null}</dd></div>
          {info.leech ? (
            <div><dt>Leech</dt><dd>{info.leech.failures} failures where {info.leech.expectedFailures.toFixed(1)} were expected ({(info.leech.tail * 100).toFixed(1)} % likely)</dd></div>
          ) : null}
          <div><dt>Stability</dt><dd>{memory ? `${memory.stability.toFixed(2)} days` : "—"}</dd></div>
          <div><dt>Difficulty</dt><dd>{memory ? `${memory.difficulty.toFixed(2)} / 10` : "—"}</dd></div>
          <div><dt>Retrievability now</dt><dd>{memory ? percent(memory.recallNow) : "—"}</dd></div>
          <div><dt>Due</dt><dd>{memory ? format.format(new Date(memory.due)) : "when introduced"}</dd></div>
          <div><dt>Reviews</dt><dd>{memory?.reps ?? 0}</dd></div>
          <div><dt>Lapses</dt><dd>{memory?.lapses ?? 0}</dd></div>
        </dl>
        <CardControls cardId={info.card.id} suspended={info.suspended} buried={info.buriedUntil !== null} canForget={memory !== null} />
      </section>

      {info.curve ? (
        <section className="panel stack" aria-labelledby="curve-heading">
          <h2 id="curve-heading">Forgetting curve</h2>
          <figure className="chart stack-tight">
            <ForgettingCurveChart curve={info.curve} desiredRetention={info.desiredRetention} description={description} />
            <figcaption className="muted small" data-testid="curve-description">
              {description}
            </figcaption>
          </figure>
          <details>
            <summary>The curve as a table</summary>
            <table className="table">
              <caption className="visually-hidden">Chance of recall by days since the last review</caption>
              <thead>
                <tr><th scope="col">Days since last review</th><th scope="col">Chance of recall</th></tr>
              </thead>
              <tbody>
                {info.curve.points.filter((_, index) => index % 6 === 0).map((point) => (
                  <tr key={point.day}><td>{point.day.toFixed(1)}</td><td>{percent(point.recall)}</td></tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ) : null}

      <section className="stack" aria-labelledby="history-heading">
        <h2 id="history-heading">Review history</h2>
        <ReviewHistoryTable rows={info.history} timeZone={info.timeZone} />
        <p className="muted small">As of {format.format(now)}.</p>
      </section>
    </div>
  );
}
