import { benchDeadline } from "./deadline";
import { benchClassView } from "./class-view";
import { benchEngines } from "./engines";
import { benchGeneration } from "./generation";
import { benchLoad } from "./load";
import { benchOptimizer } from "./optimizer";
import { benchReviewThroughput } from "./review-throughput";

const BENCHMARKS: Record<string, () => unknown> = {
  generation: benchGeneration,
  optimizer: benchOptimizer,
  review: benchReviewThroughput,
  load: benchLoad,
  engines: benchEngines,
  deadline: benchDeadline,
  "class-view": benchClassView,
};

/**
 * `npm run bench`: every benchmark, each printing ratios measured within this one run.
 * `npm run bench -- review load` runs only the named ones.
 */
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; choose from: ${Object.keys(BENCHMARKS).join(", ")}.`);
  process.exit(2);
}
console.log(`Kioku benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const [name, bench] of Object.entries(BENCHMARKS)) {
  if (wanted.length === 0 || wanted.includes(name)) await bench();
}
