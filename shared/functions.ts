// The PAR_* spreadsheet functions, declared once as data; the Excel and Google Sheets shells wrap this table.
// Each takes single cells or ranges and answers one value, or a column shaped like its first range
// (one call per column, not per cell: every custom-function call is a host round trip).
import { analyzeSheet } from "./analyze.js";
import { levelOf, parentOf, parsePath, risingAncestors } from "./codes.js";
import { readMark, RowMarks } from "./numbering.js";
import type { Term } from "./glossary.js";
import { gradeOf, type Threshold } from "./grade.js";
import { indexOf, parsePoints, toPoints } from "./points.js";
import { DEFAULT_THRESHOLDS } from "./grade.js";
import { publishedHundredths, rankOf } from "./rank.js";
import { cellText, isBlank } from "./text.js";
import { parseDeadline, readDay, serialOf, today, type Day } from "./deadline.js";
import { isOverdue, parseStatus } from "./progress.js";
import type { Lang, Milli } from "./types.js";

export type FnValue = number | string | boolean;
export type FnResult = FnValue | FnValue[][];
export type FnOutcome = { ok: true; value: FnResult } | { ok: false; kind: "value" | "na"; message: string };

export interface ParamSpec {
  name: string;
  description: Term;
  optional?: boolean;
}

export interface ParFunction {
  name: string;
  description: Term;
  params: readonly ParamSpec[];
  /** args as the host hands them: a scalar for one cell, a 2-D array for a range; missing optionals undefined */
  run(args: readonly unknown[], lang: Lang): FnOutcome;
}

class BadInput {
  constructor(
    readonly kind: "value" | "na",
    readonly message: string,
  ) {}
}

type Matrix = unknown[][];

function asMatrix(arg: unknown): Matrix {
  if (Array.isArray(arg)) return arg.length && Array.isArray(arg[0]) ? (arg as Matrix) : [arg as unknown[]];
  return [[arg]];
}

/** The cells of an argument, row by row (Array.prototype.flat is slow on a 300 000-row column). */
function cellsOf(arg: unknown): unknown[] {
  const m = asMatrix(arg);
  const width = m[0]?.length ?? 0;
  // sized once from the first row (a list grown cell by cell is copied again and again: a whole column is 300 000
  // cells), and every row read once: a second pass over 300 000 row arrays misses the cache again
  const out = new Array<unknown>(m.length * width);
  let k = 0;
  for (let r = 0; r < m.length; r++) {
    const row = m[r] as unknown[];
    if (row.length !== width) return ragged(m);
    for (let c = 0; c < width; c++) out[k++] = row[c];
  }
  return out;
}

/** The cells of rows of differing lengths (no host passes one, a caller might). */
function ragged(m: Matrix): unknown[] {
  const out: unknown[] = [];
  for (const row of m) for (const v of row) out.push(v);
  return out;
}

const isRange = (arg: unknown) => Array.isArray(arg) && (arg.length > 1 || (Array.isArray(arg[0]) && (arg[0] as unknown[]).length > 1));

/** One value for single cells, else a grid shaped like the first argument. */
function shaped(first: unknown, cells: FnValue[]): FnResult {
  return shapedBy(first, cells.length, (i) => cells[i] as FnValue);
}

/** Distinct values whose one-cell row arrays a column's rows share. */
const SHARED_ROWS = 4096;

/**
 * The same, each cell made as its row is: a column's rows are one-cell arrays built straight from the value (no
 * boxed number in a list first), 300 000 of them for a whole column.
 */
function shapedBy(first: unknown, n: number, cell: (i: number) => FnValue): FnResult {
  if (!isRange(first) && n === 1) return cell(0);
  const m = asMatrix(first);
  const width = m[0]?.length ?? 1;
  const out = new Array<FnValue[]>(Math.ceil(n / width));
  if (width === 1) {
    // rows holding the same value are one array: a whole column of 300 000 points has a few hundred distinct
    // figures, and 300 000 fresh arrays outlive the young generation (the hosts only read the rows); the map
    // stops growing at SHARED_ROWS values, so a column of distinct values is not slowed by it
    const rows = new Map<FnValue, FnValue[]>();
    for (let i = 0; i < n; i++) {
      const v = cell(i);
      let row = rows.get(v);
      if (row === undefined) {
        row = [v];
        if (rows.size < SHARED_ROWS) rows.set(v, row);
      }
      out[i] = row;
    }
  } else {
    for (let r = 0; r * width < n; r++) {
      const row: FnValue[] = [];
      for (let i = r * width; i < Math.min(n, (r + 1) * width); i++) row.push(cell(i));
      out[r] = row;
    }
  }
  return out;
}

