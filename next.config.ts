import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets two builds (say, two e2e runs on one machine) live side by side; `.next` by default.
  distDir: process.env.KIOKU_DIST_DIR ?? ".next",
  // Native modules stay outside the server bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
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
