// `npm run bench`: parse + validate + rollup + plan on generated sheets of 1 000, 10 000 and 100 000 rows,
// against a floor (one pass that reads every cell and parses its number). Times are medians of several runs
// after a JIT warm-up; the cost per row shows whether the work grows linearly with the sheet.
import { analyzeSheet, parsePoints, planTable, scoreEdits, cellText } from "../shared/index.js";
import { generateSheet } from "./sheet.js";

const SIZES = [1_000, 10_000, 100_000];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up: let the JIT settle before timing
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return median(t);
}

/** The least any scorer must do: touch every cell once and read its number. */
function floor(grid: unknown[][]): number {
  let sum = 0;
  for (const row of grid) {
    for (const cell of row) {
      const p = parsePoints(cell);
      if (p.kind === "number") sum += p.milli;
      else if (p.kind === "text") sum += cellText(p.text).length;
    }
  }
  return sum;
}

function full(grid: unknown[][]): number {
  const analysis = analyzeSheet(grid, { sheet: "Bench" });
  const edits = scoreEdits(analysis);
  const plan = planTable(analysis, "vi");
  return edits.length + plan.grid.length + analysis.report.diagnostics.length;
}

// Warm the JIT once on a mid-size sheet, so the first size measured is not paying for compilation.
const warm = generateSheet(10_000);
for (let i = 0; i < 10; i++) {
  full(warm);
  floor(warm);
}

const lines: string[] = [];
const results: { rows: number; full: number; floor: number }[] = [];
for (const rows of SIZES) {
  const grid = generateSheet(rows);
  const runs = rows >= 100_000 ? 7 : 21;
  const f = time(() => floor(grid), runs);
  const t = time(() => full(grid), runs);
  results.push({ rows, full: t, floor: f });
}
lines.push("rows      parse+validate+rollup+plan   floor      ratio   µs/row");
for (const r of results) {
  lines.push(
    `${String(r.rows).padEnd(9)} ${r.full.toFixed(1).padStart(10)} ms ${"".padEnd(16)}${r.floor.toFixed(1).padStart(7)} ms ${(r.full / r.floor).toFixed(2).padStart(7)} ${((r.full * 1000) / r.rows).toFixed(2).padStart(8)}`,
  );
}
const first = results[0] as (typeof results)[number];
const last = results[results.length - 1] as (typeof results)[number];
const growth = last.full / last.rows / (first.full / first.rows);
lines.push("");
lines.push(`cost per row, 100 000 vs 1 000 rows: ×${growth.toFixed(2)} (1.00 = perfectly linear)`);
lines.push(`100 000 rows: ${last.full.toFixed(0)} ms (target < 1000 ms), ratio to floor ${(last.full / last.floor).toFixed(2)} (target ≤ 3)`);
console.log(lines.join("\n"));
