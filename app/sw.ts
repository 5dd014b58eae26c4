/// <reference lib="webworker" />
import { defaultCache } from "@serwist/next/worker";
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";

/*
 * The service worker (built by `serwist build` after `next build`, see serwist.config.mjs):
 * the app's static files are precached, and pages are fetched from the network first and kept,
 * so a study page visited online opens again offline; while online the app also asks for the
 * study page of every deck the user studies (its pack carries the next day's cards), so a deck
 * not opened today still opens offline tomorrow. Answers never go through a cache: the
 * study screen keeps them in IndexedDB until the server has them (features/study/outbox-store.ts).
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

/** Marks a page fetched to be kept for offline use, not shown (see KEEP_PAGE_HEADER in components/keep-decks-offline.tsx). */
const KEEP_HEADER = "X-Kioku-Keep";

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    // Writes and the session are never cached or answered from a cache.
    { matcher: ({ url, request }) => url.pathname.startsWith("/api/") || request.method !== "GET", handler: new NetworkOnly() },
    // The deck list (the installed app's start page) and the study pages, opened (navigations) or
    // kept ahead by the app (features/study/components/keep-decks-offline.tsx sends CACHE_URLS
    // with this header): one copy per page whatever the query (?from=...), so a deck kept while
    // online opens offline from any link to it. RSC payloads go below.
    {
      matcher: ({ url, request, sameOrigin }) =>
        sameOrigin && (url.pathname === "/" || url.pathname.startsWith("/study/")) && (request.mode === "navigate" || request.headers.get(KEEP_HEADER) === "1"),
      handler: new NetworkFirst({
        cacheName: "pages",
        networkTimeoutSeconds: 3,
        plugins: [{ cacheKeyWillBeUsed: async ({ request }) => new URL(request.url).origin + new URL(request.url).pathname }],
      }),
    },
    // Pages (and their RSC payloads): the network when it answers within 3 s, else the last copy.
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && (request.mode === "navigate" || request.headers.get("RSC") === "1"),
      handler: new NetworkFirst({ cacheName: "pages", networkTimeoutSeconds: 3 }),
    },
    ...defaultCache,
  ],
});

// Includes Serwist's CACHE_URLS message handler, through which the study pages are kept.
serwist.addEventListeners();
