"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadRecentAnswers, markAnswersSent, saveWaitingAnswer, type WaitingAnswer } from "../outbox-store";

const BATCH_URL = "/api/study/reviews/batch";
/** The endpoint's limit (schema.ts, MAX_BATCH_ANSWERS). */
const MAX_BATCH = 200;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** What the batch endpoint takes: the answer without what only the device keeps. */
function toWire({ userId: _userId, sentAt: _sentAt, ...answer }: WaitingAnswer) {
  return answer;
}

type BatchReply = { results: ({ idempotencyKey: string; ok: true; moved: boolean } | { idempotencyKey: string; ok: false })[] };

export interface Outbox {
  /** Answers given here and not yet stored by the server. */
  waiting: number;
  /** The last send failed (offline, or the server away); they are sent again by themselves. */
  stalled: boolean;
  /** Set when the server refused for good (signed out): what to tell the user. */
  problem: string | null;
  add: (answer: WaitingAnswer) => void;
  /** Sends everything waiting; true once nothing waits. */
  flush: () => Promise<boolean>;
  /** The device's kept answers are read, and those found waiting sent (or found unsendable). */
  settled: boolean;
}

/**
 * The device's answers on their way to the server: kept in IndexedDB, sent in batches (all that
 * wait, in one request) right after each answer and again when the connection returns.
 * Only `userId`'s answers are read and sent: a device shared by two students keeps each one's
 * answers for their own session. `onDiverged` is called when the server's grading differs from the device's (the card moved
 * elsewhere meanwhile): the screen then takes the server's state.
 */
export function useOutbox(userId: string, onDiverged: (why: "moved" | "synced") => void, onRestored: (answers: WaitingAnswer[]) => void): Outbox {
  const queue = useRef<WaitingAnswer[]>([]);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | null; attempt: number }>({ timer: null, attempt: 0 });
  const [waiting, setWaiting] = useState(0);
  const [stalled, setStalled] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [settled, setSettled] = useState(false);
  /** Answers from an earlier visit are waiting: once they are stored (now or by a retry), the screen takes the server's state. */
  const syncOwed = useRef(false);
  const diverged = useRef(onDiverged);
  diverged.current = onDiverged;
  const restored = useRef(onRestored);
  restored.current = onRestored;

  const sendOnce = useCallback(async (): Promise<boolean> => {
    const batch = queue.current.slice(0, MAX_BATCH);
    if (batch.length === 0) return true;
    // navigator.onLine false is reliable (true is not): nothing to try until the "online" event.
    // It also keeps a service worker's own fetch, which offline emulation does not cut, from
    // sending what the screen says is waiting.
    if (!navigator.onLine) return false;
    let reply: BatchReply;
    try {
      const response = await fetch(BATCH_URL, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers: batch.map(toWire) }),
      });
      if (response.status === 401) {
        setProblem("Your session has ended: sign in again to send the answers waiting on this device.");
        return false;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      reply = (await response.json()) as BatchReply;
    } catch {
      return false;
    }
    const done = new Set(reply.results.map((result) => result.idempotencyKey));
    const moved = reply.results.some((result) => result.ok && result.moved);
    const sent = queue.current.filter((answer) => done.has(answer.idempotencyKey));
    queue.current = queue.current.filter((answer) => !done.has(answer.idempotencyKey));
    setWaiting(queue.current.length);
    await markAnswersSent(sent, new Date()).catch(() => undefined);
    if (moved) diverged.current("moved");
    return queue.current.length === 0 || sendOnce();
  }, []);

  const flush = useCallback((): Promise<boolean> => {
    if (inFlight.current) return inFlight.current.then((sent) => (sent && queue.current.length > 0 ? flush() : sent));
    const sending = sendOnce().then((sent) => {
      inFlight.current = null;
      setStalled(!sent);
      const state = retry.current;
      if (state.timer) clearTimeout(state.timer);
      state.timer = null;
      if (sent) {
        state.attempt = 0;
        if (syncOwed.current) {
          syncOwed.current = false;
          diverged.current("synced");
        }
      } else {
        state.timer = setTimeout(() => void flush(), RETRY_MS[Math.min(state.attempt, RETRY_MS.length - 1)]);
        state.attempt += 1;
      }
      return sent;
    });
    inFlight.current = sending;
    return sending;
  }, [sendOnce]);

  const add = useCallback(
    (given: WaitingAnswer) => {
      const answer = { ...given, userId };
      queue.current = [...queue.current, answer];
      setWaiting(queue.current.length);
      // Stored before it is sent: a tab closed mid-request still has it on the next visit.
      void saveWaitingAnswer(answer)
        .catch(() => undefined)
        .then(() => flush());
    },
    [flush, userId],
  );

  useEffect(() => {
    // Answers left by an earlier visit: those not sent yet (offline, or closed before they were
    // sent) wait again; all of the last two days are given to the screen, whose page may be a
    // copy kept from before them (the service worker's).
    void loadRecentAnswers()
      .catch(() => [])
      .then((all) => {
        const recent = all.filter((answer) => answer.userId === undefined || answer.userId === userId);
        const stored = recent.filter((answer) => !answer.sentAt);
        const known = new Set(queue.current.map((answer) => answer.idempotencyKey));
        queue.current = [...stored.filter((answer) => !known.has(answer.idempotencyKey)), ...queue.current];
        setWaiting(queue.current.length);
        if (recent.length > 0) restored.current(recent);
        if (stored.length === 0) return setSettled(true);
        // Once they are stored, the server's state includes them: the screen takes it (flush
        // does, whether this send or a later retry stores them).
        syncOwed.current = true;
        void flush().then(() => setSettled(true));
      });
    const online = () => {
      // Back online: the next failure retries soon again, not after the offline back-off.
      retry.current.attempt = 0;
      void flush();
    };
    // Leaving the page mid-send (a link, a reload) can cut the request off: a beacon outlives the
    // page, and a key the server already has is not stored twice. What it misses waits in IndexedDB.
    const leaving = () => {
      if (queue.current.length === 0 || !navigator.onLine) return;
      const body = new Blob([JSON.stringify({ answers: queue.current.slice(0, MAX_BATCH).map(toWire) })], { type: "application/json" });
      navigator.sendBeacon?.(BATCH_URL, body);
    };
    window.addEventListener("online", online);
    window.addEventListener("pagehide", leaving);
    const state = retry.current;
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("pagehide", leaving);
      if (state.timer) clearTimeout(state.timer);
    };
  }, [flush, userId]);

  return { waiting, stalled, problem, add, flush, settled };
}
