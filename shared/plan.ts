// The remediation plan (kế hoạch khắc phục): one row per weak leaf, grouped under its area.
// Re-generating it keeps every cell a person typed, matched by criterion code.
import { ROLE_BIT, type Analysis, type CriterionNode } from "./analyze.js";
import { compareCodes } from "./codes.js";
import { TERMS } from "./glossary.js";
import { formatPoints, toPoints } from "./points.js";
import { cellText, fold, isBlank } from "./text.js";
import type { Grid, Lang } from "./types.js";
import { kindOf, layoutKeys, PLAN_COLUMNS, STATUS_LABEL, widthOf, type PlanKey, type PlanStatus, type PrintedSet } from "./plan-columns.js";
import { dueDay, serialOf } from "./deadline.js";
import { toRoman } from "./roman.js";
import { lazily } from "./lazy.js";
import { isLooseNote, LOOSE_NOTE, readExisting, type ExistingRow } from "./plan-existing.js";

const TARGET_BIT = ROLE_BIT.target;

export { PLAN_COLUMNS, STATUS_LABEL, PROGRESS_LABEL, PRINTED_SETS, type PlanKey, type PlanStatus, type ProgressStatus, type PrintedSet } from "./plan-columns.js";

/** One weak criterion, as the JSON report gives it. */
export interface PlanRow {
  code: string;
  area: string;
  areaName: string;
  name: string;
  max: number;
  achieved: number;
  lost: number;
  target: number | null;
  owner: string;
  coordinator: string;
  /** 1 = most points lost */
  priority: number;
  status: PlanStatus;
  /** the self-score, when the sheet has one */
  self: number | null;
  /** the appraisal gave less than the self-score (the status column says so) */
  lowered: boolean;
}

export type RowKind = "title" | "header" | "area" | "item" | "resolved" | "kept" | "blank";

const TABLE_KINDS = new Set<RowKind>(["header", "area", "item", "resolved"]);

/** How a plan is laid out: the printed column set and the numbering of its items (settings.plan). */
export interface PlanLayout {
  columns?: PrintedSet | readonly PlanKey[];
  numbering?: "perArea" | "continuous";
}

export interface PlanTable {
  grid: unknown[][];
  /** formulas staff typed in kept cells, to write back as formulas */
  formulas: { row: number; col: number; formula: string }[];
  kinds: RowKind[];
  headerRow: number;
  columns: { key: PlanKey | null; title: string; width: number }[];
  rows: PlanRow[];
  /** resolved: no longer weak; dropped: no longer in this year's criteria set; keptCells/keptRows: staff's own */
  stats: { weak: number; resolved: number; dropped: number; keptCells: number; keptRows: number };
  /** 0-based last row of the table itself; rows below it (a signature block) are not part of the bordered table */
  tableEnd: number;
  /** for each row, the 0-based row of the old sheet it came from (its height, fonts and fills go with it), or null */
  sources: (number | null)[];
  /** title lines in bold (PHỤ LỤC, the plan title) or italics (the reference to the plan, our counts line) */
  emphasis: ("bold" | "italic" | null)[];
  /** 0-based last column of the print area: the printed annex is columns 0..printLastCol */
  printLastCol: number;
  /** the working columns after the print area (figures, progress), grouped so they can be collapsed */
  working: { from: number; to: number } | null;
  /** 0-based columns of the progress the year reports on (absent when the sheet has no such column) */
  progress: Partial<Record<"progressStatus" | "percent" | "doneDate" | "due" | "deadline", number>>;
}

/** Weak leaves (points lost), by code, with a priority rank by points lost. */
export function weakCriteria(analysis: Analysis): PlanRow[] {
  const { leaves, priority } = weakLeaves(analysis);
  return leaves.map((n, i) => planRow(n, priority[i] as number));
}

