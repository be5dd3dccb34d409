// The whole core pipeline on host-like grids: analyse → score edits → undo snapshot → plan re-generation.
// Shared by the CI test (a few thousand grids) and `npm run fuzz -- N SEED` (any number, shrunk counterexamples).
import fc from "fast-check";
import { runPlan, runScore } from "../../shared/commands.js";
import { isDate } from "../../shared/dates.js";
import { planTable } from "../../shared/plan.js";
import { PLAN_COLUMNS } from "../../shared/plan-columns.js";
import { ReportSchema } from "../../shared/report-schema.js";
import type { SettingsInput } from "../../shared/settings.js";
import { decodeSnapshot, encodeSnapshot, undoEdits, type Snapshot } from "../../shared/snapshot.js";
import { columnIndex, columnLetter } from "../../shared/address.js";
import { isBlank, isCellError, isFormula } from "../../shared/text.js";
import { parsePoints, toPoints } from "../../shared/points.js";
import type { CellEdit, Report } from "../../shared/types.js";

export type Host = "excel" | "sheets" | "cli";

/** One generated case: what a host would hand the core, and what staff type into the plan afterwards. */
export interface FuzzCase {
  host: Host;
  values: unknown[][];
  formulas?: string[][];
  numberFormats?: string[][];
  origin: { row: number; col: number };
  settings: SettingsInput;
  /** cells staff type into the generated plan: the n-th criterion row, the n-th typed column */
  planTyping: { item: number; column: number; value: unknown }[];
}

export type FailureKind =
  | "throws"
  | "report-schema"
  | "unsafe-number"
  | "parent-not-sum"
  | "leaf-figure-edited"
  | "edit-outside-points"
  | "cell-edited-twice"
  | "undo-not-exact"
  | "undo-not-exact-after-json"
  | "plan-lost-typed-cell";

export interface Failure {
  kind: FailureKind;
  detail: string;
}

// ---------------------------------------------------------------------------------------------- generators

const figure = fc.integer({ min: 0, max: 20_000 }).map((m) => m / 1000);
const figureText = fc.integer({ min: 0, max: 20_000 }).map((m) => String(m / 1000).replace(".", ","));
const huge = fc.oneof(
  fc.constantFrom(9e12, -9e12, 1e23, -1e23, 9_007_199_254_740_993, 10_000.001, 45_413, -0.0004, 1e-9),
  fc.double({ min: -9e12, max: 9e12, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e23, max: 1e23, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -9_000_000_000_000, max: 9_000_000_000_000 }),
);
const hostileText = fc.oneof(
  fc.constantFrom("abc", "Tổng cộng", "Tổng", "=SUM(D1:D3)", "=1+1", "+84 912 345 678", "1.234,5", "12,5 điểm", "   ", "TRUE", "'5", "-", "1.1", "9000000000000", "1e23", "<b>x</b>", "@x"),
  fc.string({ maxLength: 6 }),
);
const errorValue = fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?");
const dateValue = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true });
/** midnight of a day (Excel and exceljs), or midnight in Việt Nam (Sheets: 17:00 UTC the day before) */
const dayValue = fc.tuple(fc.integer({ min: 0, max: 18_000 }), fc.boolean()).map(([d, vn]) => new Date(Date.UTC(1995, 0, 1) + d * 86_400_000 - (vn ? 7 * 3_600_000 : 0)));
const blank = fc.constantFrom(null, "");

