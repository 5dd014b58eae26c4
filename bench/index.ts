import { benchGeneration } from "./generation";

/** `npm run bench`: every benchmark, each printing ratios measured within this one run. */
console.log(`Kioku benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
benchGeneration();
