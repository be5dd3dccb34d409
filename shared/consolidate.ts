// "Tổng hợp đơn vị": many analysed units → one ranked, classified table, a criterion-by-unit comparison, and the
// findings only a look across units can make (criteria trees that differ, areas not adding up, names used twice).
// Pure: unit records in (see units.ts), plain data out; every figure exact to the thousandth.
import { compareCodes, parentOf } from "./codes.js";
import { gradeOf, type Threshold } from "./grade.js";
import { UNIT_SEVERITY, unitMessageFor, type UnitMessageInput } from "./messages.js";
import { indexOf, toPoints } from "./points.js";
import { rankAll, type RankMode } from "./rank.js";
import { DEFAULT_THRESHOLDS } from "./settings.js";
import { fold } from "./text.js";
import type { Lang, Milli } from "./types.js";
import { fileLabel, type UnitArea, type UnitCriterion, type UnitDiagnostic, type UnitRecord, type UnreadableUnit } from "./units.js";

export interface ConsolidateOptions {
  rank?: RankMode;
  thresholds?: readonly Threshold[];
  lang?: Lang;
  /** the reference criteria tree (`--template`); absent: the tree most units share */
  template?: UnitRecord | null;
  unreadable?: readonly UnreadableUnit[];
}

export interface RankedUnit extends UnitRecord {
  rank: number | null;
  grade: string;
  /** this unit's figures for each area of `Consolidation.areas`, null where it has no such area */
  byArea: (UnitArea | null)[];
}

export interface AreaColumn {
  code: string;
  name: string;
  max: number;
}

export interface ComparisonRow {
  code: string;
  name: string;
  level: number;
  leaf: boolean;
  /** the reference's max (a criterion only some units have: the first such unit's) */
  max: number;
  /** achieved per unit, in the order of `Consolidation.units`; null where the unit lacks the criterion */
  achieved: (number | null)[];
  /** positions (in `units`) of the unit(s) with the lowest share of the max, when any loses points */
  weakest: number[];
  /** how many units lose points on it */
  losing: number;
  /** not in the reference tree */
  extra: boolean;
}

/** The average row: a unit's figures, averaged; an area's where some unit has it. */
export type Averages = Pick<UnitRecord, "max" | "self" | "achieved" | "bonus" | "penalty" | "score" | "index"> & {
  areas: ({ achieved: number; index: number | null } | null)[];
};

export interface Consolidation {
  /** in rank order (ties by name); units without an index last */
  units: RankedUnit[];
  areas: AreaColumn[];
  average: Averages | null;
  comparison: ComparisonRow[];
  reference: { kind: "template" | "majority"; unit: string; file: string; sheet: string; max: number } | null;
  diagnostics: UnitDiagnostic[];
  /** the year most units' titles name */
  year: number | null;
  rankMode: RankMode;
  thresholds: readonly Threshold[];
}

const milli = (x: number): Milli => Math.round(x * 1000);
/** One collator for every comparison: localeCompare(…, "vi") builds a new one per call (200 units: 60 ms). */
const byName = new Intl.Collator("vi");

