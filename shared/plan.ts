// The remediation plan (kế hoạch khắc phục): one row per weak leaf, grouped under its area.
// Re-generating it keeps every cell a person typed, matched by criterion code.
import type { Analysis, CriterionNode } from "./analyze.js";
import { compareCodes } from "./codes.js";
import { formatPoints, toPoints } from "./points.js";
import { cellText, fold, isBlank } from "./text.js";
import type { Grid, Lang } from "./types.js";
import { kindOf, PLAN_COLUMNS, STATUS_LABEL, type PlanKey, type PlanStatus } from "./plan-columns.js";
import { isLooseNote, LOOSE_NOTE, readExisting, type ExistingRow } from "./plan-existing.js";

export { PLAN_COLUMNS, STATUS_LABEL, type PlanKey, type PlanStatus } from "./plan-columns.js";

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
}

export type RowKind = "title" | "header" | "area" | "item" | "resolved" | "kept" | "blank";

const TABLE_KINDS = new Set<RowKind>(["header", "area", "item", "resolved"]);

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
}

/** Weak leaves (points lost), by code, with a priority rank by points lost. */
export function weakCriteria(analysis: Analysis): PlanRow[] {
  const leaves = analysis.nodes.filter((n) => n.children.length === 0 && n.computed.max > n.computed.achieved);
  const inOrder = leaves.every((n, i) => i === 0 || compareCodes((leaves[i - 1] as CriterionNode).code, n.code) < 0);
  if (!inOrder) leaves.sort((a, b) => compareCodes(a.code, b.code));
  // rank by points lost; ties keep code order (their index), compared as integers
  const lost = leaves.map((n) => n.computed.max - n.computed.achieved);
  const priority = rankByLoss(lost);
  return leaves.map((n, i) => {
    const area = areaOf(n);
    const target = n.computed.target;
    return {
      code: n.code,
      area: area.code,
      areaName: area.name,
      name: n.name,
      max: toPoints(n.computed.max),
      achieved: toPoints(n.computed.achieved),
      lost: toPoints(lost[i] as number),
      target: target === null ? null : toPoints(target),
      owner: n.owner,
      coordinator: n.coordinator,
      priority: priority[i] as number,
      status: target !== null && target <= n.computed.achieved ? "noGain" : "open",
    };
  });
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

const PLAN_TITLE = { vi: "KẾ HOẠCH KHẮC PHỤC ĐIỂM YẾU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", en: "PAR INDEX REMEDIATION PLAN" };
const PLAN_TITLE_KEYS = new Set([fold(PLAN_TITLE.vi), fold(PLAN_TITLE.en)]);
/** the counts line under the title, exactly as we write it (so it can be refreshed and is not staff's) */
const SUBTITLE = /^\((Lập từ bảng “.*”: \d+ tiêu chí bị mất điểm, tổng [\d.,]+ điểm|From sheet “.*”: \d+ weak criteria, [\d.,]+ points lost)\)$/;

/**
 * The plan sheet's content. With `existing` (the current plan sheet's values, and formulas if any),
 * every typed cell, every column and row staff added, and the rows above the header are kept;
 * criteria no longer weak stay listed as resolved.
 */
export function planTable(analysis: Analysis, lang: Lang, existing?: { values: Grid; formulas?: Grid }): PlanTable {
  const rows = weakCriteria(analysis);
  const read = existing ? readExisting(existing.values, existing.formulas, analysis) : null;
  const old = read?.kind === "plan" ? read : null;
  const loose = read?.kind === "loose" ? read : null;
  const columns: PlanTable["columns"] = old
    ? old.map.map((k, c) => ({ key: k, title: old.titles[c] ?? "", width: k ? (PLAN_COLUMNS.find((p) => p.key === k) as { width: number }).width : 16 }))
    : PLAN_COLUMNS.map((c) => ({ key: c.key, title: c[lang], width: c.width }));
  if (old) {
    // columns we generate that the old sheet lacked are added at the end
    for (const c of PLAN_COLUMNS) if (!old.map.includes(c.key)) columns.push({ key: c.key, title: c[lang], width: c.width });
  }
  // an unreadable old sheet wider than the plan keeps its far cells too
  while (loose && columns.length < loose.width) columns.push({ key: null, title: "", width: 16 });
  const width = columns.length;
  // dense rows from the start: arrays filled at scattered indices turn slow (holey) in V8
  const blankLine = (): unknown[] => new Array<unknown>(width).fill(null);
  const colIndex = new Map<PlanKey, number>();
  columns.forEach((c, i) => c.key !== null && !colIndex.has(c.key) && colIndex.set(c.key, i));
  const colOf = (k: PlanKey) => colIndex.get(k) as number;

  const grid: unknown[][] = [];
  const kinds: RowKind[] = [];
  const formulas: PlanTable["formulas"] = [];
  let keptCells = 0;
  let keptRows = 0;
  const emit = (cells: unknown[], kind: RowKind, from?: ExistingRow) => {
    const r = grid.length;
    const line = cells.length === width ? cells : Array.from({ length: width }, (_, c) => cells[c] ?? null);
    grid.push(line);
    kinds.push(kind);
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
    if (row.cells.every(isBlank) && !row.formulas.some(Boolean)) return emit(blankLine(), "blank");
    if (!isLooseNote(row.cells)) {
      keptRows++;
      keptCells += nonBlank(row.cells);
    }
    emit(row.cells, kind, row);
  };

  const lost = rows.reduce((s, r) => s + Math.round(r.lost * 1000), 0);
  const subtitle =
    lang === "vi"
      ? `(Lập từ bảng “${analysis.report.sheet}”: ${rows.length} tiêu chí bị mất điểm, tổng ${formatPoints(lost, lang)} điểm)`
      : `(From sheet “${analysis.report.sheet}”: ${rows.length} weak criteria, ${formatPoints(lost, lang)} points lost)`;
  if (old && old.above.length) {
    for (const row of old.above) {
      const only = nonBlank(row.cells) === 1 ? row.cells.find((v) => !isBlank(v)) : undefined;
      // our own title and counts line are not staff's cells; the counts are refreshed so they stay true
      if (typeof only === "string" && SUBTITLE.test(cellText(only)) && !isBlank(row.cells[0]) && !row.formulas.some(Boolean)) emit([subtitle], "title");
      else if (typeof only === "string" && PLAN_TITLE_KEYS.has(fold(only))) emit(row.cells, "title", row);
      else keepRow(row, "title");
    }
  } else {
    emit([PLAN_TITLE[lang]], "title");
    emit([subtitle], "title");
    emit([], "blank");
  }
  const headerRow = grid.length;
  emit(
    columns.map((c) => c.title),
    "header",
  );

  const weakByCode = new Map(rows.map((r) => [r.code, r]));

  const areaOfCode = (code: string) => code.split(".")[0] as string;
  const areaCodes = new Set<string>();
  for (const r of rows) areaCodes.add(r.area);
  for (const code of old?.byCode.keys() ?? []) areaCodes.add(areaOfCode(code));
  for (const area of old?.headings.keys() ?? []) areaCodes.add(area);
  for (const anchor of old?.keptAfter.keys() ?? []) if (anchor) areaCodes.add(areaOfCode(anchor));
  const areas = [...areaCodes].sort(compareCodes);
  const leafByCode = new Map<string, CriterionNode>();
  for (const n of analysis.nodes) leafByCode.set(n.code, n);
  const codesByArea = new Map<string, Set<string>>(areas.map((a) => [a, new Set<string>()]));
  for (const r of rows) codesByArea.get(r.area)?.add(r.code);
  for (const code of old?.byCode.keys() ?? []) codesByArea.get(areaOfCode(code))?.add(code);

  /** Whether an old cell in a suggested column is staff's, not the suggestion we would fill in now. */
  const ownSuggestion = (v: unknown, now: string) => {
    const t = cellText(v);
    return t !== now && fold(t) !== fold(now);
  };

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
    const node = leafByCode.get(area);
    const name = node ? node.name : `${area} — ${STATUS_LABEL.dropped[lang]}`;
    // the old heading is staff's row as much as ours: keep all of it (their STT "II", their wording), fill blanks
    const prevHeading = old?.headings.get(area);
    const heading = blankLine();
    if (prevHeading) {
      prevHeading.cells.forEach((v, c) => (heading[c] = v ?? null));
      prevHeading.cells.forEach((v, c) => {
        if (isBlank(v)) return;
        if (c === colOf("stt") && cellText(v) === area) return;
        if (c === colOf("name") && cellText(v) === name) return;
        keptCells++;
      });
    }
    if (isBlank(heading[colOf("stt")])) heading[colOf("stt")] = area;
    if (isBlank(heading[colOf("name")])) heading[colOf("name")] = name;
    emit(heading, "area", prevHeading);
    keptAfter(area);
    const codes = codesByArea.get(area) as Set<string>;
    for (const code of old ? [...codes].sort(compareCodes) : codes) {
      const prev = old?.byCode.get(code);
      const weak = weakByCode.get(code);
      const n = leafByCode.get(code);
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
          else if (ownSuggestion(v, weak ? weak[k as "owner" | "coordinator"] : n ? n[k as "owner" | "coordinator"] : "")) keptCells++;
        });
      }
      stt++;
      line[colOf("stt")] = stt;
      line[colOf("code")] = code;
      let status: PlanStatus;
      if (weak) {
        status = weak.status;
        line[colOf("name")] = weak.name;
        line[colOf("max")] = weak.max;
        line[colOf("achieved")] = weak.achieved;
        line[colOf("lost")] = weak.lost;
        line[colOf("target")] = weak.target;
        line[colOf("priority")] = weak.priority;
        if (isBlank(line[colOf("owner")])) line[colOf("owner")] = weak.owner || null;
        if (isBlank(line[colOf("coordinator")])) line[colOf("coordinator")] = weak.coordinator || null;
      } else if (n) {
        status = "resolved";
        resolved++;
        const lost = n.computed.max - n.computed.achieved;
        line[colOf("name")] = n.name;
        line[colOf("max")] = toPoints(n.computed.max);
        line[colOf("achieved")] = toPoints(n.computed.achieved);
        line[colOf("lost")] = toPoints(lost);
        line[colOf("target")] = n.computed.target === null ? null : toPoints(n.computed.target);
        line[colOf("priority")] = null;
      } else {
        status = "dropped";
        dropped++;
        // keep what the old row said about a criterion this year's set no longer has; its rank is no longer one
        old?.map.forEach((k, c) => {
          if (k !== null && kindOf(k) === "generated" && k !== "stt" && k !== "status" && k !== "priority") line[colOf(k)] = prev?.cells[c] ?? null;
        });
      }
      line[colOf("status")] = STATUS_LABEL[status][lang];
      emit(line, weak ? "item" : "resolved", prev);
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
  return { grid, formulas, kinds, headerRow, columns, rows, stats: { weak: rows.length, resolved, dropped, keptCells, keptRows }, tableEnd };
}
