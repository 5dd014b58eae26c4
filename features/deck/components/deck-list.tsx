import Link from "next/link";
import type { DeckSummaryDTO } from "../data";

export function DeckList({ decks }: { decks: DeckSummaryDTO[] }) {
  if (decks.length === 0) return <p className="muted">No decks yet.</p>;
  return (
    <ul className="deck-list" aria-label="Decks">
      {decks.map((deck) => {
        const toStudy = deck.newCount + deck.learningCount + deck.dueCount;
        return (
          <li key={deck.id} className="deck-card" data-testid={`deck-${deck.slug}`}>
            <div className="deck-card-main">
              <h2>
                <Link href={`/decks/${deck.slug}`}>{deck.title}</Link>
              </h2>
              <p className="muted">{deck.totalCards} cards</p>
            </div>
            <dl className="counts">
              <div className="count count-new">
                <dt>New</dt>
                <dd data-testid="count-new">{deck.newCount}</dd>
              </div>
              <div className="count count-learning">
                <dt>Learning</dt>
                <dd data-testid="count-learning">{deck.learningCount}</dd>
              </div>
              <div className="count count-due">
                <dt>Due</dt>
                <dd data-testid="count-due">{deck.dueCount}</dd>
              </div>
            </dl>
            <div className="row">
              <Link className="button" href={`/study/${deck.slug}`} aria-label={`Study ${deck.title}`}>
                {toStudy > 0 ? "Study" : "Open"}
              </Link>
              <Link className="button button-quiet" href={`/decks/${deck.slug}/quiz`} aria-label={`Quiz on ${deck.title}`}>
                Quiz
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
