"use client";

import { useEffect, useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { questionRefsFollowingEdits } from "@/core/quiz/from-generated";
import { publishDeckAction, type DeckPreview } from "../actions";
import { KIND_LABELS } from "./kind-labels";
import { clearDraft, type DraftCard, type NewDeckDraft } from "./new-deck-draft";

/** The generated cards, editable: fix wording, drop a card, add one, then publish. */
export function DeckPreviewEditor({
  preview,
  initial,
  onChange,
  onBack,
  onRegenerate,
  regenerating,
  error: regenerateError,
}: {
  preview: DeckPreview;
  /** Edits restored from the draft (Back/Forward, reload); null for a fresh preview. */
  initial: NewDeckDraft["edits"];
  onChange: (edits: NonNullable<NewDeckDraft["edits"]>) => void;
  onBack: () => void;
  onRegenerate: () => void;
  regenerating: boolean;
  error: string | null;
}) {
  const [title, setTitle] = useState(initial?.title ?? preview.title);
  const [cards, setCards] = useState<DraftCard[]>(() => initial?.cards ?? preview.cards.map((card) => ({ ...card, dropped: card.doubt !== undefined })));
  useEffect(() => onChange({ title, cards }), [title, cards]); // eslint-disable-line react-hooks/exhaustive-deps
  const [newPrompt, setNewPrompt] = useState("");
  const [newAnswer, setNewAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const sentenceText = new Map(preview.sentences.map((sentence) => [sentence.id, sentence.text]));
  const kept = cards.filter((card) => !card.dropped);
  // The questions publishing will keep: none about a card edited or dropped (the server applies the same rule).
  const questionCount = questionRefsFollowingEdits(preview.questionRefs, preview.cards, kept).length;

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
    clearDraft();
    startTransition(async () => {
      const result = await publishDeckAction({
        title,
        published: preview.published ?? "",
        text: preview.text,
        cards: kept.map(({ dropped: _dropped, ...card }) => card),
      });
      // Success redirects to the new deck; only a refusal comes back.
      if (result && !result.ok) {
        setError(result.message);
        onChange({ title, cards });
      }
    });
  }

  return (
    <div className="stack">
      <div className="panel stack">
        <div className="field">
          <label htmlFor="deck-title">Deck title</label>
          <input id="deck-title" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="row">
          <button type="button" className="button button-quiet" onClick={onBack}>
            ← Back to the text
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={regenerating}
            onClick={() => {
              if (confirm("Generate the cards again from the text? Your edits to this preview are replaced.")) onRegenerate();
            }}
          >
            {regenerating ? "Generating…" : "Regenerate"}
          </button>
        </div>
        <FormError message={regenerateError} />
        <p className="muted" data-testid="preview-summary">
          {kept.length} of {cards.length} cards kept · {questionCount} of {preview.questionCount} quiz questions kept · {preview.sentences.length} sentences
        </p>
      </div>
      <ol className="card-list" aria-label="Generated cards">
        {cards.map((card, index) => (
          <li key={card.key} className={`card-item${card.dropped ? " dropped" : ""}`} data-testid="preview-card">
            <p className="kind">
              {KIND_LABELS[card.kind]}
              {card.confidence !== undefined ? <span className="muted small"> · confidence {Math.round(card.confidence * 100)} %</span> : null}
            </p>
            {card.doubt ? (
              <p className="doubt small" data-testid="card-doubt">
                Left out unless you keep it: {card.doubt}
              </p>
            ) : null}
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
