"use client";

import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import type { GeneratedCard } from "@/core/generation/types";
import { publishDeckAction, type DeckPreview } from "../actions";
import { KIND_LABELS } from "./kind-labels";

interface DraftCard extends GeneratedCard {
  dropped: boolean;
}

/** The generated cards, editable: fix wording, drop a card, add one, then publish. */
export function DeckPreviewEditor({ preview }: { preview: DeckPreview }) {
  const [title, setTitle] = useState(preview.title);
  const [cards, setCards] = useState<DraftCard[]>(() => preview.cards.map((card) => ({ ...card, dropped: false })));
  const [newPrompt, setNewPrompt] = useState("");
  const [newAnswer, setNewAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const sentenceText = new Map(preview.sentences.map((sentence) => [sentence.id, sentence.text]));
  const kept = cards.filter((card) => !card.dropped);

  function update(index: number, change: Partial<DraftCard>) {
    setCards((current) => current.map((card, i) => (i === index ? { ...card, ...change } : card)));
  }

  function addCard() {
    if (!newPrompt.trim() || !newAnswer.trim()) {
      setError("A new card needs both a question and an answer.");
      return;
    }
    const taken = new Set(cards.map((card) => card.key));
    let n = 1;
    while (taken.has(`custom-${n}`)) n += 1;
    setCards((current) => [
      ...current,
      { key: `custom-${n}`, kind: "basic", prompt: newPrompt.trim(), answer: newAnswer.trim(), explanation: "", sourceSentenceIds: [], dropped: false },
    ]);
    setNewPrompt("");
    setNewAnswer("");
    setError(null);
  }

  function publish() {
    setError(null);
    startTransition(async () => {
      const result = await publishDeckAction({
        title,
        published: preview.published ?? "",
        text: preview.text,
        cards: kept.map(({ dropped: _dropped, ...card }) => card),
      });
      // Success redirects to the new deck; only a refusal comes back.
      if (result && !result.ok) setError(result.message);
    });
  }

  return (
    <div className="stack">
      <div className="panel stack">
        <div className="field">
          <label htmlFor="deck-title">Deck title</label>
          <input id="deck-title" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <p className="muted" data-testid="preview-summary">
          {kept.length} of {cards.length} cards kept · {preview.questionCount} quiz questions generated · {preview.sentences.length} sentences
        </p>
      </div>
      <ol className="card-list" aria-label="Generated cards">
        {cards.map((card, index) => (
          <li key={card.key} className={`card-item${card.dropped ? " dropped" : ""}`} data-testid="preview-card">
            <p className="kind">{KIND_LABELS[card.kind]}</p>
            <div className="field">
              <label htmlFor={`prompt-${index}`}>Question</label>
              <textarea id={`prompt-${index}`} rows={2} value={card.prompt} disabled={card.dropped} onChange={(event) => update(index, { prompt: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`answer-${index}`}>Answer</label>
              <textarea id={`answer-${index}`} rows={2} value={card.answer} disabled={card.dropped} onChange={(event) => update(index, { answer: event.target.value })} />
            </div>
            {card.sourceSentenceIds.length > 0 ? (
              <blockquote className="source">
                <span className="visually-hidden">Source: </span>
                {card.sourceSentenceIds.map((id) => sentenceText.get(id)).join(" ")}
              </blockquote>
            ) : (
              <p className="muted small">Added by you: not tied to a sentence.</p>
            )}
            <button type="button" className="button button-quiet" onClick={() => update(index, { dropped: !card.dropped })}>
              {card.dropped ? "Keep this card" : "Drop this card"}
            </button>
          </li>
        ))}
      </ol>
      <fieldset className="panel stack">
        <legend>Add a card</legend>
        <div className="field">
          <label htmlFor="new-prompt">Question</label>
          <textarea id="new-prompt" rows={2} value={newPrompt} onChange={(event) => setNewPrompt(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-answer">Answer</label>
          <textarea id="new-answer" rows={2} value={newAnswer} onChange={(event) => setNewAnswer(event.target.value)} />
        </div>
        <button type="button" className="button button-quiet" onClick={addCard}>
          Add card
        </button>
      </fieldset>
      <FormError message={error} />
      <button type="button" className="button" onClick={publish} disabled={pending || kept.length === 0}>
        {pending ? "Publishing…" : `Publish deck (${kept.length} cards)`}
      </button>
    </div>
  );
}
