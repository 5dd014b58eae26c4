"use client";

import { useEffect, useRef, useState } from "react";

/** Ask again at most this often when the server does not yet agree the card is due (clocks differ). */
const RETRY_MS = 2_000;

/**
 * Shown when only learning cards remain and the next one comes later today: counts down to it
 * and calls `onDue` when it is due, so the card shows without a reload.
 */
export function LearningCountdown({ nextDueAt, answered, onDue }: { nextDueAt: string; answered: number; onDue: () => void }) {
  const due = new Date(nextDueAt).getTime();
  const [left, setLeft] = useState(() => Math.max(0, due - Date.now()));
  const lastAsked = useRef(0);
  useEffect(() => {
    function tick() {
      const remaining = Math.max(0, due - Date.now());
      setLeft(remaining);
      if (remaining === 0 && Date.now() - lastAsked.current >= RETRY_MS) {
        lastAsked.current = Date.now();
        onDue();
      }
    }
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [due, onDue]);
  const seconds = Math.ceil(left / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const clock = `${hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}` : minutes}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <section className="panel done" data-testid="learning-countdown">
      <h2>Next card soon</h2>
      {answered > 0 ? <p>You reviewed {answered === 1 ? "1 card" : `${answered} cards`} this session.</p> : null}
      <p>Only cards you are learning are left; the next one comes back when its step is up.</p>
      <p className="countdown" role="timer" aria-label="Next card in" data-testid="next-card-in">
        {clock}
      </p>
      <p className="muted small">It shows here by itself; you can leave this screen open.</p>
    </section>
  );
}
