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

/** The old plan sheet, understood: its columns, criterion rows, headings and staff's own rows. */
interface ExistingPlan {
  kind: "plan";
  above: ExistingRow[];
  /** existing column index → plan key, or null for a column staff added */
  map: (PlanKey | null)[];
  titles: string[];
  byCode: Map<string, ExistingRow>;
  /** area code → its old heading row (one per area) */
  headings: Map<string, ExistingRow>;
  /** rows inside the table that are neither headings nor criteria (staff's own), keyed by the code they followed */
  keptAfter: Map<string, ExistingRow[]>;
  /** rows below the table (a signature block…), blank rows inside it kept, blank rows at its ends trimmed */
  trailing: ExistingRow[];
  /** blank rows stood between the table and the trailing block */
  gap: boolean;
}

/** An old sheet with no recognisable plan header: its non-empty rows, to keep as they are. */
interface ExistingLoose {
  kind: "loose";
  rows: ExistingRow[];
  width: number;
}

/** Titles compared without case, diacritics, spaces or punctuation: "Tiêu chí/Nội dung…" is "Tiêu chí / Nội dung…". */
const titleKey = (v: unknown) => fold(v).replace(/[^a-z0-9]/g, "");
const HEADER_KEY = new Map<string, PlanKey>(PLAN_COLUMNS.flatMap((c) => [[titleKey(c.vi), c.key] as const, [titleKey(c.en), c.key] as const]));

/** Titles staff rename columns to: "Mã số", "Mã TC", "Code…" for the code; "Tiêu chí", "Nội dung…" for the name. */
function titleVariant(v: unknown): PlanKey | null {
  if (typeof v !== "string" || v.length > 60) return null;
  const f = fold(v);
  if (/^(ma|code)(\W|$)/.test(f)) return "code";
  if (/^(tieu chi|noi dung|criteri)/.test(f)) return "name";
  return null;
}

function knownTitle(v: unknown): PlanKey | null {
  // titles are short text; skipping numbers and long cells keeps the header search cheap
  if (typeof v !== "string" || v.length > 60) return null;
  return HEADER_KEY.get(titleKey(v)) ?? titleVariant(v);
}

/** The header sits near the top: searching further would fold every cell of a 30 000-row plan. */
const HEADER_SCAN = 200;
const MIN_TITLES = 3;

const ROMAN = new Map(
  ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"].map((r, i) => [r, String(i + 1)]),
);

/** An area's number as a heading's STT shows it: "3", 3, "3." or "III". */
function sttArea(v: unknown): string | null {
  if (isBlank(v)) return null;
  const t = cellText(v).replace(/\.$/, "");
  if (/^\d{1,4}$/.test(t)) return String(Number(t));
  return ROMAN.get(t.toUpperCase()) ?? null;
}

const LOOSE_NOTE = {
  vi: "Nội dung cũ của trang tính không đối chiếu được với kế hoạch mới (giữ nguyên bên dưới):",
  en: "Earlier contents of this sheet that could not be matched to the new plan (kept as they were):",
};
const LOOSE_NOTE_KEYS = new Set([fold(LOOSE_NOTE.vi), fold(LOOSE_NOTE.en)]);

/** Our own note above the rows we could not match: it and every row after it are kept as they are. */
function isLooseNote(cells: readonly unknown[]): boolean {
  let text: unknown = null;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (text !== null) return false;
    text = v;
  }
  return typeof text === "string" && LOOSE_NOTE_KEYS.has(fold(text));
}

/** Criteria names, folded, built only when a sheet needs them (folding 100 000 names is not free). */
class CriterionNames {
  private areas: Map<string, string> | null = null;
  private leaves: Map<string, { codes: string[]; next: number }> | null = null;
  private all: Set<string> | null = null;
  constructor(private readonly analysis: Analysis) {}

  areaByName(name: string): string | undefined {
    this.areas ??= new Map(this.analysis.roots.map((n) => [fold(n.name), n.code] as const).reverse());
    return this.areas.get(name);
  }

