import Link from "next/link";
import { QUESTION_TYPE_LABELS } from "@/core/quiz/types";
import type { ResultRowDTO } from "../data";

export function ResultsList({ rows, deckSlug }: { rows: ResultRowDTO[]; deckSlug: string }) {
  return (
    <ol className="card-list" aria-label="Questions and answers">
      {rows.map((row) => {
        const verdict = row.score === 1 ? "Correct" : row.score === 0 ? "Wrong" : `Partly right (${Math.round(row.score * 100)}%)`;
        return (
          <li key={row.questionId} className={`card-item result result-${row.score === 1 ? "right" : row.score === 0 ? "wrong" : "partial"}`} data-testid="result-row">
            <p className="kind">
              {QUESTION_TYPE_LABELS[row.type]} · <strong>{verdict}</strong>
            </p>
            <p className="prompt">{row.prompt}</p>
            <dl className="result-answers">
              <dt>Your answer</dt>
              <dd data-testid="given">{row.given}</dd>
              <dt>Correct answer</dt>
              <dd data-testid="expected">{row.expected}</dd>
            </dl>
            {row.explanation ? <p className="muted">Why: {row.explanation}</p> : null}
            {row.sourcePositions.length > 0 ? (
              <Link className="small" href={`/decks/${deckSlug}/article?highlight=${row.sourcePositions.join(",")}#s-${row.sourcePositions[0]}`}>
                Read the source passage
              </Link>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