/** What a points cell can hold in a real sheet, weighted towards figures so analysis has something to add. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: figure },
  { weight: 2, arbitrary: figureText },
  { weight: 2, arbitrary: huge },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: dateValue },
  { weight: 1, arbitrary: dayValue },
  { weight: 1, arbitrary: errorValue },
  { weight: 4, arbitrary: blank },
);

const codeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 })).map(([a, b, c]) => (b === 0 ? `${a}` : c === 0 ? `${a}.${b}` : `${a}.${b}.${c}`)) },
  { weight: 1, arbitrary: fc.constantFrom(1.1, 1.2, 2, 2.1, 1.1) },
  { weight: 1, arbitrary: fc.constantFrom("Tổng cộng", "I", "II", "1.", "01.2", "0") },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: hostileValue },
);
const nameValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Tiêu chí a", "Nội dung b", "Công tác chỉ đạo", "Lĩnh vực") },
  { weight: 1, arbitrary: fc.constantFrom("Tổng cộng", "Tổng số điểm", "Cộng (A+B):") },
  { weight: 1, arbitrary: hostileValue },
);

const LABELS = {
  max: ["Điểm tối đa", "Thang điểm"],
  achieved: ["Điểm tự chấm", "Điểm thẩm định", "Điểm đạt"],
  target: ["Mục tiêu"],
  delta: ["Tăng/giảm"],
  owner: ["Phòng phụ trách"],
  evidence: ["Tài liệu kiểm chứng"],
  note: ["Ghi chú"],
} as const;
type Optional = "achieved" | "achieved2" | "target" | "delta" | "owner" | "evidence" | "note";

const header = fc
  .tuple(
    fc.subarray<Optional>(["achieved", "achieved2", "target", "delta", "owner", "evidence", "note"]),
    fc.constantFrom(...LABELS.max),
    fc.constantFrom(...LABELS.achieved),
    fc.constantFrom(...LABELS.achieved),
    fc.boolean(),
  )
  .chain(([optional, max, achieved, achieved2, codeFirst]) => {
    const labels: string[] = [max];
    for (const o of optional) {
      if (o === "achieved") labels.push(achieved);
      else if (o === "achieved2") labels.push(achieved2);
      else labels.push(LABELS[o][0]);
    }
    return fc.shuffledSubarray(labels, { minLength: labels.length }).map((rest) => (codeFirst ? ["STT", "Tiêu chí", ...rest] : ["Tiêu chí", "STT", ...rest]));
  });

const letter = fc.integer({ min: 0, max: 11 }).map((c) => columnLetter(c));
const settings: fc.Arbitrary<SettingsInput> = fc.record({
  lang: fc.constantFrom("vi" as const, "en" as const),
  writeMode: fc.constantFrom("formulas" as const, "values" as const),
  convertTextFigures: fc.boolean(),
  columns: fc.oneof(
    { weight: 3, arbitrary: fc.constant({}) },
    { weight: 2, arbitrary: fc.record({ achieved: letter, target: letter, delta: letter, max: letter, code: letter }, { requiredKeys: [] }) },
  ),
});

const FORMULAS = ["=SUM(D5:D7)", "=E5-D5", "=1/0", "=D5", "=SUM(C3,C9)"];

/** A host-like grid: title rows, a header (so analysis runs), criteria and total rows, rows after the table. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    host: fc.constantFrom<Host>("excel", "sheets", "cli"),
    titles: fc.array(fc.array(fc.oneof(hostileText, blank), { maxLength: 3 }), { maxLength: 2 }),
    header,
    rows: fc.array(
      fc.record({
        // mostly a walk through a criteria tree (1, 1.1, 1.1.1, 1.2, 2…), sometimes anything
        code: fc.oneof({ weight: 12, arbitrary: fc.constantFrom<unknown>("child", "sibling", "sibling", "up") }, { weight: 3, arbitrary: codeValue }),
        name: nameValue,
        cells: fc.array(hostileValue, { minLength: 9, maxLength: 9 }),
        formulas: fc.array(fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...FORMULAS) }), { minLength: 9, maxLength: 9 }),
      }),
      { minLength: 2, maxLength: 40, size: "max" },
    ),
    total: fc.option(fc.record({ label: fc.constantFrom("Tổng cộng", "TỔNG CỘNG", "Tổng số điểm", "Tổng"), inCode: fc.boolean(), cells: fc.array(hostileValue, { minLength: 9, maxLength: 9 }) })),
    tail: fc.array(fc.array(fc.oneof(hostileText, dateValue, blank), { maxLength: 3 }), { maxLength: 2 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 3 }), col: fc.integer({ min: 0, max: 2 }) }),
    formats: fc.array(fc.constantFrom("General", "General", "0.00", "@", "dd/mm/yyyy", "#,##0.0##"), { minLength: 9, maxLength: 9 }),
    settings,
    planTyping: fc.array(fc.record({ item: fc.nat(40), column: fc.nat(20), value: fc.oneof(hostileValue, fc.string({ minLength: 1, maxLength: 5 })) }), { maxLength: 6 }),
  })
  .map((g) => {
    const width = g.header.length;
    const codeCol = g.header.indexOf("STT");
    const nameCol = g.header.indexOf("Tiêu chí");
    const values: unknown[][] = [...g.titles.map((r) => [...r]), g.header];
    const formulas: string[][] = values.map((r) => r.map(() => ""));
    const path: number[] = [];
    const step = (op: unknown): unknown => {
      if (op === "child" && path.length < 3) path.push(1);
      else if (op === "up" && path.length > 1) {
        path.pop();
        path[path.length - 1] = (path[path.length - 1] as number) + 1;
      } else if (op === "child" || op === "sibling" || op === "up") {
        if (path.length === 0) path.push(1);
        else path[path.length - 1] = (path[path.length - 1] as number) + 1;
      } else return op;
      return path.join(".");
    };
    for (const row of g.rows) {
      const code = step(row.code);
      const line: unknown[] = [];
      const fline: string[] = [];
      for (let c = 0; c < width; c++) {
        const v = c === codeCol ? code : c === nameCol ? row.name : row.cells[c];
        const f = c === codeCol || c === nameCol ? null : row.formulas[c];
        // a formula's value is its result: a number, or an error (text "=…" is no formula)
        line.push(f && typeof v === "string" && v.startsWith("=") ? 0 : v);
        fline.push(f ?? "");
      }
      values.push(line);
      formulas.push(fline);
    }
    if (g.total) {
      // a total row with figures and no code: the label in the name column, or across the code column
      const t = g.total;
      values.push(Array.from({ length: width }, (_, c) => (c === (t.inCode ? codeCol : nameCol) ? t.label : c === codeCol || c === nameCol ? "" : t.cells[c])));
      formulas.push(Array.from({ length: width }, () => ""));
    }
    for (const t of g.tail) {
      values.push([...t]);
      formulas.push(t.map(() => ""));
    }
    return toHost({ host: g.host, values, formulas, origin: g.origin, settings: g.settings, planTyping: g.planTyping }, g.formats);
  });

/** The grid as each host returns it: Office.js gives serial numbers under date formats, Sheets Dates with formats, exceljs Dates. */
function toHost(c: Omit<FuzzCase, "numberFormats">, columnFormats: readonly string[]): FuzzCase {
  const width = c.values.reduce((w, r) => Math.max(w, r.length), 0);
  const rect = <T>(g: unknown[][], blankValue: T) => g.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? blankValue : r[i])));
  if (c.host === "cli") {
    return { ...c, origin: { row: 0, col: 0 }, values: rect(c.values, null), formulas: rect(c.formulas ?? [], "") as string[][] };
  }
  const values = rect(c.values, "") as unknown[][];
  const numberFormats = values.map((r) => r.map((v, i) => (isDate(v) ? "dd/mm/yyyy" : typeof v === "number" ? (columnFormats[i] ?? "General") : "General")));
  if (c.host === "excel") {
    for (const line of values) line.forEach((v, i) => isDate(v) && (line[i] = (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000));
    return { ...c, values: values.map((r) => r.map((v) => (v === null ? "" : v))), formulas: rect(c.formulas ?? [], "") as string[][], numberFormats };
  }
  // Sheets: getDataRange starts at A1
  return { ...c, origin: { row: 0, col: 0 }, values: values.map((r) => r.map((v) => (v === null ? "" : v))), formulas: rect(c.formulas ?? [], "") as string[][], numberFormats };
}

