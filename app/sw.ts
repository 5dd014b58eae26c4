/// <reference lib="webworker" />
import { defaultCache } from "@serwist/next/worker";
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";

/*
 * The service worker (built by `serwist build` after `next build`, see serwist.config.mjs):
 * the app's static files are precached, and pages are fetched from the network first and kept,
 * so a study page visited online opens again offline. Answers never go through a cache: the
 * study screen keeps them in IndexedDB until the server has them (features/study/outbox-store.ts).
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    // Writes and the session are never cached or answered from a cache.
    { matcher: ({ url, request }) => url.pathname.startsWith("/api/") || request.method !== "GET", handler: new NetworkOnly() },
    // Pages (and their RSC payloads): the network when it answers within 3 s, else the last copy.
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && (request.mode === "navigate" || request.headers.get("RSC") === "1"),
      handler: new NetworkFirst({ cacheName: "pages", networkTimeoutSeconds: 3 }),
    },
    ...defaultCache,
  ],
});

serwist.addEventListeners();
