// `npm run bench`: the single-sheet pipeline (analyse + write-back + plan) and the whole-column functions
// on generated sheets of 1 000 … 300 000 rows, against floors: one pass that reads every cell once and parses
// its number, and (for the column functions) returning a column. Times are medians of several runs after a
// warm-up; cost per row shows whether work grows linearly with the sheet. The checks at the end are the targets of
// issues 9 and 13; a miss sets exit code 1. Lines without a target show where the filled pipeline's time goes and
// what the commands cost as the buttons run them (docs/speed.md reads them).
import { analyzeSheet, distrust, parsePoints, planTable, runParFunction, runPlan, runScore, scoreEdits } from "../shared/index.js";
import { column, generateSheet, SHEET_FILLS, type SheetFill } from "./sheet.js";

const SIZES = [1_000, 10_000, 100_000, 300_000] as const;
/** sizes at which an unfilled sheet must cost within 1,5× the filled one */
const SAME_COST_SIZES = [1_000, 10_000, 100_000];
const MAX_GROWTH = 1.2;
const MAX_UNFILLED = 1.5;
const MAX_FLOOR = 3;

const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** CPU ms this process has used (all its threads: garbage collection helpers count as cost). */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Median CPU ms of one call of `fn`. CPU time, not wall time: on a machine shared with other work the wall clock
 * measures the neighbours. Small sheets are run many times per sample so that each sample is ~100 000 rows of work
 * (the CPU clock ticks in milliseconds). The heap is swept once before a warm-up sample, not before each run:
 * garbage a run leaves is part of its cost.
 */
function time(fn: () => unknown, rows: number): number {
  const reps = Math.max(1, Math.round(100_000 / rows));
  const runs = 5;
  const sample = () => {
    const start = cpu();
    for (let i = 0; i < reps; i++) fn();
    return (cpu() - start) / reps;
  };
  gc?.();
  sample();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) t.push(sample());
  return median(t);
}

/** The least any scorer must do: touch every cell once and read its number. */
function floor(grid: unknown[][]): number {
  let sum = 0;
  for (const row of grid) {
    for (const cell of row) {
      const p = parsePoints(cell);
      if (p.kind === "number") sum += p.milli;
      else sum++;
    }
  }
  return sum;
}

/**
 * The least a whole-column function must return: one row array per cell (the n × 1 shape both hosts require).
 * Shown beside PAR_ROLLUP and PAR_CHECK: at 300 000 rows these arrays outlive the young generation, so their
 * cost per row grows with the column although no work per row does.
 */
function returnColumn(col: readonly unknown[][]): number {
  return col.map((row) => [row[0]]).length;
}

/** What "Tính điểm" then "Lập kế hoạch" compute for one sheet (no plan of a sheet nobody has scored: runPlan). */
function pipeline(grid: unknown[][]): number {
  const analysis = analyzeSheet(grid, { sheet: "Bench" });
  const edits = scoreEdits(analysis);
  const plan = distrust(analysis.report) === "notScored" ? null : planTable(analysis, "vi");
  return edits.length + (plan?.grid.length ?? 0) + analysis.report.diagnostics.length;
}

function rollupColumn(codes: unknown[][], points: unknown[][]): number {
  const r = runParFunction("PAR_ROLLUP", [codes, points]);
  if (!r.ok) throw new Error(r.message);
  return (r.value as unknown[]).length;
}

function checkColumns(codes: unknown[][], max: unknown[][], achieved: unknown[][], target: unknown[][]): number {
  const r = runParFunction("PAR_CHECK", [codes, max, achieved, target]);
  if (!r.ok) throw new Error(r.message);
  return (r.value as unknown[]).length;
}

type Floor = "floor" | "column";
/** shown for what they tell, no target: the pipeline's parts, and the commands as the buttons run them */
type Info = "analyse" | "writeBack" | "plan" | "runScore" | "runPlan";
type Line = SheetFill | "PAR_ROLLUP" | "PAR_CHECK" | Floor | Info;
const FLOORS: readonly Line[] = ["floor", "column"];
const INFO: readonly Line[] = ["analyse", "writeBack", "plan", "runScore", "runPlan"];
const LINES: readonly Line[] = [...SHEET_FILLS, "PAR_ROLLUP", "PAR_CHECK", ...FLOORS, ...INFO];
const LABEL: Record<Line, string> = {
  filled: "pipeline, filled sheet",
  template: "pipeline, achieved blank",
  blank: "pipeline, every figure blank",
  text: "pipeline, every figure text",
  error: "pipeline, every figure #N/A",
  PAR_ROLLUP: "PAR_ROLLUP, whole column",
  PAR_CHECK: "PAR_CHECK, whole columns",
  floor: "floor: parse every cell",
  column: "floor: return a column",
  analyse: "filled: analyse (part)",
  writeBack: "filled: write-back (part)",
  plan: "filled: plan (part)",
  runScore: "Tính điểm (runScore), filled",
  runPlan: "Lập kế hoạch (runPlan), filled",
};
/** ms per line and size */
const ms = new Map<Line, Map<number, number>>(LINES.map((l) => [l, new Map()]));