/** Parameter names as a message says them (the formula's own names are English identifiers). */
const PARAM_VI: Record<string, string> = {
  target: "mục tiêu",
  achieved: "điểm đạt",
  max: "điểm tối đa",
  points: "cột điểm",
  index: "chỉ số",
  codes: "cột mã",
  thresholds: "bảng ngưỡng",
  text: "thời gian",
  year: "năm",
  due: "hạn",
  status: "tình trạng",
  as_of: "ngày tính",
  value: "giá trị",
  values: "các giá trị",
  self: "điểm tự chấm",
  round1: "điểm thẩm định lần 1",
  round2: "điểm thẩm định lần 2",
  bonus: "điểm thưởng",
  penalty: "điểm trừ",
};
const vi = (p: string) => PARAM_VI[p] ?? p;

const TEXT = {
  notNumber: {
    vi: (p: string, i: number, v: string) => `${vi(p)}, ô thứ ${i + 1}: “${v}” không phải là số`,
    en: (p: string, i: number, v: string) => `${p}, cell ${i + 1}: “${v}” is not a number`,
  },
  sizes: {
    vi: (a: string, b: string) => `${vi(a)} và ${vi(b)} phải có cùng số ô`,
    en: (a: string, b: string) => `${a} and ${b} must have the same number of cells`,
  },
  badCode: { vi: (i: number, v: string) => `ô thứ ${i + 1}: mã “${v}” không đọc được`, en: (i: number, v: string) => `cell ${i + 1}: code “${v}” cannot be read` },
  noCodes: {
    vi: (i: number, v: string) => `không ô nào là mã tiêu chí (ô thứ ${i + 1}: “${v}”)`,
    en: (i: number, v: string) => `no cell is a criterion code (cell ${i + 1}: “${v}”)`,
  },
  noCode: { vi: (c: string) => `không có mã ${c} trong cột mã`, en: (c: string) => `code ${c} is not in the codes` },
  badDeadline: {
    vi: (i: number, v: string) => `ô thứ ${i + 1}: “${v}” không đọc được thành một hạn (ví dụ Quý II/2026, Tháng 6/2026, 30/6/2026)`,
    en: (i: number, v: string) => `cell ${i + 1}: “${v}” cannot be read as a due date (e.g. Quý II/2026, Tháng 6/2026, 30/6/2026)`,
  },
  badDay: {
    vi: (p: string, v: string) => `${vi(p)}: “${v}” không phải là ngày`,
    en: (p: string, v: string) => `${p}: “${v}” is not a date`,
  },
  notAmong: {
    vi: (v: string) => `chỉ số ${v} không có trong các giá trị được xếp hạng`,
    en: (v: string) => `index ${v} is not among the values ranked`,
  },
};

/**
 * Due dates of a cell or a column, as date serial numbers (format the cells as dates). A whole column may hold
 * its header and notes: cells that name no date are blank; only a range with nothing readable is refused.
 */
function dueDates(arg: unknown, yearArg: unknown, lang: Lang): FnValue[] {
  const year = isBlank(asMatrix(yearArg ?? null)[0]?.[0]) ? undefined : (exactNumber(asMatrix(yearArg)[0]?.[0]) ?? undefined);
  const cells = cellsOf(arg);
  let unreadable: { i: number; text: string } | null = null;
  let readable = false;
  const out = cells.map((v, i) => {
    const d = parseDeadline(v, year);
    if (d.kind === "due") {
      readable = true;
      return serialOf(d.due);
    }
    if (d.kind === "unreadable") unreadable ??= { i, text: d.text };
    else readable = true;
    return "";
  });
  if (unreadable && (!readable || cells.length === 1)) {
    const u = unreadable as { i: number; text: string };
    throw new BadInput("value", TEXT.badDeadline[lang](u.i, u.text));
  }
  return out;
}

function asOfDay(arg: unknown, lang: Lang): Day {
  const v = asMatrix(arg ?? null)[0]?.[0];
  if (isBlank(v)) return today();
  const d = readDay(v);
  if (!d) throw new BadInput("value", TEXT.badDay[lang]("as_of", cellText(v)));
  return d;
}

