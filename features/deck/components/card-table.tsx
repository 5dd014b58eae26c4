import Link from "next/link";
import type { CardKind } from "@/core/generation/types";
import type { DeckCardDTO } from "../data";
import { CardEditControls } from "./card-editor";
import { KIND_LABELS } from "./kind-labels";

/** The deck's cards; `editable` (the deck's owner) adds Edit and Delete under each. */
export function CardTable({ cards, deckSlug, editable = false }: { cards: DeckCardDTO[]; deckSlug: string; editable?: boolean }) {
  return (
    <ol className="card-list" aria-label={`${cards.length} cards`}>
      {cards.map((card) => (
        <li key={card.id} className="card-item">
          <p className="kind">{KIND_LABELS[card.kind as CardKind] ?? card.kind}</p>
          <p className="prompt">{card.prompt}</p>
          <p className="answer">
            <span className="visually-hidden">Answer: </span>
            {card.answer}
          </p>
          {card.tags.length > 0 ? (
            <ul className="tags" aria-label="Tags">
              {card.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          ) : null}
          <p className="small">
            <Link href={`/cards/${card.id}`} aria-label={`Card info: ${card.prompt}`}>
              Card info
            </Link>
          </p>
          {card.sources.length > 0 ? (
            <blockquote className="source">
              <span className="visually-hidden">Source: </span>
              {card.sources.map((source) => source.text).join(" ")}{" "}
              <Link
                className="small"
                href={`/decks/${deckSlug}/article?highlight=${card.sources.map((source) => source.position).join(",")}#s-${card.sources[0]!.position}`}
              >
                Show in the article
              </Link>
            </blockquote>
          ) : null}
          {editable ? <CardEditControls deckSlug={deckSlug} card={card} /> : null}
        </li>
      ))}
    </ol>
  );
}