  /** whether some criterion below an area has this name */
  isCriterion(name: string): boolean {
    this.all ??= new Set(this.analysis.nodes.filter((n) => n.parent).map((n) => fold(n.name)));
    return this.all.has(name);
  }

  /** The first leaf with this name not taken yet, in code order, preferring one in `area`. */
  leaf(name: string, area: string, taken: { has(code: string): boolean }): string | null {
    if (!this.leaves) {
      this.leaves = new Map();
      for (const n of this.analysis.nodes) {
        if (n.children.length || !n.parent) continue;
        const key = fold(n.name);
        const entry = this.leaves.get(key) ?? { codes: [], next: 0 };
        entry.codes.push(n.code);
        this.leaves.set(key, entry);
      }
      for (const e of this.leaves.values()) if (e.codes.length > 1) e.codes.sort(compareCodes);
    }
    const entry = this.leaves.get(name);
    if (!entry) return null;
    // old rows come in code order: skipping the taken prefix once keeps repeated names linear
    while (entry.next < entry.codes.length && taken.has(entry.codes[entry.next] as string)) entry.next++;
    let first: string | null = null;
    for (let i = entry.next; i < entry.codes.length; i++) {
      const code = entry.codes[i] as string;
      if (taken.has(code)) continue;
      if (code.split(".")[0] === area) return code;
      first ??= code;
    }
    return first;
  }
}

