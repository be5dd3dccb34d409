// Reading the plan sheet staff already have: its header (whatever they renamed), criteria rows, area headings,
// their own rows and columns, so that a re-generated plan keeps every cell they typed.
import type { Analysis } from "./analyze.js";
import { compareCodes, parseCode, parsePath } from "./codes.js";
import { PLAN_COLUMNS, type PlanKey } from "./plan-columns.js";
import { romanValue } from "./roman.js";
import { cellText, fold, isBlank, isFormula } from "./text.js";
import type { Grid } from "./types.js";

export interface ExistingRow {
  /** 0-based row of the old sheet: its height, fonts and fills go with it */
  index: number;
  cells: unknown[];
  formulas: (string | undefined)[];
}

/** The old plan sheet, understood: its columns, criterion rows, headings and staff's own rows. */
export interface ExistingPlan {
  kind: "plan";
  /** 0-based row of the old header */
  headerRow: number;
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
export interface ExistingLoose {
  kind: "loose";
  rows: ExistingRow[];
  width: number;
}

/** Titles compared without case, diacritics, spaces or punctuation: "Tiêu chí/Nội dung…" is "Tiêu chí / Nội dung…". */
const titleKey = (v: unknown) => fold(v).replace(/[^a-z0-9]/g, "");
const HEADER_KEY = new Map<string, PlanKey>(
  PLAN_COLUMNS.flatMap((c) => [c.vi, c.en, ...("aliases" in c ? c.aliases : [])].map((t) => [titleKey(t), c.key] as const)),
);

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


/** An area's number as a heading's STT shows it: "3", 3, "3." or "III". */
function sttArea(v: unknown): string | null {
  if (isBlank(v)) return null;
  const t = cellText(v).replace(/\.$/, "");
  if (/^\d{1,4}$/.test(t)) return String(Number(t));
  const n = romanValue(t);
  return n !== null && n <= 50 ? String(n) : null;
}

export const LOOSE_NOTE = {
  vi: "Nội dung cũ của trang tính không đối chiếu được với kế hoạch mới (giữ nguyên bên dưới):",
  en: "Earlier contents of this sheet that could not be matched to the new plan (kept as they were):",
};
const LOOSE_NOTE_KEYS = new Set([fold(LOOSE_NOTE.vi), fold(LOOSE_NOTE.en)]);

/** Our own note above the rows we could not match: it and every row after it are kept as they are. */
export function isLooseNote(cells: readonly unknown[]): boolean {
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

/**
 * The plan's header: the row naming the most plan columns (at least three), in either language, within the
 * first rows; each column's key (exact titles first, then renamed ones; a title met twice is staff's own column).
 */
export function findPlanHeader(grid: Grid, width?: number): { row: number; map: (PlanKey | null)[] } | null {
  let headerRow = -1;
  let best = MIN_TITLES - 1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN); r++) {
    const n = (grid[r] as readonly unknown[]).reduce<number>((s, v) => (knownTitle(v) ? s + 1 : s), 0);
    if (n > best) [headerRow, best] = [r, n];
  }
  if (headerRow < 0) return null;
  const header = grid[headerRow] as readonly unknown[];
  const widest = width ?? grid.reduce((w, r) => Math.max(w, r.length), 0);
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
  return { row: headerRow, map };
}

export function readExisting(grid: Grid, formulas: Grid | undefined, analysis: Analysis): ExistingPlan | ExistingLoose | null {
  const rowAt = (r: number): ExistingRow => ({
    index: r,
    cells: [...(grid[r] ?? [])],
    formulas: (formulas?.[r] ?? []).map((f, c) => (isFormula(f, grid[r]?.[c]) ? f : undefined)),
  });
  const used = (r: readonly unknown[]) => r.reduce<number>((w, v, c) => (isBlank(v) ? w : c + 1), 0);
  // a formula showing "" is still staff's cell: it widens the sheet and keeps its row
  const usedFormulas = (r: number) => (formulas?.[r] ?? []).reduce<number>((w, f, c) => (isFormula(f, grid[r]?.[c]) ? c + 1 : w), 0);
  const widest = grid.reduce((w, r, i) => Math.max(w, used(r), formulas ? usedFormulas(i) : 0), 0);
  if (widest === 0) return null;
  const emptyAt = (r: number) => (grid[r] ?? []).every(isBlank) && (!formulas || usedFormulas(r) === 0);

  const found = findPlanHeader(grid, widest);
  if (!found) {
    // nothing we can match row by row: keep it all rather than guess
    const rows: ExistingRow[] = [];
    grid.forEach((_, i) => emptyAt(i) || rows.push(rowAt(i)));
    return { kind: "loose", rows, width: widest };
  }
  const { row: headerRow, map } = found;
  const header = grid[headerRow] as readonly unknown[];
  const titles = Array.from({ length: widest }, (_, c) => cellText(header[c]));
  const codeCol = map.indexOf("code");
  const sttCol = map.indexOf("stt");
  const nameCol = map.indexOf("name");

  // first pass: the codes, so a heading's STT can be told from a staff row's own numbering
  const codes: (string | null)[] = new Array<string | null>(grid.length).fill(null);
  const areas = new Set(analysis.roots.map((n) => n.code));
  if (codeCol >= 0) {
    for (let r = headerRow + 1; r < grid.length; r++) {
      const code = parsePath(grid[r]?.[codeCol]);
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
    // an area whose path is its Roman numeral or section letter ("II", "B") is named by it as it stands
    const typed = sttCol >= 0 ? cellText(cells[sttCol]).replace(/\.$/, "") : "";
    const stt = areas.has(typed) ? typed : sttCol >= 0 ? sttArea(cells[sttCol]) : null;
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
      // no code column left: the code written before the name ("1.1.1. Ban hành…"), else the name itself
      const prefixed = codePrefix(cells[nameCol]);
      code = prefixed && !byCode.has(prefixed.code) ? prefixed.code : names.leaf(fold(prefixed ? prefixed.name : cells[nameCol]), area, byCode);
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
  return { kind: "plan", headerRow, above, map, titles, byCode, headings, keptAfter, trailing, gap: from > lastTableRow + 1 };
}

/** "1.1.1. Ban hành kế hoạch" → the code and the name after it (how the annex's Nội dung column shows a criterion). */
export function codePrefix(v: unknown): { code: string; name: string } | null {
  if (typeof v !== "string") return null;
  const m = /^\s*(\d{1,3}(?:\.\d{1,3}){1,4})\.?\s+(.*)$/s.exec(v);
  if (!m) return null;
  const code = parseCode(m[1]);
  return code.kind === "code" ? { code: code.code, name: m[2] as string } : null;
}