/** The weak leaves in code order and their priorities: what a plan's rows are made of. */
function weakLeaves(analysis: Analysis): { leaves: CriterionNode[]; priority: number[] } {
  // the final figures: each criterion's latest appraisal round (rounds.ts); a criterion scored on its own row
  // (SCORE_WITHOUT_PARTS) stands for its sub-criteria, with its own figures: they lost nothing anyone knows of
  const above = new Set(analysis.scoredAbove);
  const under = (n: CriterionNode) => {
    for (let p = n.parent; p !== null; p = p.parent) if (above.has(p)) return true;
    return false;
  };
  const leaves = analysis.nodes.filter((n) => n.children.length === 0 && n.max > n.final && !under(n));
  for (const p of analysis.scoredAbove) {
    const final = p.written.achieved ?? 0;
    const max = p.written.max ?? p.max;
    // its target: the one typed on its row, else its parts' when they have some
    const target = p.written.target ?? (p.filledRoles & TARGET_BIT ? p.target : null);
    if (max > final) leaves.push({ ...p, children: [], max, final, achieved: final, target });
  }
  const inOrder = analysis.ordered && above.size === 0 ? true : leaves.every((n, i) => i === 0 || compareCodes((leaves[i - 1] as CriterionNode).code, n.code) < 0);
  if (!inOrder) leaves.sort((a, b) => compareCodes(a.code, b.code));
  // rank by points lost; ties keep code order (their index), compared as integers
  return { leaves, priority: rankByLoss(leaves.map((n) => n.max - n.final)) };
}

function planRow(n: CriterionNode, priority: number): PlanRow {
  const area = areaOf(n);
  const target = n.target;
  return {
    code: n.code,
    area: area.code,
    areaName: area.name,
    name: n.name,
    max: toPoints(n.max),
    achieved: toPoints(n.final),
    lost: toPoints(n.max - n.final),
    target: target === null ? null : toPoints(target),
    owner: n.owner,
    coordinator: n.coordinator,
    priority,
    status: target !== null && target <= n.final ? "noGain" : "open",
    self: n.self === null ? null : toPoints(n.self),
    lowered: isLowered(n),
  };
}

/** The appraisal gave this criterion less than its self-score. */
function isLowered(n: CriterionNode): boolean {
  const { self, appraised } = n;
  return self !== null && appraised !== null && appraised < self;
}

/**
 * 1 for the most points lost; ties keep code order. Sorted as numbers (loss, then index, in one exact key) by the
 * typed array's own sort, not through a comparator: a 300 000-row sheet has 100 000 weak criteria.
 */
function rankByLoss(lost: readonly number[]): number[] {
  const n = lost.length;
  let most = 0;
  for (const x of lost) if (x > most) most = x;
  const priority = new Array<number>(n);
  if ((most + 1) * n < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (most - (lost[i] as number)) * n + i;
    keys.sort();
    for (let rank = 0; rank < n; rank++) priority[(keys[rank] as number) % n] = rank + 1;
  } else {
    const byLoss = lost.map((_, i) => i).sort((i, j) => (lost[j] as number) - (lost[i] as number) || i - j);
    byLoss.forEach((i, rank) => (priority[i] = rank + 1));
  }
  return priority;
}

function areaOf(n: CriterionNode): CriterionNode {
  let a = n;
  while (a.parent) a = a.parent;
  return a;
}

/** appended to the status of a criterion the appraisal lowered */
const LOWERED = { vi: TERMS.loweredMark.vi.toLowerCase(), en: TERMS.loweredMark.en.toLowerCase() };

