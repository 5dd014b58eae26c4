import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Lets two builds (say, two e2e runs on one machine) live side by side; `.next` by default.
  distDir: process.env.KIOKU_DIST_DIR ?? ".next",
  // Native modules stay outside the server bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  // Pages get their nonce CSP from proxy.ts; these apply everywhere, route handlers included.
  async headers() {
    return [
      { source: "/:path*", headers: [...COMMON_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
      // Served without proxy.ts (see its matcher): an image runs nothing, so it gets the policy that allows nothing.
      { source: "/favicon.ico", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
  typedRoutes: false,
  // The build checks the app's own code; `npm test` type-checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  experimental: {
    // Articles may be up to 1 MB (checked with a clear message in features/deck); the publish
    // step sends the text back with the edited cards, so leave room above that.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
