import type { LeechDTO } from "../leeches";

/** Cards failed far more often than their own predicted recall allows: rewrite or split them. */
export function LeechList({ leeches }: { leeches: LeechDTO[] }) {
  return (
    <section className="panel stack" aria-labelledby="leeches-heading" data-testid="leeches">
      <h2 id="leeches-heading">Leeches</h2>
      {leeches.length === 0 ? (
        <p className="muted">No leeches: no card fails more often than its predicted recall explains.</p>
      ) : (
        <>
          <p className="hint">Failed far more often than FSRS predicted (under 5 % likely by chance). Rewrite or split them.</p>
          <ul className="stack-tight">
            {leeches.map((leech) => (
              <li key={leech.cardId}>
                <a href={`/cards/${leech.cardId}`}>{leech.prompt}</a> <span className="leech-tag">leech</span>
                {leech.suspended ? <span className="leech-tag">suspended</span> : null}
                <span className="muted small">
                  {" "}
                  · {leech.deckTitle} · {leech.failures} failures where {leech.expectedFailures.toFixed(1)} were expected ({(leech.tail * 100).toFixed(1)} % likely)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
