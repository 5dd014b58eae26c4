"use client";

import { useEffect } from "react";

/** Sent with the pages kept ahead, so the service worker's study route takes them (app/sw.ts). */
const KEEP_PAGE_HEADER = "X-Kioku-Keep";
const LAST_KEPT_KEY = "kioku:decks-kept-at";
/** The service worker's cache of pages (app/sw.ts). */
const KEPT_PAGES_CACHE = "pages";
/** A study page kept more recently than this is fresh enough; each one is a server render. */
const KEEP_EVERY_MS = 15 * 60_000;

function urlsOf(reply: unknown): string[] {
  const urls = (reply as { urls?: unknown } | null)?.urls;
  return Array.isArray(urls) ? urls.filter((url): url is string => typeof url === "string" && url.startsWith("/study/")) : [];
}

/**
 * While online, the service worker keeps the study page of every deck the user studies (issue
 * 16): each page carries its deck's cards for today and the next study day with their
 * scheduling state, so tomorrow, offline, any of them opens and studies, opened today or not.
 * Runs on full page loads of a signed-in user and when the connection returns, at most every
 * 15 minutes. Does nothing without a service worker (`next dev`).
 */
export function KeepDecksOffline({ userId }: { userId: string }) {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let stopped = false;
    async function keep() {
      if (!navigator.onLine) return;
      const last = Number(localStorage.getItem(`${LAST_KEPT_KEY}:${userId}`) ?? 0);
      if (Date.now() - last < KEEP_EVERY_MS) return;
      const registration = await navigator.serviceWorker.ready;
      const response = await fetch("/api/study/offline-decks", { cache: "no-store" });
      if (!response.ok || stopped) return;
      const urls = urlsOf(await response.json());
      const worker = registration.active;
      if (!worker || urls.length === 0) return;
      // The deck list too: the installed app starts there (app/manifest.ts), offline as well.
      urls.unshift("/");
      // Serwist's CACHE_URLS: each goes through the worker's own route, as a visit would.
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: urls.map((url) => [url, { headers: { [KEEP_PAGE_HEADER]: "1" } }]) } }, [channel.port2]);
      });
      localStorage.setItem(`${LAST_KEPT_KEY}:${userId}`, String(Date.now()));
    }
    const run = () => void keep().catch(() => undefined);
    run();
    // A page kept before the answers given offline reach the server is corrected on the device
    // by the answers it keeps (outbox-store.ts).
    const online = () => run();
    window.addEventListener("online", online);
    return () => {
      stopped = true;
      window.removeEventListener("online", online);
    };
  }, [userId]);
  return null;
}

/**
 * Signed out: the copies of study pages this device kept (and when) are dropped, so the next
 * person on a shared device does not see them offline. Answers still waiting stay in IndexedDB:
 * they are sent when their owner signs in again (the server refuses them for anyone else's cards).
 */
export function ForgetKeptDecks() {
  useEffect(() => {
    if (!("caches" in window)) return;
    void caches.delete(KEPT_PAGES_CACHE).catch(() => undefined);
    for (const key of Object.keys(localStorage)) if (key.startsWith(LAST_KEPT_KEY)) localStorage.removeItem(key);
  }, []);
  return null;
}
