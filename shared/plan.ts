// The remediation plan (kế hoạch khắc phục): one row per weak leaf, grouped under its area.
// Re-generating it keeps every cell a person typed, matched by criterion code.
import type { Analysis, CriterionNode } from "./analyze.js";
import { compareCodes, parseCode } from "./codes.js";
import { formatPoints, toPoints } from "./points.js";
import { cellText, fold, isBlank, isFormula } from "./text.js";
import type { Grid, Lang } from "./types.js";

/** generated: refreshed from the scores; suggested: filled from the sheet only while empty; typed: staff's own. */
type ColumnKind = "generated" | "suggested" | "typed";

export const PLAN_COLUMNS = [
  { key: "stt", kind: "generated", width: 5, vi: "STT", en: "No." },
  { key: "code", kind: "generated", width: 9, vi: "Mã tiêu chí", en: "Code" },
  { key: "name", kind: "generated", width: 42, vi: "Tiêu chí / Nội dung thực hiện", en: "Criterion" },
  { key: "max", kind: "generated", width: 8, vi: "Điểm tối đa", en: "Max" },
  { key: "achieved", kind: "generated", width: 8, vi: "Điểm đạt", en: "Achieved" },
  { key: "lost", kind: "generated", width: 8, vi: "Điểm bị mất", en: "Lost" },
  { key: "target", kind: "generated", width: 8, vi: "Mục tiêu", en: "Target" },
  { key: "priority", kind: "generated", width: 7, vi: "Ưu tiên", en: "Priority" },
  { key: "solution", kind: "typed", width: 36, vi: "Giải pháp thực hiện", en: "Solution" },
  { key: "product", kind: "typed", width: 24, vi: "Sản phẩm", en: "Output (evidence)" },
  { key: "owner", kind: "suggested", width: 18, vi: "Chủ trì", en: "Lead" },
  { key: "coordinator", kind: "suggested", width: 18, vi: "Phối hợp", en: "Coordinating" },
  { key: "deadline", kind: "typed", width: 14, vi: "Thời gian thực hiện", en: "Timeline" },
  { key: "budget", kind: "typed", width: 11, vi: "Kinh phí dự kiến (triệu đồng)", en: "Budget (million VND)" },
  { key: "progress", kind: "typed", width: 18, vi: "Tiến độ", en: "Progress" },
  { key: "note", kind: "typed", width: 18, vi: "Ghi chú", en: "Note" },
  { key: "status", kind: "generated", width: 16, vi: "Trạng thái", en: "Status" },
] as const satisfies readonly { key: string; kind: ColumnKind; width: number; vi: string; en: string }[];

export type PlanKey = (typeof PLAN_COLUMNS)[number]["key"];

export type PlanStatus = "open" | "noGain" | "resolved" | "dropped";

export const STATUS_LABEL: Record<PlanStatus, { vi: string; en: string }> = {
  open: { vi: "Cần khắc phục", en: "To remedy" },
  noGain: { vi: "Chưa dự kiến tăng điểm", en: "No gain planned" },
  resolved: { vi: "Đã khắc phục", en: "Resolved" },
  dropped: { vi: "Không còn trong bộ tiêu chí", en: "No longer in the criteria set" },
};

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

export interface PlanTable {
  grid: unknown[][];
  /** formulas staff typed in kept cells, to write back as formulas */
  formulas: { row: number; col: number; formula: string }[];
  kinds: RowKind[];
  headerRow: number;
  columns: { key: PlanKey | null; title: string; width: number }[];
  rows: PlanRow[];
  stats: { weak: number; resolved: number; keptCells: number; keptRows: number };
}