const PLAN_TITLE = { vi: "KẾ HOẠCH KHẮC PHỤC ĐIỂM YẾU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", en: "PAR INDEX REMEDIATION PLAN" };
const PLAN_TITLE_KEYS = new Set([fold(PLAN_TITLE.vi), fold(PLAN_TITLE.en)]);
/** the annex's first lines, as seed 004 has them; staff fill in the plan's number and date, and we keep them */
export const ANNEX_TITLE = { vi: "PHỤ LỤC", en: "APPENDIX" };
export const ANNEX_REFERENCE = {
  vi: "(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm …)",
  en: "(Attached to Plan No. …/KH-… of … … …)",
};
const ANNEX_KEYS = new Set([ANNEX_TITLE.vi, ANNEX_TITLE.en, ANNEX_REFERENCE.vi, ANNEX_REFERENCE.en].map(fold));
/** the counts line under the title, exactly as we write it (so it can be refreshed and is not staff's) */
const SUBTITLE = /^\((Lập từ bảng “.*”: \d+ tiêu chí bị mất điểm, tổng [\d.,]+ điểm|From sheet “.*”: \d+ weak criteria, [\d.,]+ points lost)\)$/;

/** How the annex's Nội dung column shows a criterion: its code, then its name. */
export function itemText(code: string, name: string): string {
  return name ? `${code}. ${name}` : code;
}

/** An area's number on the annex: its code in Roman numerals (area 3 is III), as official plans number parts. */
export function areaNumber(area: string): string {
  return /^\d{1,3}$/.test(area) && Number(area) > 0 ? toRoman(Number(area)) : area;
}

/** Bold for the annex and plan titles, italics for the reference line and our counts line. */
function emphasisOf(text: unknown): "bold" | "italic" | null {
  if (typeof text !== "string") return null;
  const f = fold(text);
  if (f.startsWith("(")) return "italic";
  if (f === fold(ANNEX_TITLE.vi) || f === fold(ANNEX_TITLE.en) || /^phu luc\b/.test(f) || PLAN_TITLE_KEYS.has(f)) return "bold";
  return null;
}

/**
 * The plan sheet's content. With `existing` (the current plan sheet's values, and formulas if any),
 * every typed cell, every column and row staff added, and the rows above the header are kept;
 * criteria no longer weak stay listed as resolved.
 */
