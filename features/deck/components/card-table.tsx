import type { DeckCardDTO } from "../data";

const KIND_LABELS: Record<string, string> = {
  dateToEvent: "Date → event",
  eventToDate: "Event → date",
  personToAction: "Person → action",
  actionToPerson: "Action → person",
  listRecall: "List",
  figure: "Figure",
  term: "Term",
  cloze: "Cloze",
  timeline: "Timeline",
  basic: "Question",
};

export function CardTable({ cards }: { cards: DeckCardDTO[] }) {
  return (
    <ol className="card-list" aria-label={`${cards.length} cards`}>
      {cards.map((card) => (
        <li key={card.id} className="card-item">
          <p className="kind">{KIND_LABELS[card.kind] ?? card.kind}</p>
          <p className="prompt">{card.prompt}</p>
          <p className="answer">
            <span className="visually-hidden">Answer: </span>
            {card.answer}
          </p>
          {card.sources.length > 0 ? (
            <blockquote className="source">
              <span className="visually-hidden">Source: </span>
              {card.sources.map((source) => source.text).join(" ")}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