/** Weak leaves (points lost), by code, with a priority rank by points lost. */
export function weakCriteria(analysis: Analysis): PlanRow[] {
  const leaves = analysis.nodes.filter((n) => n.children.length === 0 && n.computed.max > n.computed.achieved);
  const inOrder = leaves.every((n, i) => i === 0 || compareCodes((leaves[i - 1] as CriterionNode).code, n.code) < 0);
  if (!inOrder) leaves.sort((a, b) => compareCodes(a.code, b.code));
  // rank by points lost; ties keep code order (their index), compared as integers
  const lost = leaves.map((n) => n.computed.max - n.computed.achieved);
  const byLoss = leaves.map((_, i) => i).sort((i, j) => (lost[j] as number) - (lost[i] as number) || i - j);
  const priority = new Array<number>(leaves.length);
  byLoss.forEach((i, rank) => (priority[i] = rank + 1));
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

function areaOf(n: CriterionNode): CriterionNode {
  let a = n;
  while (a.parent) a = a.parent;
  return a;
}

interface ExistingRow {
  cells: unknown[];
  formulas: (string | undefined)[];
}

interface Existing {
  above: ExistingRow[];
  /** existing column index → plan key, or null for a column staff added */
  map: (PlanKey | null)[];
  titles: string[];
  byCode: Map<string, ExistingRow>;
  /** rows that are neither headings nor criteria (staff's own), keyed by the code they followed */
  keptAfter: Map<string, ExistingRow[]>;
}

const HEADER_KEY = new Map<string, PlanKey>(PLAN_COLUMNS.flatMap((c) => [[fold(c.vi), c.key] as const, [fold(c.en), c.key] as const]));

function readExisting(grid: Grid, formulas: Grid | undefined): Existing | null {
  const codeTitle = new Set([fold("Mã tiêu chí"), fold("Code")]);
  const headerRow = grid.findIndex((r) => r.some((c) => codeTitle.has(fold(c))));
  if (headerRow < 0) return null;
  const header = grid[headerRow] as readonly unknown[];
  // a cell typed right of the last titled column is a column too: never cut it off
  const used = (r: readonly unknown[]) => r.reduce<number>((w, v, c) => (isBlank(v) ? w : c + 1), 0);
  const widest = grid.reduce((w, r) => Math.max(w, used(r)), used(header));
  const map = Array.from({ length: widest }, (_, c) => HEADER_KEY.get(fold(header[c])) ?? null);
  const titles = Array.from({ length: widest }, (_, c) => cellText(header[c]));
  const col = (k: PlanKey) => map.indexOf(k);
  const rowAt = (r: number): ExistingRow => ({
    cells: [...(grid[r] ?? [])],
    formulas: (formulas?.[r] ?? []).map((f, c) => (isFormula(f, grid[r]?.[c]) ? f : undefined)),
  });
  const above: ExistingRow[] = [];
  for (let r = 0; r < headerRow; r++) above.push(rowAt(r));
  const byCode = new Map<string, ExistingRow>();
  const keptAfter = new Map<string, ExistingRow[]>();
  let anchor = "";
  const typedCols = map.map((k, c) => (k === null || kindOf(k) !== "generated" ? c : -1)).filter((c) => c >= 0);
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = rowAt(r);
    if (row.cells.every(isBlank)) continue;
    const code = parseCode(row.cells[col("code")]);
    if (code.kind === "code" && !byCode.has(code.code)) {
      byCode.set(code.code, row);
      anchor = code.code;
      continue;
    }
    const heading = code.kind === "blank" && /^\d+$/.test(cellText(row.cells[col("stt")])) && typedCols.every((c) => isBlank(row.cells[c]));
    if (heading) {
      anchor = cellText(row.cells[col("stt")]);
      continue;
    }
    const list = keptAfter.get(anchor) ?? [];
    list.push(row);
    keptAfter.set(anchor, list);
  }
  return { above, map, titles, byCode, keptAfter };
}

const KIND = new Map<PlanKey, ColumnKind>(PLAN_COLUMNS.map((c) => [c.key, c.kind]));
function kindOf(key: PlanKey): ColumnKind {
  return KIND.get(key) as ColumnKind;
}

/**
 * The plan sheet's content. With `existing` (the current plan sheet's values, and formulas if any),
 * every typed cell, every column and row staff added, and the rows above the header are kept;
 * criteria no longer weak stay listed as resolved.
 */