// ---------------------------------------------------------------------------------------------- invariants

/**
 * Two cell values are the same to the user: same type, same value (a blank is a blank; `spaces`: a cell of spaces
 * is one too, as for a plan's typed cells, which the plan reads as blank).
 */
export function sameCell(a: unknown, b: unknown, spaces = false): boolean {
  const blankish = (v: unknown) => v === null || v === undefined || v === "" || (spaces && isBlank(v));
  if (blankish(a) || blankish(b)) return blankish(a) && blankish(b);
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return typeof a === typeof b && (a === b || (typeof a === "number" && Number.isNaN(a) && Number.isNaN(b as number)));
}

const show = (v: unknown) => (isDate(v) ? `Date(${v.toISOString()})` : JSON.stringify(v));

interface Model {
  value: unknown;
  formula?: string;
  format?: string;
}

function model(c: FuzzCase): Map<string, Model> {
  const m = new Map<string, Model>();
  c.values.forEach((line, r) =>
    line.forEach((v, col) => {
      const f = c.formulas?.[r]?.[col];
      const cell: Model = { value: v };
      if (isFormula(f, v)) cell.formula = f;
      const fmt = c.numberFormats?.[r]?.[col];
      if (fmt !== undefined) cell.format = fmt;
      m.set(`${r + c.origin.row},${col + c.origin.col}`, cell);
    }),
  );
  return m;
}

