import { benchEngines } from "./engines";
import { benchGeneration } from "./generation";
import { benchLoad } from "./load";
import { benchOptimizer } from "./optimizer";
import { benchReviewThroughput } from "./review-throughput";

/** `npm run bench`: every benchmark, each printing ratios measured within this one run. */
console.log(`Kioku benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
benchGeneration();
await benchOptimizer();
await benchReviewThroughput();
await benchLoad();
await benchEngines();
