"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js, built from app/sw.ts) in production builds, so the
 * app opens offline and can be installed. `next dev` has no service worker: a cached page would
 * hide code changes.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // Not fatal: the app works online without it.
    });
  }, []);
  return null;
}
