"use client";

import { useRef, useState } from "react";
import type { PresentedQuestion } from "@/core/quiz/present";
import type { QuestionResponse } from "@/core/quiz/types";

interface Props {
  question: Extract<PresentedQuestion, { type: "timeline" }>;
  value: Extract<QuestionResponse, { type: "timeline" }> | null;
  onChange: (response: Extract<QuestionResponse, { type: "timeline" }>) => void;
}

/**
 * Timeline ordering three ways: drag an item, press its up/down buttons, or focus it and use
 * Alt+↑ / Alt+↓. The order is the answer, so it is saved as soon as it changes.
 */
export function TimelineInput({ question, value, onChange }: Props) {
  const labels = new Map(question.items.map((item) => [item.index, item.label]));
  const order = value?.order.length === question.items.length ? value.order : question.items.map((item) => item.index);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const itemRefs = useRef(new Map<number, HTMLLIElement>());

  function move(from: number, to: number) {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange({ type: "timeline", order: next });
    setAnnouncement(`${labels.get(moved!)} moved to position ${to + 1} of ${order.length}.`);
    requestAnimationFrame(() => itemRefs.current.get(moved!)?.focus());
  }

  return (
    <div>
      <p className="muted small" id="timeline-help">
        Put the events in order, earliest first. Drag them or use the arrow buttons
        {/* Touch-only screens hide this (globals.css): they have no keyboard. */}
        <span className="key-hints">, or focus one and press Alt+↑ or Alt+↓</span>.
      </p>
      <ol className="timeline" aria-describedby="timeline-help">
        {order.map((itemIndex, position) => (
          <li
            key={itemIndex}
            ref={(element) => {
              if (element) itemRefs.current.set(itemIndex, element);
            }}
            tabIndex={0}
            draggable
            className={`timeline-item${dragging === position ? " dragging" : ""}`}
            data-testid="timeline-item"
            aria-label={`${position + 1}. ${labels.get(itemIndex)}`}
            onDragStart={(event) => {
              setDragging(position);
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", String(position));
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const from = Number(event.dataTransfer.getData("text/plain"));
              if (Number.isInteger(from)) move(from, position);
              setDragging(null);
            }}
            onDragEnd={() => setDragging(null)}
            onKeyDown={(event) => {
              if (!event.altKey) return;
              if (event.key === "ArrowUp") {
                event.preventDefault();
                move(position, position - 1);
              } else if (event.key === "ArrowDown") {
                event.preventDefault();
                move(position, position + 1);
              }
            }}
          >
            <span className="timeline-label">{labels.get(itemIndex)}</span>
            <span className="row">
              <button type="button" className="button button-quiet small" aria-label={`Move ${labels.get(itemIndex)} earlier`} disabled={position === 0} onClick={() => move(position, position - 1)}>
                ↑
              </button>
              <button
                type="button"
                className="button button-quiet small"
                aria-label={`Move ${labels.get(itemIndex)} later`}
                disabled={position === order.length - 1}
                onClick={() => move(position, position + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