// `node --expose-gc dist/bench/bench.mjs text PAR_CHECK` measures only those lines (filled and the two floors always).
const only = process.argv.slice(2);
const wanted = (line: Line) => FLOORS.includes(line) || line === "filled" || !only.length || only.includes(line);
const sheetInput = (grid: unknown[][]) => ({ name: "Bench", values: grid });
const shown = LINES.filter(wanted);
const fills = SHEET_FILLS.filter(wanted);

// Warm the JIT on a mid-size sheet of each kind, so the first size measured is not paying for compilation.
for (const fill of fills) {
  const g = generateSheet(10_000, fill);
  for (let i = 0; i < 5; i++) pipeline(g);
}

const started = performance.now();
const record = (line: Line, rows: number, fn: () => unknown) => {
  if (wanted(line)) (ms.get(line) as Map<number, number>).set(rows, time(fn, rows));
};
for (const rows of SIZES) {
  for (const fill of fills) {
    const grid = generateSheet(rows, fill);
    record(fill, rows, () => pipeline(grid));
    if (fill !== "filled") continue;
    record("floor", rows, () => floor(grid));
    const [codes, max, achieved, target] = [0, 2, 3, 4].map((c) => column(grid, c)) as [unknown[][], unknown[][], unknown[][], unknown[][]];
    record("PAR_ROLLUP", rows, () => rollupColumn(codes, achieved));
    record("PAR_CHECK", rows, () => checkColumns(codes, max, achieved, target));
    record("column", rows, () => returnColumn(achieved));
    // where the pipeline's time goes, and what Tính điểm and Lập kế hoạch cost as a button runs them (Tính điểm reads
    // the sheet again after turning text figures into numbers, and once more as it will be after the write)
    record("analyse", rows, () => analyzeSheet(grid, { sheet: "Bench" }).nodes.length);
    if (wanted("writeBack") || wanted("plan")) {
      const analysis = analyzeSheet(grid, { sheet: "Bench" });
      record("writeBack", rows, () => scoreEdits(analysis).length);
      record("plan", rows, () => planTable(analysis, "vi").grid.length);
    }
    record("runScore", rows, () => runScore(sheetInput(grid)).edits.length);
    record("runPlan", rows, () => (runPlan(sheetInput(grid)).notScored ? 0 : 1));
  }
}

const at = (line: Line, rows: number) => (ms.get(line) as Map<number, number>).get(rows) as number;
const perRow = (line: Line, rows: number) => (at(line, rows) * 1000) / rows;
const num = (x: number, d = 2) => x.toFixed(d);
const out: string[] = [];
out.push(`CPU µs per row (median)${" ".repeat(9)}${SIZES.map((n) => n.toLocaleString("en").padStart(9)).join("")}   300k/10k`);
for (const line of shown) {
  const growth = perRow(line, 300_000) / perRow(line, 10_000);
  out.push(`${LABEL[line].padEnd(32)}${SIZES.map((n) => num(perRow(line, n)).padStart(9)).join("")}   ×${num(growth)}`);
}
out.push("");
out.push(`pipeline, filled: ${SIZES.map((n) => `${n.toLocaleString("en")} rows ${num(at("filled", n), 1)} ms`).join(" · ")}`);
out.push("");

let failed = 0;
const check = (ok: boolean, text: string) => {
  if (!ok) failed++;
  out.push(`${ok ? "✓" : "✗"} ${text}`);
};
for (const line of shown) {
  if (FLOORS.includes(line) || INFO.includes(line)) continue;
  const g = perRow(line, 300_000) / perRow(line, 10_000);
  check(g <= MAX_GROWTH, `${LABEL[line]}: cost per row 10 000 → 300 000 rows ×${num(g)} (≤ ${MAX_GROWTH})`);
}
// an achieved column left blank is not in this check: a sheet nobody has scored gets one finding and no plan, a
// different job from the filled sheet's (shown in the table above)
for (const fill of fills) {
  if (fill === "filled" || fill === "template") continue;
  const ratios = SAME_COST_SIZES.map((n) => at(fill, n) / at("filled", n));
  check(Math.max(...ratios) <= MAX_UNFILLED, `${LABEL[fill]} ÷ filled: ${ratios.map((r) => `×${num(r)}`).join(" / ")} at ${SAME_COST_SIZES.map((n) => n.toLocaleString("en")).join(" / ")} rows (≤ ${MAX_UNFILLED})`);
}
const floorRatios = SIZES.map((n) => at("filled", n) / at("floor", n));
check(Math.max(...floorRatios) <= MAX_FLOOR, `pipeline ÷ floor: ${floorRatios.map((r) => `×${num(r)}`).join(" / ")} at ${SIZES.map((n) => n.toLocaleString("en")).join(" / ")} rows (≤ ${MAX_FLOOR})`);
out.push("");
out.push(`measured in ${num((performance.now() - started) / 1000, 0)} s (wall clock)${gc ? "" : "; run with --expose-gc for steadier figures"}`);
console.log(out.join("\n"));
if (failed) process.exitCode = 1;