function readExisting(grid: Grid, formulas: Grid | undefined, analysis: Analysis): ExistingPlan | ExistingLoose | null {
  const rowAt = (r: number): ExistingRow => ({
    cells: [...(grid[r] ?? [])],
    formulas: (formulas?.[r] ?? []).map((f, c) => (isFormula(f, grid[r]?.[c]) ? f : undefined)),
  });
  const used = (r: readonly unknown[]) => r.reduce<number>((w, v, c) => (isBlank(v) ? w : c + 1), 0);
  // a formula showing "" is still staff's cell: it widens the sheet and keeps its row
  const usedFormulas = (r: number) => (formulas?.[r] ?? []).reduce<number>((w, f, c) => (isFormula(f, grid[r]?.[c]) ? c + 1 : w), 0);
  const widest = grid.reduce((w, r, i) => Math.max(w, used(r), formulas ? usedFormulas(i) : 0), 0);
  if (widest === 0) return null;
  const emptyAt = (r: number) => (grid[r] ?? []).every(isBlank) && (!formulas || usedFormulas(r) === 0);

  // the header: the row naming the most plan columns, in either language
  let headerRow = -1;
  let best = MIN_TITLES - 1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN); r++) {
    const n = (grid[r] as readonly unknown[]).reduce<number>((s, v) => (knownTitle(v) ? s + 1 : s), 0);
    if (n > best) [headerRow, best] = [r, n];
  }
  if (headerRow < 0) {
    // nothing we can match row by row: keep it all rather than guess
    const rows: ExistingRow[] = [];
    grid.forEach((_, i) => emptyAt(i) || rows.push(rowAt(i)));
    return { kind: "loose", rows, width: widest };
  }

  const header = grid[headerRow] as readonly unknown[];
  // exact titles first, then renamed ones; a title met twice is staff's own column, so neither overwrites the other
  const map = Array.from({ length: widest }, (_, c) => HEADER_KEY.get(titleKey(header[c])) ?? null);
  const taken = new Set(map.filter((k) => k !== null));
  for (let c = 0; c < widest; c++) {
    if (map[c] !== null) {
      if (map.indexOf(map[c] as PlanKey) !== c) map[c] = null;
      continue;
    }
    const k = titleVariant(header[c]);
    if (k && !taken.has(k)) {
      map[c] = k;
      taken.add(k);
    }
  }
  const titles = Array.from({ length: widest }, (_, c) => cellText(header[c]));
  const codeCol = map.indexOf("code");
  const sttCol = map.indexOf("stt");
  const nameCol = map.indexOf("name");

  // first pass: the codes, so a heading's STT can be told from a staff row's own numbering
  const codes: (string | null)[] = new Array<string | null>(grid.length).fill(null);
  const areas = new Set(analysis.roots.map((n) => n.code));
  if (codeCol >= 0) {
    for (let r = headerRow + 1; r < grid.length; r++) {
      const code = parseCode(grid[r]?.[codeCol]);
      if (code.kind !== "code") continue;
      codes[r] = code.code;
      areas.add(code.code.split(".")[0] as string);
    }
  }

  const names = new CriterionNames(analysis);
  const headingArea = (cells: readonly unknown[]): string | null => {
    const name = nameCol >= 0 ? fold(cells[nameCol]) : "";
    const byName = name ? names.areaByName(name) : undefined;
    if (byName) return byName;
    const stt = sttCol >= 0 ? sttArea(cells[sttCol]) : null;
    // a staff row numbered "2" that names a criterion is not the heading of area 2
    return stt && areas.has(stt) && !(name && names.isCriterion(name)) ? stt : null;
  };

  const above: ExistingRow[] = [];
  for (let r = 0; r < headerRow; r++) above.push(rowAt(r));
  const byCode = new Map<string, ExistingRow>();
  const headings = new Map<string, ExistingRow>();
  const staff: { r: number; anchor: string; row: ExistingRow }[] = [];
  let anchor = "";
  let area = "";
  let lastTableRow = headerRow;
  let end = grid.length;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] as readonly unknown[];
    if (emptyAt(r)) continue;
    if (isLooseNote(cells)) {
      end = r;
      break;
    }
    let code = codes[r];
    if (code === null && codeCol < 0 && nameCol >= 0 && !isBlank(cells[nameCol])) {
      // no code column left: the criterion's name is all there is to match by
      code = names.leaf(fold(cells[nameCol]), area, byCode);
    }
    if (code !== null && code !== undefined) {
      if (!byCode.has(code)) {
        byCode.set(code, rowAt(r));
        [anchor, area, lastTableRow] = [code, code.split(".")[0] as string, r];
        continue;
      }
    } else {
      const a = headingArea(cells);
      if (a !== null && !headings.has(a)) {
        headings.set(a, rowAt(r));
        [anchor, area, lastTableRow] = [a, a, r];
        continue;
      }
    }
    staff.push({ r, anchor, row: rowAt(r) });
  }

  const keptAfter = new Map<string, ExistingRow[]>();
  for (const s of staff) {
    if (s.r > lastTableRow) break;
    const list = keptAfter.get(s.anchor) ?? [];
    list.push(s.row);
    keptAfter.set(s.anchor, list);
  }
  // rows below the table keep their own order and spacing; only blank rows at the ends go
  let from = lastTableRow + 1;
  let to = grid.length;
  while (from < end && emptyAt(from)) from++;
  while (to > from && emptyAt(to - 1)) to--;
  const trailing: ExistingRow[] = [];
  for (let r = from; r < to; r++) trailing.push(rowAt(r));
  return { kind: "plan", above, map, titles, byCode, headings, keptAfter, trailing, gap: from > lastTableRow + 1 };
}

const KIND = new Map<PlanKey, ColumnKind>(PLAN_COLUMNS.map((c) => [c.key, c.kind]));
function kindOf(key: PlanKey): ColumnKind {
  return KIND.get(key) as ColumnKind;
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
  const leafByCode = new Map(analysis.nodes.map((n) => [n.code, n]));
  const areaOfCode = (code: string) => code.split(".")[0] as string;
  const areaCodes = new Set<string>();
  for (const r of rows) areaCodes.add(r.area);
  for (const code of old?.byCode.keys() ?? []) areaCodes.add(areaOfCode(code));
  for (const area of old?.headings.keys() ?? []) areaCodes.add(area);
  for (const anchor of old?.keptAfter.keys() ?? []) if (anchor) areaCodes.add(areaOfCode(anchor));
  const areas = [...areaCodes].sort(compareCodes);
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
  const keptAfter = (anchor: string) => (old?.keptAfter.get(anchor) ?? []).forEach((r) => keepRow(r, "kept"));
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