export function planTable(analysis: Analysis, lang: Lang, existing?: { values: Grid; formulas?: Grid }, layout: PlanLayout = analysis.settings.plan ?? {}): PlanTable {
  // a row object per weak criterion only as each line is made (PlanTable.rows is built when read: the CLI's JSON)
  const weak = weakLeaves(analysis);
  const read = existing ? readExisting(existing.values, existing.formulas, analysis) : null;
  const old = read?.kind === "plan" ? read : null;
  const loose = read?.kind === "loose" ? read : null;
  const { keys, printed } = layoutKeys(layout.columns ?? "annex");
  const fresh = (k: PlanKey) => {
    const c = PLAN_COLUMNS.find((p) => p.key === k) as (typeof PLAN_COLUMNS)[number];
    return { key: k, title: c[lang], width: c.width };
  };
  const columns: PlanTable["columns"] = old
    ? old.map.map((k, c) => ({ key: k, title: old.titles[c] ?? "", width: k ? widthOf(k) : 16 }))
    : keys.map(fresh);
  if (old) {
    // columns we generate that the old sheet lacked are added at the end
    for (const k of keys) if (!old.map.includes(k)) columns.push(fresh(k));
  }
  // an unreadable old sheet wider than the plan keeps its far cells too
  while (loose && columns.length < loose.width) columns.push({ key: null, title: "", width: 16 });
  const width = columns.length;
  // dense rows from the start: arrays filled at scattered indices turn slow (holey) in V8
  const blankLine = (): unknown[] => new Array<unknown>(width).fill(null);
  // a record, not a Map: the keys are constants at every use, read once per cell of a plan that may have 100 000 rows
  const colIndex: Partial<Record<PlanKey, number>> = {};
  columns.forEach((c, i) => c.key !== null && colIndex[c.key] === undefined && (colIndex[c.key] = i));
  const colOf = (k: PlanKey) => colIndex[k] as number;
  const year = planYear(old ? old.above.map((r) => r.cells) : []);

  const grid: unknown[][] = [];
  const kinds: RowKind[] = [];
  const sources: (number | null)[] = [];
  const formulas: PlanTable["formulas"] = [];
  let keptCells = 0;
  let keptRows = 0;
  const emit = (cells: unknown[], kind: RowKind, from?: ExistingRow) => {
    const r = grid.length;
    const line = cells.length === width ? cells : Array.from({ length: width }, (_, c) => cells[c] ?? null);
    grid.push(line);
    kinds.push(kind);
    sources.push(from ? from.index : null);
    // rows kept whole keep every formula; criteria rows only those in columns we do not generate
    const whole = kind === "kept" || kind === "title" || kind === "area";
    from?.formulas.forEach((f, c) => {
      if (f && c < width && (whole || columns[c]?.key === null || kindOf(columns[c]?.key as PlanKey) !== "generated")) {
        formulas.push({ row: r, col: c, formula: f });
      }
    });
  };
  const nonBlank = (cells: readonly unknown[]) => cells.reduce<number>((n, v) => (isBlank(v) ? n : n + 1), 0);
  const keepRow = (row: ExistingRow, kind: RowKind) => {
    if (row.cells.every(isBlank) && !row.formulas.some(Boolean)) return emit(blankLine(), "blank", row);
    if (!isLooseNote(row.cells)) {
      keptRows++;
      keptCells += nonBlank(row.cells);
    }
    emit(row.cells, kind, row);
  };

  let lost = 0;
  for (const n of weak.leaves) lost += n.max - n.final;
  const subtitle =
    lang === "vi"
      ? `(Lập từ bảng “${analysis.report.sheet}”: ${weak.leaves.length} tiêu chí bị mất điểm, tổng ${formatPoints(lost, lang)} điểm)`
      : `(From sheet “${analysis.report.sheet}”: ${weak.leaves.length} weak criteria, ${formatPoints(lost, lang)} points lost)`;
  if (old && old.above.length) {
    for (const row of old.above) {
      const only = nonBlank(row.cells) === 1 ? row.cells.find((v) => !isBlank(v)) : undefined;
      // our own title and counts line are not staff's cells; the counts are refreshed so they stay true
      if (typeof only === "string" && SUBTITLE.test(cellText(only)) && !isBlank(row.cells[0]) && !row.formulas.some(Boolean)) emit([subtitle], "title", row);
      else if (typeof only === "string" && (PLAN_TITLE_KEYS.has(fold(only)) || ANNEX_KEYS.has(fold(only))))
        emit(row.cells, "title", row);
      else keepRow(row, "title");
    }
  } else {
    emit([ANNEX_TITLE[lang]], "title");
    emit([ANNEX_REFERENCE[lang]], "title");
    emit([PLAN_TITLE[lang]], "title");
    emit([subtitle], "title");
    emit([], "blank");
  }
  const headerRow = grid.length;
  emit(
    columns.map((c) => c.title),
    "header",
    old ? { index: old.headerRow, cells: [], formulas: [] } : undefined,
  );

  const areaOfCode = (code: string) => code.split(".")[0] as string;
  const areaCodes = new Set<string>();
  for (const n of weak.leaves) areaCodes.add(areaOf(n).code);
  for (const code of old?.byCode.keys() ?? []) areaCodes.add(areaOfCode(code));
  for (const area of old?.headings.keys() ?? []) areaCodes.add(area);
  for (const anchor of old?.keptAfter.keys() ?? []) if (anchor) areaCodes.add(areaOfCode(anchor));
  const areas = [...areaCodes].sort(compareCodes);
  // a first plan lists the weak rows as they come; only a re-generation matches codes against the old sheet's
  // (maps over every criterion cost a 300 000-row sheet more than the plan itself)
  const areaNodes = new Map(analysis.roots.map((n) => [n.code, n]));
  const nodeByCode = old ? new Map(analysis.nodes.map((n) => [n.code, n])) : areaNodes;
  // per area, the plan's criteria: an index into the weak leaves, or a code only the old sheet lists (a number per
  // row of a first plan, nothing kept for it)
  const byArea = new Map<string, (number | string)[]>(areas.map((a) => [a, []]));
  if (old) {
    const weakIndex = new Map(weak.leaves.map((n, i) => [n.code, i]));
    const codes = new Set<string>([...weakIndex.keys(), ...old.byCode.keys()]);
    for (const code of [...codes].sort(compareCodes)) {
      const i = weakIndex.get(code);
      byArea.get(i === undefined ? areaOfCode(code) : areaOf(weak.leaves[i] as CriterionNode).code)?.push(i ?? code);
    }
  } else {
    weak.leaves.forEach((n, i) => byArea.get(areaOf(n).code)?.push(i));
  }

  /** Whether an old cell in a suggested column is staff's, not the suggestion we would fill in now. */
  const ownSuggestion = (v: unknown, now: string) => {
    const t = cellText(v);
    return t !== now && fold(t) !== fold(now);
  };
  const set = (line: unknown[], k: PlanKey, v: unknown) => {
    const c = colIndex[k];
    if (c !== undefined) line[c] = v;
  };
  const get = (line: readonly unknown[], k: PlanKey) => {
    const c = colIndex[k];
    return c === undefined ? null : line[c];
  };
  // the same with the column already looked up (`colIndex.name`): once per cell of every criterion row
  const put = (line: unknown[], c: number | undefined, v: unknown) => {
    if (c !== undefined) line[c] = v;
  };
  const at = (line: readonly unknown[], c: number | undefined) => (c === undefined ? null : line[c]);

  let stt = 0;
  let resolved = 0;
  let dropped = 0;
  const keptAfter = (anchor: string) => {
    // no list made for the (usual) criterion with nothing kept after it: this runs once per plan row
    const kept = old?.keptAfter.get(anchor);
    if (kept) for (const r of kept) keepRow(r, "kept");
  };
  keptAfter("");
  for (const area of areas) {
    const node = areaNodes.get(area);
    const name = node ? node.name : `${area} — ${STATUS_LABEL.dropped[lang]}`;
    // the old heading is staff's row as much as ours: keep all of it (their STT "II", their wording), fill blanks
    const prevHeading = old?.headings.get(area);
    const heading = blankLine();
    if (prevHeading) {
      prevHeading.cells.forEach((v, c) => (heading[c] = v ?? null));
      prevHeading.cells.forEach((v, c) => {
        if (isBlank(v)) return;
        if (c === colIndex.stt && (cellText(v) === area || cellText(v) === areaNumber(area))) return;
        if (c === colIndex.name && cellText(v) === name) return;
        if (c === colIndex.code && cellText(v) === area) return;
        keptCells++;
      });
    }
    if (isBlank(get(heading, "stt"))) set(heading, "stt", areaNumber(area));
    if (isBlank(get(heading, "name"))) set(heading, "name", name);
    emit(heading, "area", prevHeading);
    keptAfter(area);
    if (layout.numbering !== "continuous") stt = 0;
    for (const entry of byArea.get(area) as (number | string)[]) {
      const leaf = typeof entry === "number" ? (weak.leaves[entry] as CriterionNode) : null;
      const code = leaf ? leaf.code : (entry as string);
      const row = leaf ? planRow(leaf, weak.priority[entry as number] as number) : undefined;
      const prev = old?.byCode.get(code);
      const n = row ? undefined : nodeByCode.get(code);
      const line = blankLine();
      // staff's cells first, then what we generate on top of the generated columns
      if (prev && old) {
        old.map.forEach((k, c) => {
          const kind = k === null ? "typed" : kindOf(k);
          if (kind === "generated") return;
          const v = prev.cells[c] ?? null;
          line[c] = v;
          if (isBlank(v)) return;
          if (kind === "typed") keptCells++;
          else if (ownSuggestion(v, row ? row[k as "owner" | "coordinator"] : n ? n[k as "owner" | "coordinator"] : "")) keptCells++;
        });
      }
      stt++;
      put(line, colIndex.stt, stt);
      put(line, colIndex.code, code);
      let status: PlanStatus;
      if (row) {
        status = row.status;
        put(line, colIndex.name, itemText(code, row.name));
        put(line, colIndex.max, row.max);
        put(line, colIndex.achieved, row.achieved);
        put(line, colIndex.lost, row.lost);
        put(line, colIndex.target, row.target);
        put(line, colIndex.priority, row.priority);
        if (isBlank(at(line, colIndex.owner))) put(line, colIndex.owner, row.owner || null);
        if (isBlank(at(line, colIndex.coordinator))) put(line, colIndex.coordinator, row.coordinator || null);
      } else if (n) {
        status = "resolved";
        resolved++;
        const lost = n.max - n.final;
        put(line, colIndex.name, itemText(code, n.name));
        put(line, colIndex.max, toPoints(n.max));
        put(line, colIndex.achieved, toPoints(n.final));
        put(line, colIndex.lost, toPoints(lost));
        put(line, colIndex.target, n.target === null ? null : toPoints(n.target));
        put(line, colIndex.priority, null);
      } else {
        status = "dropped";
        dropped++;
        // keep what the old row said about a criterion this year's set no longer has; its rank is no longer one
        old?.map.forEach((k, c) => {
          if (k !== null && kindOf(k) === "generated" && k !== "stt" && k !== "status" && k !== "priority" && k !== "due") line[colOf(k)] = prev?.cells[c] ?? null;
        });
      }
      put(line, colIndex.status, row?.lowered ? `${STATUS_LABEL[status][lang]} · ${LOWERED[lang]}` : STATUS_LABEL[status][lang]);
      const due = dueDay(at(line, colIndex.deadline), year ?? undefined);
      put(line, colIndex.due, due ? serialOf(due) : null);
      emit(line, row ? "item" : "resolved", prev);
      keptAfter(code);
    }
  }
  // what staff typed below the table (a signature block) stays below it, however the table grows
  if (old && old.trailing.length) {
    if (old.gap) emit(blankLine(), "blank");
    for (const row of old.trailing) keepRow(row, "kept");
  }
  if (loose && loose.rows.length) {
    emit(blankLine(), "blank");
    emit([LOOSE_NOTE[lang]], "kept");
    for (const row of loose.rows) keepRow(row, "kept");
  }
  let tableEnd = kinds.length - 1;
  while (tableEnd > headerRow && !TABLE_KINDS.has(kinds[tableEnd] as RowKind)) tableEnd--;

  // the print area runs to the last printed column; staff's own columns before it print with it
  let printLastCol = 0;
  columns.forEach((c, i) => {
    if (c.key !== null && printed.has(c.key)) printLastCol = i;
  });
  const working = printLastCol < width - 1 ? { from: printLastCol + 1, to: width - 1 } : null;
  const progress: PlanTable["progress"] = {};
  for (const k of ["progressStatus", "percent", "doneDate", "due", "deadline"] as const) if (colIndex[k] !== undefined) progress[k] = colOf(k);
  const emphasis = grid.map((line, r) => (r < headerRow ? emphasisOf(line.find((v) => !isBlank(v))) : null));
  const table: PlanTable = {
    grid,
    formulas,
    kinds,
    headerRow,
    columns,
    rows: [],
    stats: { weak: weak.leaves.length, resolved, dropped, keptCells, keptRows },
    tableEnd,
    sources,
    emphasis,
    printLastCol,
    working,
    progress,
  };
  return lazily(table, "rows", () => weak.leaves.map((n, i) => planRow(n, weak.priority[i] as number)));
}

/** The plan's year, from a title line above the table ("… NĂM 2026", "ngày … tháng 01 năm 2026"). */
export function planYear(above: readonly (readonly unknown[])[]): number | null {
  for (const row of above) {
    for (const v of row) {
      if (typeof v !== "string") continue;
      const m = /\bnam ((?:19|20)\d\d)\b/.exec(fold(v)) ?? /\b(?:year|of) ((?:19|20)\d\d)\b/.exec(fold(v));
      if (m) return Number(m[1]);
    }
  }
  return null;
}
