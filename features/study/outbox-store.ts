/*
 * Answers given on this device and not yet stored by the server, kept in IndexedDB so they
 * outlive a reload, a closed tab or a dead connection. Keyed by idempotency key: writing one twice
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
}

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

export async function loadWaitingAnswers(): Promise<WaitingAnswer[]> {
  const all = (await run<WaitingAnswer[]>("readonly", (store) => store.getAll())) ?? [];
  return all.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
}

export async function saveWaitingAnswer(answer: WaitingAnswer): Promise<void> {
  await run("readwrite", (store) => {
    store.put(answer);
  });
}

export async function removeWaitingAnswers(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await run("readwrite", (store) => {
    for (const key of keys) store.delete(key);
  });
}