export function planTable(analysis: Analysis, lang: Lang, existing?: { values: Grid; formulas?: Grid }): PlanTable {
  const rows = weakCriteria(analysis);
  const old = existing ? readExisting(existing.values, existing.formulas) : null;
  const columns: PlanTable["columns"] = old
    ? old.map.map((k, c) => ({ key: k, title: old.titles[c] ?? "", width: k ? (PLAN_COLUMNS.find((p) => p.key === k) as { width: number }).width : 16 }))
    : PLAN_COLUMNS.map((c) => ({ key: c.key, title: c[lang], width: c.width }));
  if (old) {
    // columns we generate that the old sheet lacked are added at the end
    for (const c of PLAN_COLUMNS) if (!old.map.includes(c.key)) columns.push({ key: c.key, title: c[lang], width: c.width });
  }
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
    from?.formulas.forEach((f, c) => {
      if (f && c < width && (kind === "kept" || kind === "title" || columns[c]?.key === null || kindOf(columns[c]?.key as PlanKey) !== "generated")) {
        formulas.push({ row: r, col: c, formula: f });
      }
    });
  };
  const keepRow = (row: ExistingRow, kind: RowKind) => {
    keptRows++;
    keptCells += row.cells.filter((v) => !isBlank(v)).length;
    emit(row.cells, kind, row);
  };

  if (old && old.above.length) old.above.forEach((r) => keepRow(r, "title"));
  else {
    const lost = rows.reduce((s, r) => s + Math.round(r.lost * 1000), 0);
    emit([lang === "vi" ? "KẾ HOẠCH KHẮC PHỤC ĐIỂM YẾU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH" : "PAR INDEX REMEDIATION PLAN"], "title");
    emit(
      [
        lang === "vi"
          ? `(Lập từ bảng “${analysis.report.sheet}”: ${rows.length} tiêu chí bị mất điểm, tổng ${formatPoints(lost, lang)} điểm)`
          : `(From sheet “${analysis.report.sheet}”: ${rows.length} weak criteria, ${formatPoints(lost, lang)} points lost)`,
      ],
      "title",
    );
    emit([], "blank");
  }
  const headerRow = grid.length;
  emit(
    columns.map((c) => c.title),
    "header",
  );

  const weakByCode = new Map(rows.map((r) => [r.code, r]));
  const leafByCode = new Map(analysis.nodes.map((n) => [n.code, n]));
  const areaCodes = new Set<string>();
  for (const r of rows) areaCodes.add(r.area);
  for (const code of old?.byCode.keys() ?? []) areaCodes.add(code.split(".")[0] as string);
  for (const anchor of old?.keptAfter.keys() ?? []) if (anchor) areaCodes.add(anchor.split(".")[0] as string);
  const areas = [...areaCodes].sort(compareCodes);
  const codesByArea = new Map<string, Set<string>>(areas.map((a) => [a, new Set<string>()]));
  for (const r of rows) codesByArea.get(r.area)?.add(r.code);
  for (const code of old?.byCode.keys() ?? []) codesByArea.get(code.split(".")[0] as string)?.add(code);

  let stt = 0;
  let resolved = 0;
  const keptAfter = (anchor: string) => (old?.keptAfter.get(anchor) ?? []).forEach((r) => keepRow(r, "kept"));
  keptAfter("");
  for (const area of areas) {
    const node = leafByCode.get(area);
    const heading = blankLine();
    heading[colOf("stt")] = area;
    heading[colOf("name")] = node ? node.name : `${area} — ${STATUS_LABEL.dropped[lang]}`;
    emit(heading, "area");
    keptAfter(area);
    const codes = codesByArea.get(area) as Set<string>;
    for (const code of old ? [...codes].sort(compareCodes) : codes) {
      const prev = old?.byCode.get(code);
      const weak = weakByCode.get(code);
      const line = blankLine();
      // staff's cells first, then what we generate on top of the generated columns
      if (prev && old) {
        old.map.forEach((k, c) => {
          const target = k === null ? c : colOf(k);
          if (k === null || kindOf(k) !== "generated") line[target] = prev.cells[c] ?? null;
          if (!isBlank(prev.cells[c]) && (k === null || kindOf(k) !== "generated")) keptCells++;
        });
      }
      stt++;
      line[colOf("stt")] = stt;
      line[colOf("code")] = code;
      const n = leafByCode.get(code);
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
        const lost = n.computed.max - n.computed.achieved;
        line[colOf("name")] = n.name;
        line[colOf("max")] = toPoints(n.computed.max);
        line[colOf("achieved")] = toPoints(n.computed.achieved);
        line[colOf("lost")] = toPoints(lost);
        line[colOf("target")] = n.computed.target === null ? null : toPoints(n.computed.target);
        line[colOf("priority")] = null;
      } else {
        status = "dropped";
        // keep what the old row said about a criterion this year's set no longer has
        old?.map.forEach((k, c) => {
          if (k !== null && kindOf(k) === "generated" && k !== "stt" && k !== "status") line[colOf(k)] = prev?.cells[c] ?? null;
        });
      }
      line[colOf("status")] = STATUS_LABEL[status][lang];
      const kind: RowKind = weak ? "item" : "resolved";
      if (!weak) resolved++;
      emit(line, kind, prev);
      keptAfter(code);
    }
  }
  return { grid, formulas, kinds, headerRow, columns, rows, stats: { weak: rows.length, resolved, keptCells, keptRows } };
}