function apply(m: Map<string, Model>, edits: readonly CellEdit[]): void {
  for (const e of edits) {
    const key = `${e.row},${e.col}`;
    const was = m.get(key);
    const cell: Model = { value: e.value };
    if (e.formula) cell.formula = e.formula;
    const format = e.numberFormat ?? was?.format;
    if (format !== undefined) cell.format = format;
    m.set(key, cell);
  }
}

function compare(before: Map<string, Model>, after: Map<string, Model>, formats: boolean): string | null {
  const keys = new Set([...before.keys(), ...after.keys()]);
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    if (!sameCell(a?.value, b?.value)) return `cell ${k}: was ${show(a?.value)}, now ${show(b?.value)}`;
    if ((a?.formula ?? "") !== (b?.formula ?? "")) return `cell ${k}: formula was ${a?.formula ?? "none"}, now ${b?.formula ?? "none"}`;
    if (formats && a?.format !== b?.format && !(a === undefined && b !== undefined && sameCell(b.value, null))) {
      return `cell ${k}: number format was ${a?.format}, now ${b?.format}`;
    }
  }
  return null;
}

export function undoFailure(c: FuzzCase, edits: readonly CellEdit[], snapshot: Snapshot): string | null {
  const original = model(c);
  const sheet = model(c);
  apply(sheet, edits);
  const undo = undoEdits(snapshot.cells);
  apply(sheet, undo);
  for (const e of undo) {
    const was = original.get(`${e.row},${e.col}`)?.value;
    if (isCellError(was) !== (e.error === true)) return `cell ${e.cell}: ${show(was)} put back ${e.error ? "as an error" : "as text"}`;
  }
  return compare(original, sheet, c.numberFormats !== undefined);
}

/** Every number anywhere in the report is finite and a safe magnitude. */
function unsafeNumber(value: unknown, path: string): string | null {
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER / 1000 ? null : `${path} = ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = unsafeNumber(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const bad = unsafeNumber(v, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

const milli = (x: number | null) => (x === null ? null : Math.round(x * 1000));

export function parentFailure(report: Report): string | null {
  const children = new Map<string, Report["criteria"]>();
  for (const c of report.criteria) if (c.parent !== null) (children.get(c.parent) ?? children.set(c.parent, []).get(c.parent))?.push(c);
  const roles = ["max", "achieved", "target"] as const;
  for (const c of report.criteria) {
    const kids = children.get(c.code);
    if (c.leaf !== !kids) return `${c.code}: leaf is ${c.leaf} with ${kids?.length ?? 0} children`;
    if (!kids) continue;
    for (const role of roles) {
      if (c[role] === null) continue;
      const sum = kids.reduce((s, k) => s + (milli(k[role] ?? k.achieved) as number), 0);
      if (milli(c[role]) !== sum) return `${c.code}.${role} = ${c[role]}, its children add up to ${sum / 1000}`;
    }
  }
  const roots = report.criteria.filter((c) => c.parent === null);
  for (const role of roles) {
    if (report.totals[role] === null) continue;
    const sum = roots.reduce((s, k) => s + (milli(k[role] ?? k.achieved) as number), 0);
    if (milli(report.totals[role]) !== sum) return `totals.${role} = ${report.totals[role]}, the areas add up to ${sum / 1000}`;
  }
  return null;
}

/**
 * `before`: the cells as they were, to tell a figure typed as text made a number (the same figure, allowed) from a
 * figure changed.
 */
export function editFailures(report: Report, edits: readonly CellEdit[], totalRow: number | null, before?: Map<string, Model>): Failure[] {
  const out: Failure[] = [];
  const col = (role: keyof Report["columns"]) => (report.columns[role] ? columnIndex(report.columns[role] as string) : -1);
  const figures = [col("max"), col("achieved"), col("target")].filter((c) => c >= 0);
  const points = new Set([...figures, col("delta")].filter((c) => c >= 0));
  const leafCells = new Set<string>();
  const rows = new Set<number>();
  for (const c of report.criteria) {
    rows.add(c.row - 1);
    if (c.leaf) for (const f of figures) leafCells.add(`${c.row - 1},${f}`);
  }
  if (totalRow !== null) rows.add(totalRow);
  const seen = new Set<string>();
  for (const e of edits) {
    const key = `${e.row},${e.col}`;
    if (leafCells.has(key) && !sameFigure(before?.get(key), e)) out.push({ kind: "leaf-figure-edited", detail: `${e.cell} (a leaf's own figure) ← ${e.formula ?? show(e.value)}` });
    if (!rows.has(e.row) || !points.has(e.col)) out.push({ kind: "edit-outside-points", detail: `${e.cell} ← ${e.formula ?? show(e.value)}` });
    if (seen.has(key)) out.push({ kind: "cell-edited-twice", detail: e.cell });
    seen.add(key);
  }
  return out;
}

