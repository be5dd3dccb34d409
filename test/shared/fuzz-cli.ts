// `npm run fuzz -- N SEED`: the pipeline fuzz on any number of grids, a shrunk counterexample per kind of failure.
import { describeCase, fuzz } from "./pipeline-fuzz.js";

const n = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run fuzz -- N SEED   (N grids, integer seed)");
  process.exit(2);
}
const started = performance.now();
const { failing, examples } = fuzz(n, seed);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const total = [...failing.values()].reduce((s, x) => s + x, 0);
console.log(`${n} grids, seed ${seed}: ${total === 0 ? "0 failures" : `failures by kind: ${[...failing].map(([k, x]) => `${k} ${x}`).join(", ")}`} (${seconds} s)`);
for (const [kind, { example, detail }] of examples) {
  console.log(`\n── ${kind} (shrunk) ──\n${detail}\n${describeCase(example)}`);
}
process.exit(total === 0 ? 0 : 1);