export function consolidate(records: readonly UnitRecord[], options: ConsolidateOptions = {}): Consolidation {
  const lang = options.lang ?? "vi";
  const mode = options.rank ?? "standard";
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const diagnostics: UnitDiagnostic[] = [];
  const add = (d: Omit<UnitMessageInput, "severity">) => {
    const full: UnitMessageInput = { ...d, severity: UNIT_SEVERITY[d.code] };
    diagnostics.push({ ...full, message: unitMessageFor(full, lang) });
  };

  for (const u of options.unreadable ?? []) {
    add({ code: "UNIT_UNREADABLE", unit: u.sheet && !u.file ? u.sheet : fileLabel(u.file) + (u.sheet ? ` (${u.sheet})` : ""), file: u.file, sheet: u.sheet, row: 0, col: -1, cell: "", criterion: "", detail: u.reason });
  }

  const ranks = rankAll(records.map((r) => r.index), mode);
  const order = records.map((_, i) => i).sort((a, b) => {
    const ra = ranks[a] ?? Infinity;
    const rb = ranks[b] ?? Infinity;
    return ra - rb || byName.compare((records[a] as UnitRecord).unit, (records[b] as UnitRecord).unit) || a - b;
  });

  const keys = records.map(treeKey);
  const reference = referenceOf(records, keys, options.template ?? null);
  const theirs = new Map((reference?.record.criteria ?? []).map((c) => [c.code, c]));
  const areas: AreaColumn[] = (reference?.record.areas ?? []).map((a) => ({ code: a.code, name: a.name, max: a.max }));
  const units: RankedUnit[] = order.map((i) => {
    const r = records[i] as UnitRecord;
    const byCode = new Map(r.areas.map((a) => [a.code, a]));
    return { ...r, rank: ranks[i] ?? null, grade: gradeOf(r.index, thresholds), byArea: areas.map((a) => byCode.get(a.code) ?? null) };
  });

  // findings per unit, in the order the user gave the inputs
  const seen = new Map<string, UnitRecord>();
  records.forEach((r, i) => {
    const where = { unit: r.unit, file: r.file, sheet: r.sheet };
    const key = fold(r.unit);
    const first = seen.get(key);
    if (first) add({ code: "UNIT_NAME_DUPLICATE", ...where, row: 0, col: -1, cell: r.nameCell, criterion: "", detail: sourceLabel(first) });
    else seen.set(key, r);
    if (r.counts.errors > 0) add({ code: "UNIT_SHEET_ERRORS", ...where, row: 0, col: -1, cell: "", criterion: "", found: r.counts.errors });
    const areasMax = r.areas.reduce((s, a) => s + milli(a.max), 0);
    if (r.declaredTotal !== null && r.areas.length > 0 && areasMax !== milli(r.declaredTotal)) {
      add({ code: "UNIT_AREAS_TOTAL", ...where, row: r.totalRow, col: -1, cell: r.maxColumn && r.totalRow ? `${r.maxColumn}${r.totalRow}` : "", criterion: "", found: toPoints(areasMax), expected: r.declaredTotal });
    }
    // the same tree as the reference (most units): nothing to compare criterion by criterion
    if (reference && reference.record !== r && keys[i] !== reference.key) treeFindings(r, reference.record, theirs, reference.kind, add);
  });

  return {
    units,
    areas,
    average: averages(units, areas.length),
    comparison: comparison(units, reference?.record ?? null),
    reference: reference ? { kind: reference.kind, unit: reference.record.unit, file: reference.record.file, sheet: reference.record.sheet, max: reference.record.max } : null,
    diagnostics,
    year: commonYear(records),
    rankMode: mode,
    thresholds,
  };
}

function sourceLabel(r: UnitRecord): string {
  return r.file ? (r.sheet ? `${r.file} › ${r.sheet}` : r.file) : r.sheet;
}

/** A unit's criteria tree as one string (codes and maxima, in sheet order): equal trees, equal strings. */
function treeKey(r: UnitRecord): string {
  let key = "";
  for (const c of r.criteria) key += `${c.code}=${milli(c.max)}|`;
  return key;
}

/** The template when given; else the tree (codes and maxima) most units share, the earliest such unit on a tie. */
function referenceOf(records: readonly UnitRecord[], keys: readonly string[], template: UnitRecord | null): { kind: "template" | "majority"; record: UnitRecord; key: string } | null {
  if (template) return { kind: "template", record: template, key: treeKey(template) };
  const counts = new Map<string, { n: number; record: UnitRecord }>();
  records.forEach((r, i) => {
    if (r.criteria.length === 0) return;
    const key = keys[i] as string;
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { n: 1, record: r });
  });
  let best: { n: number; record: UnitRecord; key: string } | null = null;
  for (const [key, e] of counts) if (!best || e.n > best.n) best = { ...e, key };
  return best ? { kind: "majority", record: best.record, key: best.key } : null;
}

/** Missing and extra criteria named at their top-most code (2.5, not also 2.5.1, 2.5.2); a different max where it originates. */
function treeFindings(
  r: UnitRecord,
  ref: UnitRecord,
  theirs: ReadonlyMap<string, UnitCriterion>,
  kind: "template" | "majority",
  add: (d: Omit<UnitMessageInput, "severity">) => void,
): void {
  const mine = new Map(r.criteria.map((c) => [c.code, c]));
  const where = { unit: r.unit, file: r.file, sheet: r.sheet, reference: kind };
  const topMost = (code: string, present: ReadonlyMap<string, UnitCriterion>) => {
    const p = parentOf(code);
    return p === null || present.has(p);
  };
  // a parent's max differs because something below it does (a max, a missing or an extra criterion): name that only
  const differs = new Set<string>();
  for (const c of ref.criteria) {
    if (mine.has(c.code)) continue;
    differs.add(c.code);
    if (topMost(c.code, mine)) add({ code: "UNIT_CRITERION_MISSING", ...where, row: 0, col: -1, cell: "", criterion: c.code, expected: c.max, detail: c.name });
  }
  for (const c of r.criteria) {
    const t = theirs.get(c.code);
    if (!t || milli(t.max) !== milli(c.max)) differs.add(c.code);
  }
  const childDiffers = new Set<string>();
  for (const code of differs) for (let p = parentOf(code); p !== null; p = parentOf(p)) childDiffers.add(p);
  for (const c of r.criteria) {
    const cell = (letter: string) => (letter ? `${letter}${c.row}` : "");
    if (!theirs.has(c.code)) {
      if (topMost(c.code, theirs)) add({ code: "UNIT_CRITERION_EXTRA", ...where, row: c.row, col: -1, cell: cell(r.codeColumn), criterion: c.code, found: c.max, detail: c.name });
      continue;
    }
    if (differs.has(c.code) && !childDiffers.has(c.code)) {
      add({ code: "UNIT_MAX_DIFFERS", ...where, row: c.row, col: -1, cell: cell(r.maxColumn), criterion: c.code, found: c.max, expected: (theirs.get(c.code) as UnitCriterion).max });
    }
  }
}