function points(arg: unknown, param: string, lang: Lang): (Milli | null)[] {
  return cellsOf(arg)
    .map((v, i) => pointsAt(v, param, i, lang));
}

/** The i-th cell of a points range (i names it in the message). */
function pointsAt(v: unknown, param: string, i: number, lang: Lang): Milli | null {
  const p = parsePoints(v);
  if (p.kind === "blank") return null;
  if (p.kind === "number") return p.milli;
  throw new BadInput("value", TEXT.notNumber[lang](param, i, p.text));
}

/**
 * A number exactly as given: a JS number, or text in any form parsePoints reads ("89,9999", "1.234,5"),
 * without its rounding to the thousandth. null for blank or anything that is not a number.
 * Float noise of a sheet's own arithmetic (0,963/1,07×100 = 89.99999999999999) is cut at the 15 significant
 * digits Excel and Sheets show, so a computed index reads as the figure the user sees.
 */
export function exactNumber(value: unknown): number | null {
  const p = parsePoints(value);
  if (p.kind !== "number") return null;
  if (typeof value === "number") return Number(value.toPrecision(15));
  const s = (value as string).replace(/[\s\u00a0\u202f']/g, "");
  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  // both separators: the last one is the decimal point ("1.234,5", "1,234.5"); one separator used once is
  // the decimal point ("89,99", "0.25"); one used several times separates thousands ("1.234.567")
  let decimal = "";
  if (dots > 0 && commas > 0) decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
  else if (dots + commas === 1) decimal = dots ? "." : ",";
  let plain = "";
  for (const ch of s) plain += ch === decimal ? "." : ch === "." || ch === "," ? "" : ch;
  const n = Number(plain);
  return Number.isFinite(n) ? n + 0 : toPoints(p.milli);
}

function pairwise(a: unknown, b: unknown, names: [string, string], lang: Lang, op: (x: Milli, y: Milli) => FnValue): FnResult {
  const xs = points(a, names[0], lang);
  const ys = points(b, names[1], lang);
  if (ys.length !== 1 && ys.length !== xs.length) throw new BadInput("value", TEXT.sizes[lang](names[0], names[1]));
  return shaped(
    a,
    xs.map((x, i) => {
      const y = ys.length === 1 ? ys[0] : ys[i];
      return x === null || y === null || y === undefined ? "" : op(x, y);
    }),
  );
}

/**
 * Codes of a column, with 1.1-after-1.9 read as 1.10 exactly as the sheet analysis does. Staff pass whole
 * columns, so a cell that is not a code (the header, "Tổng cộng", a section label "II", a note) is null, as
 * blank cells are; only a range holding no code at all is refused, naming its first unreadable cell.
 */
function codes(arg: unknown, lang: Lang, points?: readonly unknown[]): (string | null)[] {
  const cells = cellsOf(arg);
  const out: (string | null)[] = new Array<string | null>(cells.length).fill(null);
  const marked = new RowMarks(cells.length);
  let unreadable: { i: number; raw: string } | null = null;
  for (let i = 0; i < cells.length; i++) {
    const m = readMark(cells[i]);
    if (m.kind === "code" || m.kind === "roman" || m.kind === "section" || m.kind === "item") {
      // a), b) in a column of codes are parts of the criterion above; a Roman area with figures is an area
      marked.add(i, m, points !== undefined && !isBlank(points[i]), true);
    } else if (m.kind === "date" || m.kind === "invalid") unreadable ??= { i, raw: m.raw };
  }
  // the same paths as the sheet analysis: "II.3" for criterion 3 of area II, 1.1 after 1.9 read as 1.10
  marked.place((i, p) => {
    if (p.kind === "node") out[i] = p.path;
  });
  if (!out.some((c) => c !== null) && unreadable) throw new BadInput("value", TEXT.noCodes[lang](unreadable.i, unreadable.raw));
  return out;
}

/** The first row of each code (a later duplicate counts for nothing, as in the sheet analysis). */
function firstRows(cs: readonly (string | null)[]): Map<string, number> {
  const first = new Map<string, number>();
  cs.forEach((code, i) => {
    if (code !== null && !first.has(code)) first.set(code, i);
  });
  return first;
}

/** Each first row's nearest ancestor present, by looking its codes up (-1: none). */
function ancestorRows(cs: readonly (string | null)[], first: Map<string, number>): Int32Array {
  const up = new Int32Array(cs.length).fill(-1);
  for (const [code, i] of first) {
    for (let a = parentOf(code); a !== null; a = parentOf(a)) {
      const j = first.get(a);
      if (j !== undefined) {
        up[i] = j;
        break;
      }
    }
  }
  return up;
}

/** PAR_ROLLUP's single code argument. */
function oneCode(v: unknown, lang: Lang): string {
  const c = parsePath(v);
  if (c.kind !== "code") throw new BadInput("value", TEXT.badCode[lang](0, cellText(v)));
  return c.code;
}

// calls build plain data (marked for esbuild): a bundle that never uses the function table, the task pane, leaves it out
/* @__NO_SIDE_EFFECTS__ */ const p = (name: string, vi: string, en: string, optional = false): ParamSpec => ({ name, description: { vi, en }, ...(optional ? { optional } : {}) });

function thresholdsFrom(arg: unknown): Threshold[] {
  if (arg === undefined || arg === null || arg === "") return [...DEFAULT_THRESHOLDS];
  const rows = asMatrix(arg).filter((r) => !isBlank(r[0]));
  const out = rows.map((r) => ({ min: exactNumber(r[0]) ?? NaN, label: cellText(r[1]) }));
  if (!out.length || out.some((t) => Number.isNaN(t.min) || !t.label)) {
    throw new BadInput("value", "thresholds: [min, label] / ngưỡng: [mức tối thiểu, nhãn]");
  }
  return out;
}

export const PAR_FUNCTIONS: readonly ParFunction[] = [
  {
    name: "PAR_DELTA",
    description: { vi: "Tăng/giảm = mục tiêu − điểm đạt, cho một ô hoặc cả cột.", en: "Change = target − achieved, for a cell or a whole column." },
    params: [p("target", "Điểm mục tiêu (ô hoặc cột)", "Target points (cell or column)"), p("achieved", "Điểm đạt (ô hoặc cột)", "Achieved points (cell or column)")],
    run: ([target, achieved], lang) => ok(pairwise(target, achieved, ["target", "achieved"], lang, (t, a) => toPoints(t - a))),
  },
  {
    name: "PAR_LOST",
    description: { vi: "Điểm bị mất = điểm tối đa − điểm đạt.", en: "Points lost = max − achieved." },
    params: [p("max", "Điểm tối đa", "Max points"), p("achieved", "Điểm đạt", "Achieved points")],
    run: ([max, achieved], lang) => ok(pairwise(max, achieved, ["max", "achieved"], lang, (m, a) => toPoints(m - a))),
  },
  {
    name: "PAR_INDEX",
    description: {
      vi: "Chỉ số = (điểm đạt + điểm thưởng − điểm trừ) ÷ điểm tối đa × 100 (2 chữ số thập phân; có thưởng/trừ thì không quá 100).",
      en: "Index = (achieved + bonus − penalty) ÷ max × 100 (2 decimals; with bonus/penalty, at most 100).",
    },
    params: [
      p("achieved", "Điểm đạt", "Achieved points"),
      p("max", "Điểm tối đa", "Max points"),
      p("bonus", "Điểm thưởng (ô hoặc các ô, cộng lại)", "Bonus points (cells are added up)", true),
      p("penalty", "Điểm trừ, gõ âm hay dương đều trừ (ô hoặc các ô)", "Penalty points, typed negative or positive (cells are added up)", true),
    ],
    run: ([achieved, max, bonus, penalty], lang) => {
      const given = (x: unknown) => x !== undefined && x !== null && x !== "";
      if (!given(bonus) && !given(penalty)) return ok(pairwise(achieved, max, ["achieved", "max"], lang, (a, m) => indexOf(a, m) ?? ""));
      const plus = given(bonus) ? points(bonus, "bonus", lang).reduce<number>((s, x) => s + (x ?? 0), 0) : 0;
      // a penalty subtracts whether it was typed −0,5 or 0,5
      const minus = given(penalty) ? points(penalty, "penalty", lang).reduce<number>((s, x) => s + Math.abs(x ?? 0), 0) : 0;
      return ok(pairwise(achieved, max, ["achieved", "max"], lang, (a, m) => {
        const i = indexOf(a + plus - minus, m);
        return i === null ? "" : Math.min(i, 100);
      }));
    },
  },
  {
    name: "PAR_FINAL",
    description: {
      vi: "Điểm cuối cùng của mỗi dòng: vòng chấm gần nhất có điểm (thẩm định lần 2, rồi lần 1, rồi tự chấm).",
      en: "Final figure of each row: the latest round with a figure (appraisal round 2, then round 1, then the self-score).",
    },
    params: [
      p("self", "Điểm tự chấm (ô hoặc cột)", "Self-score (cell or column)"),
      p("round1", "Điểm thẩm định lần 1 (ô hoặc cột)", "Appraisal round 1 (cell or column)"),
      p("round2", "Điểm thẩm định lần 2 / sau giải trình (ô hoặc cột)", "Appraisal round 2 / after explanation (cell or column)", true),
    ],
    run: ([self, round1, round2], lang) => {
      const ss = points(self, "self", lang);
      const r1 = points(round1, "round1", lang);
      const r2 = round2 === undefined || round2 === null ? [] : points(round2, "round2", lang);
      if (r1.length !== ss.length) throw new BadInput("value", TEXT.sizes[lang]("self", "round1"));
      if (r2.length > 1 && r2.length !== ss.length) throw new BadInput("value", TEXT.sizes[lang]("self", "round2"));
      return ok(
        shaped(
          self,
          ss.map((s, i) => {
            const latest = (r2.length > 1 ? r2[i] : r2[0]) ?? r1[i] ?? s;
            return latest === null || latest === undefined ? "" : toPoints(latest);
          }),
        ),
      );
    },
  },
  {
    name: "PAR_GRADE",
    description: { vi: "Xếp loại theo chỉ số (mặc định A ≥ 90, B ≥ 80, C ≥ 70, D).", en: "Class from the index (default A ≥ 90, B ≥ 80, C ≥ 70, D)." },
    params: [
      p("index", "Chỉ số (%)", "Index (%)"),
      p("thresholds", "Bảng ngưỡng: cột mức tối thiểu, cột nhãn", "Thresholds: a min column and a label column", true),
    ],
    run: ([index, thresholds], lang) => {
      const t = thresholdsFrom(thresholds);
      // the index as given, not rounded to the thousandth: 89,9999 has not reached 90
      const xs = cellsOf(index)
        .map((v, i) => {
          if (isBlank(v)) return "";
          const x = exactNumber(v);
          if (x === null) throw new BadInput("value", TEXT.notNumber[lang]("index", i, cellText(v)));
          return gradeOf(x, t);
        });
      return ok(shaped(index, xs));
    },
  },
  {
    name: "PAR_RANK",
    description: {
      vi: "Xếp hạng chỉ số như bảng Tổng hợp đơn vị (làm tròn 2 chữ số; đồng hạng 1, 2, 2, 4; liền hạng 1, 2, 2, 3).",
      en: "Ranks an index as the unit consolidation does (2 decimals; ties 1, 2, 2, 4; dense 1, 2, 2, 3).",
    },
    params: [
      p("value", "Chỉ số cần xếp hạng (ô hoặc cột)", "Index to rank (cell or column)"),
      p("values", "Chỉ số của tất cả đơn vị", "The indexes of all units"),
      p("dense", "TRUE: xếp hạng liền (1, 2, 2, 3)", "TRUE: dense ranking (1, 2, 2, 3)", true),
    ],
    run: ([value, values, dense], lang) => {
      // whole columns: a header or a note among the values is not an index, as RANK skips text
      const pool = cellsOf(values)
        .map((v) => (isBlank(v) ? null : exactNumber(v)));
      const keys = new Set(pool.map(publishedHundredths));
      const d = asMatrix(dense)[0]?.[0];
      const mode = d === true || d === 1 || (typeof d === "string" && /^(true|1|dense|liền|lien)$/i.test(d.trim())) ? "dense" : "standard";
      const xs = cellsOf(value)
        .map((v, i) => {
          if (isBlank(v)) return "";
          const x = exactNumber(v);
          if (x === null) throw new BadInput("value", TEXT.notNumber[lang]("value", i, cellText(v)));
          if (!keys.has(publishedHundredths(x))) throw new BadInput("na", TEXT.notAmong[lang](cellText(v)));
          return rankOf(x, pool, mode) ?? "";
        });
      return ok(shaped(value, xs));
    },
  },
  {
    name: "PAR_LEVEL",
    description: { vi: "Cấp của mã tiêu chí: 1 lĩnh vực, 2 tiêu chí, 3 tiêu chí thành phần.", en: "Level of a code: 1 area, 2 criterion, 3 sub-criterion." },
    params: [p("codes", "Mã tiêu chí (STT)", "Criterion codes")],
    run: ([c], lang) => ok(shaped(c, codes(c, lang).map((x) => (x === null ? "" : levelOf(x))))),
  },
  {
    name: "PAR_PARENT",
    description: { vi: "Mã tiêu chí cha (1.3.2 → 1.3).", en: "Parent code (1.3.2 → 1.3)." },
    params: [p("codes", "Mã tiêu chí (STT)", "Criterion codes")],
    run: ([c], lang) => ok(shaped(c, codes(c, lang).map((x) => (x === null ? "" : (parentOf(x) ?? ""))))),
  },
  {
    name: "PAR_ROLLUP",
    description: {
      vi: "Cộng dồn điểm từ tiêu chí thành phần lên tiêu chí và lĩnh vực; có mã thì trả tổng của mã đó.",
      en: "Rolls points up from sub-criteria to criteria and areas; with a code, that code's total.",
    },
    params: [
      p("codes", "Cột mã tiêu chí", "Column of codes"),
      p("points", "Cột điểm (tối đa, đạt hoặc mục tiêu)", "Column of points (max, achieved or target)"),
      p("code", "Mã cần tính tổng (để trống: cả cột)", "Code to total (blank: the whole column)", true),
    ],
    run: ([c, pts, one], lang) => {
      const cells = cellsOf(pts);
      const cs = codes(c, lang, cells);
      if (cells.length !== cs.length) throw new BadInput("value", TEXT.sizes[lang]("codes", "points"));
      // points count only on code rows: a header, a note or the total row may hold anything
      const xs = new Float64Array(cs.length); // off the collector's heap; a row without a code counts nothing
      for (let i = 0; i < cs.length; i++) if (cs[i] !== null) xs[i] = pointsAt(cells[i], "points", i, lang) ?? 0;
      // as the sheet analysis: the first row of a code is the criterion, a later duplicate counts for nothing (codes
      // that rise down the column cannot repeat: no map of them); by row, not by code: each criterion's nearest
      // criterion above it (its ancestors are that one's chain), then every leaf's points added up its chain (whole
      // columns of 300 000 rows: arrays, not maps of totals)
      const rising = risingAncestors(cs);
      const first = rising ? null : firstRows(cs);
      const up = rising ?? ancestorRows(cs, first as Map<string, number>);
      const hasChild = new Uint8Array(cs.length);
      for (const j of up) if (j >= 0) hasChild[j] = 1;
      const isFirst = (i: number) => cs[i] !== null && (first === null || first.get(cs[i] as string) === i);
      const total = new Float64Array(cs.length); // sums of integer thousandths: exact far beyond any sheet
      for (let i = 0; i < cs.length; i++) {
        if (!isFirst(i) || hasChild[i]) continue;
        const v = xs[i] as number;
        for (let j = i; j !== -1; j = up[j] as number) total[j] = (total[j] as number) + v;
      }
      if (one !== undefined && one !== null && !isBlank(asMatrix(one)[0]?.[0])) {
        const want = oneCode(asMatrix(one)[0]?.[0], lang);
        const at = first ? (first.get(want) ?? -1) : cs.indexOf(want);
        if (at < 0) throw new BadInput("na", TEXT.noCode[lang](want));
        return ok(toPoints(total[at] as Milli));
      }
      // a later duplicate shows its own points, as a leaf would
      return ok(shapedBy(c, cs.length, (i) => (cs[i] === null ? "" : toPoints(isFirst(i) ? (total[i] as number) : (xs[i] as number)))));
    },
  },
  {
    name: "PAR_CHECK",
    description: {
      vi: "Kiểm tra từng dòng (mã, điểm tối đa, điểm đạt, mục tiêu): trả cột nội dung lỗi, trống nếu đúng.",
      en: "Checks each row (code, max, achieved, target): a column of findings, blank where fine.",
    },
    params: [
      p("codes", "Cột mã tiêu chí", "Column of codes"),
      p("max", "Cột điểm tối đa", "Column of max points"),
      p("achieved", "Cột điểm đạt", "Column of achieved points"),
      p("target", "Cột mục tiêu", "Column of targets", true),
    ],
    run: ([c, max, achieved, target], lang) => {
      const col = (arg: unknown) => cellsOf(arg);
      const cs = col(c);
      const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", ...(target === undefined ? [] : ["Mục tiêu"])]];
      const ms = col(max);
      const as = col(achieved);
      const ts = target === undefined ? [] : col(target);
      const ranges: [string, unknown[]][] = [["max", ms], ["achieved", as]];
      if (target !== undefined) ranges.push(["target", ts]);
      for (const [name, xs] of ranges) if (xs.length !== cs.length) throw new BadInput("value", TEXT.sizes[lang]("codes", name));
      for (let i = 0; i < cs.length; i++) {
        grid.push(target === undefined ? [cs[i], "", ms[i] ?? null, as[i] ?? null] : [cs[i], "", ms[i] ?? null, as[i] ?? null, ts[i] ?? null]);
      }
      // origin −1: the k-th cell of the range is "row k" in messages (a custom function cannot know the sheet row)
      const { report } = analyzeSheet(grid, { settings: { lang }, origin: { row: -1, col: 0 }, eachBlankScore: true });
      // one string per row, joined as the findings come (they come in row order): no list per row
      const byRow: string[] = new Array<string>(cs.length).fill("");
      for (const d of report.diagnostics) {
        const i = d.row - 1;
        if (i < 0 || i >= cs.length) continue;
        byRow[i] = byRow[i] === "" ? d.message : `${byRow[i]} ${d.message}`;
      }
      return ok(shaped(c, byRow));
    },
  },
  {
    name: "PAR_DUE",
    description: {
      vi: "Hạn hoàn thành đọc từ ô thời gian (Quý II/2026, Tháng 6/2026, 30/6/2026…), dạng ngày; trống nếu không có hạn cụ thể (Thường xuyên).",
      en: "The due date read from a time cell (Quý II/2026, Tháng 6/2026, 30/6/2026…), as a date; blank when none (Thường xuyên).",
    },
    params: [
      p("text", "Ô hoặc cột thời gian hoàn thành", "Time cell or column"),
      p("year", "Năm của kế hoạch, cho ô không ghi năm (Quý II)", "The plan's year, for cells naming none (Quý II)", true),
    ],
    run: ([text, year], lang) => ok(shaped(text, dueDates(text, year, lang))),
  },
  {
    name: "PAR_OVERDUE",
    description: {
      vi: "Quá hạn: hạn đã qua (trước ngày tính, mặc định hôm nay) mà chưa hoàn thành và không phải “Không thực hiện”.",
      en: "Overdue: due before the as-of date (default today) and neither done nor dropped.",
    },
    params: [
      p("due", "Hạn (ngày, hoặc ô thời gian như Quý II/2026)", "Due date (a date, or a time cell such as Quý II/2026)"),
      p("status", "Tình trạng thực hiện", "Progress status"),
      p("as_of", "Ngày tính (mặc định hôm nay)", "As-of date (default today)", true),
    ],
    run: ([due, status, asOf], lang) => {
      const day = asOfDay(asOf, lang);
      const dues = cellsOf(due);
      const statuses = cellsOf(status);
      if (statuses.length !== 1 && statuses.length !== dues.length) throw new BadInput("value", TEXT.sizes[lang]("due", "status"));
      const out = dues.map((v, i) => {
        const d = parseDeadline(v);
        const s = parseStatus(statuses.length === 1 ? statuses[0] : statuses[i]);
        return isOverdue(d.kind === "due" ? d.due : null, s === "done" || s === "dropped" || s === "inProgress" ? s : "notStarted", day);
      });
      return ok(shaped(due, out));
    },
  },
];

function ok(value: FnResult): FnOutcome {
  return { ok: true, value };
}

/** Runs a function by name; bad input comes back as data (the shells turn it into #VALUE! / #N/A with the message). */
export function runParFunction(name: string, args: readonly unknown[], lang: Lang = "vi"): FnOutcome {
  const fn = PAR_FUNCTIONS.find((f) => f.name === name);
  if (!fn) throw new Error(`Unknown function ${name}`);
  try {
    return fn.run(args, lang);
  } catch (e) {
    if (e instanceof BadInput) return { ok: false, kind: e.kind, message: e.message };
    throw e;
  }
}
