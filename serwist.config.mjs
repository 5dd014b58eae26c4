// @ts-check
import { serwist } from "@serwist/next/config";

/**
 * Serwist's configurator mode (issue 16): `serwist build` runs after `next build` (Turbopack),
 * bundles app/sw.ts with esbuild into public/sw.js and injects the list of the build's static
 * files to precache. Reads next.config.ts, so KIOKU_DIST_DIR builds work too.
 */
export default await serwist.withNextConfig(() => ({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  // Every page here depends on who is signed in: none is precached as HTML.
  precachePrerendered: false,
}));
