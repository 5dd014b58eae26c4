/*
 * Answers given on this device, kept in IndexedDB: those not yet stored by the server so they
 * outlive a reload, a closed tab or a dead connection, and sent ones for two days. Keyed by idempotency key: writing one twice
 * keeps one, and the server stores each key once however often it is sent.
 */

export interface WaitingAnswer {
  idempotencyKey: string;
  cardId: string;
  rating: 1 | 2 | 3 | 4;
  durationMs: number;
  /** When it was given, on this device's clock (ISO). */
  answeredAt: string;
  /** The card's reps in the state the device graded from; the server says when its own differed. */
  baseReps: number;
  /**
   * Who gave it: on a shared device only that user's session sends it (another user's would
   * otherwise record it as theirs). Absent in answers kept before this field existed.
   */
  userId?: string;
  /**
   * When the server stored it (ISO); absent while it waits. Sent answers are kept for two days:
   * a study page kept earlier (the service worker's copy) is brought up to date with them.
   */
  sentAt?: string;
}

/** How long a sent answer is kept on the device: a kept study page is at most this old in use. */
const KEEP_SENT_MS = 2 * 24 * 3_600_000;

const DB_NAME = "kioku";
const STORE = "waiting-answers";

let opening: Promise<IDBDatabase | null> | null = null;

/** The database, or null where IndexedDB is missing or refused (private modes): answers then wait in memory only. */
function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === "undefined") return resolve(null);
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "idempotencyKey" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise<T | undefined>((resolve, reject) => {
        if (!db) return resolve(undefined);
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request ? request.result : undefined);
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      }),
  );
}

/** Answers given on this device in the last two days, sent or waiting, oldest first. */
export async function loadRecentAnswers(): Promise<WaitingAnswer[]> {
  const all = (await run<WaitingAnswer[]>("readonly", (store) => store.getAll())) ?? [];
  return all.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
}

export async function saveWaitingAnswer(answer: WaitingAnswer): Promise<void> {
  await run("readwrite", (store) => {
    store.put(answer);
  });
}

/** The server has these: they wait no more, and sent ones older than two days are dropped. */
export async function markAnswersSent(answers: readonly WaitingAnswer[], now: Date): Promise<void> {
  const stale = new Date(now.getTime() - KEEP_SENT_MS).toISOString();
  const recent = await loadRecentAnswers();
  await run("readwrite", (store) => {
    for (const answer of answers) store.put({ ...answer, sentAt: now.toISOString() });
    for (const answer of recent) if (answer.sentAt && answer.answeredAt < stale) store.delete(answer.idempotencyKey);
  });
}
