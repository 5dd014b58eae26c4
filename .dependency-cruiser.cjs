/*
 * The layers as import rules over the module graph (`npx depcruise`, run by `npm test`'s lint
 * suite beside ESLint). Type-only imports count: a type import is still a dependency of the layer.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "core/ imports no framework, I/O or engine: only itself and pure libraries (tests beside it may read fixtures).",
      severity: "error",
      from: { path: "^core/", pathNot: "\\.test\\.ts$" },
      to: {
        pathNot: "^core/",
        dependencyTypesNot: ["type-only"],
        path: "^(app|features|lib|prisma|components)/|node_modules/(next|react|react-dom|@prisma|better-sqlite3|pg|server-only)/",
      },
    },
    {
      name: "core-no-builtins",
      severity: "error",
      from: { path: "^core/", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "features-no-engine-driver",
      comment: "Features call lib's stores; which engine runs is known in lib/ alone.",
      severity: "error",
      from: { path: "^features/" },
      to: { path: "^lib/(sqlite|postgres|prisma)/|node_modules/(@types/)?(better-sqlite3|pg|@prisma/adapter-[^/]+)/" },
    },
    {
      name: "nothing-imports-app",
      comment: "app/ is routing only: nothing outside it may depend on it (tests of a route excepted).",
      severity: "error",
      from: { pathNot: "^(app|tests|e2e)/" },
      to: { path: "^app/" },
    },
    {
      name: "writer-thread-loads-no-server-code",
      comment: "The SQLite review writer's thread loads its module graph by itself: no server-only (it throws outside React Server Components) and no Prisma.",
      severity: "error",
      from: { path: "^lib/sqlite/review-writer\\.worker\\.ts$" },
      to: { reachable: true, path: "node_modules/(server-only|@prisma|\\.prisma)/|^lib/generated/|^lib/db\\.ts$|^features/" },
    },
    {
      name: "no-circular-features",
      comment: "Feature folders point one way, down.",
      severity: "error",
      from: { path: "^features/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|\\.next|node_modules|public)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"] },
    combinedDependencies: true,
  },
};
