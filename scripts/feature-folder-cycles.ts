import { spawnSync } from "node:child_process";

/**
 * Feature folders point one way, down (no two features import each other, directly or through
 * others). dependency-cruiser sees cycles between modules; this folds its graph of features/ to
 * one node per folder and fails on any cycle between folders. Run by `npm run lint` and `npm test`.
 */
const cruised = spawnSync("npx", ["depcruise", "features", "--config", ".dependency-cruiser.cjs", "--output-type", "json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (cruised.status !== 0) {
  process.stderr.write(cruised.stderr);
  process.exit(cruised.status ?? 1);
}
const { modules } = JSON.parse(cruised.stdout) as { modules: { source: string; dependencies: { resolved: string }[] }[] };
const folderOf = (file: string) => /^features\/([^/]+)\//.exec(file)?.[1];

/** folder -> folder -> one import that makes the edge, for the message. */
const edges = new Map<string, Map<string, string>>();
for (const cruisedModule of modules) {
  const from = folderOf(cruisedModule.source);
  if (!from) continue;
  for (const dependency of cruisedModule.dependencies) {
    const to = folderOf(dependency.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${cruisedModule.source} -> ${dependency.resolved}`);
  }
}

/** A path of folders from `start` back to `target`, if there is one. */
function pathBack(start: string, target: string, seen = new Set<string>()): string[] | null {
  for (const next of edges.get(start)?.keys() ?? []) {
    if (next === target) return [start, next];
    if (seen.has(next)) continue;
    seen.add(next);
    const rest = pathBack(next, target, seen);
    if (rest) return [start, ...rest];
  }
  return null;
}

const cycles = new Set<string>();
for (const [from, targets] of edges) {
  for (const to of targets.keys()) {
    const back = pathBack(to, from);
    if (!back) continue;
    const cycle = [from, ...back];
    const key = [...cycle.slice(0, -1)].sort().join(" ");
    if (cycles.has(key)) continue;
    cycles.add(key);
    console.error(`feature folders in a cycle: ${cycle.join(" -> ")}`);
    for (let i = 0; i < cycle.length - 1; i += 1) console.error(`  ${edges.get(cycle[i]!)!.get(cycle[i + 1]!)}`);
  }
}
if (cycles.size > 0) process.exit(1);
console.log(`✔ no cycles between the ${new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets.keys()])]).size} feature folders`);