/** A figure typed as text ("0,5") written back as that very number, nothing else changed. */
function sameFigure(was: Model | undefined, e: CellEdit): boolean {
  if (!was || typeof was.value !== "string" || was.formula || e.formula || typeof e.value !== "number") return false;
  const p = parsePoints(was.value);
  return p.kind === "number" && !p.excess && toPoints(p.milli) === e.value;
}

function planFailure(c: FuzzCase): string | null {
  const sheet = { name: "Bảng điểm", values: c.values, ...(c.formulas ? { formulas: c.formulas } : {}), ...(c.numberFormats ? { numberFormats: c.numberFormats } : {}), origin: c.origin };
  const made = runPlan(sheet, c.settings);
  const lang = made.analysis.settings.lang;
  // a sheet nobody has scored gets no plan from the command; the plan table itself must still keep what is typed
  const first = { analysis: made.analysis, table: made.notScored ? planTable(made.analysis, lang) : made.table };
  const typedCols = PLAN_COLUMNS.map((p, i) => (p.kind === "typed" ? i : -1)).filter((i) => i >= 0);
  const codeCol = PLAN_COLUMNS.findIndex((p) => p.key === "code");
  const items = first.table.kinds.map((k, i) => (k === "item" ? i : -1)).filter((i) => i >= 0);
  if (!items.length) return null;
  const typed = first.table.grid.map((r) => [...r]);
  const wrote = new Map<string, { code: unknown; col: number; value: unknown }>();
  for (const t of c.planTyping) {
    const row = items[t.item % items.length] as number;
    const col = typedCols[t.column % typedCols.length] as number;
    (typed[row] as unknown[])[col] = t.value;
    wrote.set(`${row},${col}`, { code: typed[row]?.[codeCol], col, value: t.value });
  }
  const again = planTable(first.analysis, lang, { values: typed });
  for (const w of wrote.values()) {
    const at = again.grid.findIndex((r, i) => (again.kinds[i] === "item" || again.kinds[i] === "resolved") && r[codeCol] === w.code);
    const now = again.grid[at]?.[w.col];
    if (!sameCell(now, w.value, true)) return `criterion ${String(w.code)}, column ${PLAN_COLUMNS[w.col]?.key}: typed ${show(w.value)}, now ${show(now)}`;
  }
  return null;
}