const mean = (xs: readonly number[]): number => toPoints(Math.round(xs.reduce((s, x) => s + milli(x), 0) / xs.length));
const meanOrNull = (xs: readonly (number | null)[]): number | null => {
  const some = xs.filter((x): x is number => x !== null);
  return some.length ? mean(some) : null;
};

/** The `Trung bình` row: each column's mean over the units that have it; the index is the mean of the indexes. */
function averages(units: readonly RankedUnit[], areaCount: number): Averages | null {
  if (units.length === 0) return null;
  const indexes = units.map((u) => u.index).filter((x): x is number => x !== null);
  const meanIndex = indexes.length ? Math.round(indexes.reduce((s, x) => s + Math.round(x * 100), 0) / indexes.length) / 100 : null;
  const areas: Averages["areas"] = [];
  for (let i = 0; i < areaCount; i++) {
    const present = units.map((u) => u.byArea[i]).filter((a): a is UnitArea => !!a);
    if (!present.length) {
      areas.push(null);
      continue;
    }
    const sumA = present.reduce((s, a) => s + milli(a.achieved), 0);
    const sumM = present.reduce((s, a) => s + milli(a.max), 0);
    areas.push({ achieved: toPoints(Math.round(sumA / present.length)), index: indexOf(sumA, sumM) });
  }
  return {
    max: mean(units.map((u) => u.max)),
    self: meanOrNull(units.map((u) => u.self)),
    achieved: mean(units.map((u) => u.achieved)),
    bonus: meanOrNull(units.map((u) => u.bonus)),
    penalty: meanOrNull(units.map((u) => u.penalty)),
    score: mean(units.map((u) => u.score)),
    index: meanIndex,
    areas,
  };
}

/** One row per criterion of the reference, then criteria only some units have, in code order. */
function comparison(units: readonly RankedUnit[], ref: UnitRecord | null): ComparisonRow[] {
  const rowOf = new Map<string, number>();
  const base: { c: UnitCriterion; extra: boolean }[] = [];
  for (const c of ref?.criteria ?? []) {
    rowOf.set(c.code, base.length);
    base.push({ c, extra: false });
  }
  const extras = new Map<string, UnitCriterion>();
  for (const u of units) for (const c of u.criteria) if (!rowOf.has(c.code) && !extras.has(c.code)) extras.set(c.code, c);
  for (const c of [...extras.values()].sort((a, b) => compareCodes(a.code, b.code))) {
    rowOf.set(c.code, base.length);
    base.push({ c, extra: true });
  }
  // one pass over every unit's criteria into flat per-row arrays (no map per unit: 200 units × 150 criteria)
  const n = units.length;
  const achieved = base.map(() => new Array<number | null>(n).fill(null));
  const own = base.map(() => new Array<UnitCriterion | null>(n).fill(null));
  units.forEach((u, i) => {
    for (const c of u.criteria) {
      const r = rowOf.get(c.code) as number;
      (achieved[r] as (number | null)[])[i] = c.achieved;
      (own[r] as (UnitCriterion | null)[])[i] = c;
    }
  });
  return base.map(({ c, extra }, r) => {
    let weakest: number[] = [];
    let worst: UnitCriterion | null = null;
    let losing = 0;
    (own[r] as (UnitCriterion | null)[]).forEach((x, i) => {
      if (!x || milli(x.achieved) >= milli(x.max)) return;
      losing++;
      // lowest share of the max, compared exactly: a/m < b/n ⇔ a·n < b·m
      const cmp = worst === null ? -1 : milli(x.achieved) * milli(worst.max) - milli(worst.achieved) * milli(x.max);
      if (cmp < 0) {
        worst = x;
        weakest = [i];
      } else if (cmp === 0) weakest.push(i);
    });
    return { code: c.code, name: c.name, level: c.code.split(".").length, leaf: c.leaf, max: c.max, achieved: achieved[r] as (number | null)[], weakest, losing, extra };
  });
}

function commonYear(records: readonly UnitRecord[]): number | null {
  const n = new Map<number, number>();
  for (const r of records) if (r.year !== null) n.set(r.year, (n.get(r.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, k] of n) if (best === null || k > (n.get(best) as number)) best = y;
  return best;
}