/** Every promise the pipeline makes, checked on one case. */
export function check(c: FuzzCase): Failure[] {
  try {
    const sheet = { name: "Bảng điểm", values: c.values, ...(c.formulas ? { formulas: c.formulas } : {}), ...(c.numberFormats ? { numberFormats: c.numberFormats } : {}), origin: c.origin };
    const result = runScore(sheet, c.settings, {}, "2026-01-01T00:00:00.000Z");
    const out: Failure[] = [];
    const json = JSON.parse(JSON.stringify(result.report)) as unknown;
    const parsed = ReportSchema.safeParse(json);
    if (!parsed.success) out.push({ kind: "report-schema", detail: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
    const unsafe = unsafeNumber(result.report, "report");
    if (unsafe) out.push({ kind: "unsafe-number", detail: unsafe });
    const parents = parentFailure(result.report);
    if (parents) out.push({ kind: "parent-not-sum", detail: parents });
    const total = result.analysis.total ? result.analysis.total.row + c.origin.row : null;
    // the edits were planned on this analysis (the report describes the sheet after them)
    const planned = result.analysis.report;
    if (!ReportSchema.safeParse(JSON.parse(JSON.stringify(planned))).success) out.push({ kind: "report-schema", detail: "the analysis before the write" });
    const unsafeBefore = unsafeNumber(planned, "analysis.report");
    if (unsafeBefore) out.push({ kind: "unsafe-number", detail: unsafeBefore });
    const parentsBefore = parentFailure(planned);
    if (parentsBefore) out.push({ kind: "parent-not-sum", detail: `before the write: ${parentsBefore}` });
    out.push(...editFailures(planned, result.edits, total, model(c)));
    const undo = undoFailure(c, result.edits, result.snapshot);
    if (undo) out.push({ kind: "undo-not-exact", detail: undo });
    const stored = decodeSnapshot(encodeSnapshot(result.snapshot));
    const undoJson = stored ? undoFailure(c, result.edits, stored) : "the stored snapshot does not decode";
    if (undoJson) out.push({ kind: "undo-not-exact-after-json", detail: undoJson });
    const plan = planFailure(c);
    if (plan) out.push({ kind: "plan-lost-typed-cell", detail: plan });
    return out;
  } catch (e) {
    return [{ kind: "throws", detail: e instanceof Error ? (e.stack ?? e.message) : String(e) }];
  }
}

/** A case printed so a person can paste it into a test: Dates as `new Date(…)`. */
export function describeCase(c: FuzzCase): string {
  const v = (x: unknown): string => (isDate(x) ? `new Date("${x.toISOString()}")` : x === undefined ? "undefined" : Object.is(x, -0) ? "-0" : JSON.stringify(x));
  const grid = (g: readonly (readonly unknown[])[]) => `[\n${g.map((r) => `    [${r.map(v).join(", ")}],`).join("\n")}\n  ]`;
  return [
    `host: ${c.host}, origin: ${JSON.stringify(c.origin)}, settings: ${JSON.stringify(c.settings)}`,
    `values: ${grid(c.values)}`,
    c.formulas?.some((r) => r.some(Boolean)) ? `formulas: ${grid(c.formulas)}` : "",
    c.numberFormats?.some((r) => r.some((f) => f !== "General")) ? `numberFormats: ${grid(c.numberFormats)}` : "",
    c.planTyping.length ? `planTyping: ${c.planTyping.map((t) => `{item: ${t.item}, column: ${t.column}, value: ${v(t.value)}}`).join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Runs `n` cases from `seed`: failures counted per kind, and for each kind its shrunk counterexample. */
export function fuzz(n: number, seed: number, shrink = true): { runs: number; failing: Map<FailureKind, number>; examples: Map<FailureKind, { example: FuzzCase; detail: string }> } {
  const failing = new Map<FailureKind, number>();
  fc.check(
    fc.property(fuzzCase, (c) => {
      for (const kind of new Set(check(c).map((f) => f.kind))) failing.set(kind, (failing.get(kind) ?? 0) + 1);
      return true;
    }),
    { numRuns: n, seed },
  );
  const examples = new Map<FailureKind, { example: FuzzCase; detail: string }>();
  if (shrink) {
    for (const kind of failing.keys()) {
      const out = fc.check(
        fc.property(fuzzCase, (c) => !check(c).some((f) => f.kind === kind)),
        { numRuns: n, seed },
      );
      const example = out.counterexample?.[0];
      if (example) examples.set(kind, { example, detail: check(example).find((f) => f.kind === kind)?.detail ?? "" });
    }
  }
  return { runs: n, failing, examples };
}
