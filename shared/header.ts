// Finds the criteria header (one row, or two rows under merged group cells) and maps columns to roles.
import { ACHIEVED_PREFERENCE, HEADER_WORDS } from "./glossary.js";
import { cellText, fold, isBlank } from "./text.js";
import type { Grid, Role } from "./types.js";

export interface HeaderMatch {
  /** 0-based first header row */
  row: number;
  /** header rows, 1 to 4 (a group title merged over sub-titles: "Điểm đánh giá" / "Năm 2024" / "Tự chấm") */
  height: number;
  columns: Partial<Record<Role, number>>;
  /** header text per column, both rows joined */
  headers: string[];
  /** other columns that hold achieved-type scores */
  alternatives: number[];
}

/** How far down to look for the header (title rows above it are common). */
const SCAN_ROWS = 60;

export function roleOf(headerText: string): Role | null {
  const f = fold(headerText);
  if (!f) return null;
  for (const [role, words] of HEADER_WORDS) if (words.some((w) => w.test(f))) return role;
  return null;
}

/** True when the row repeats the header (page breaks mid-table) or only numbers the columns. */
export function isHeaderLike(cells: readonly unknown[], codeCol: number): boolean {
  if (roleOf(cellText(cells[codeCol])) === "code") return true;
  return isColumnNumbering(cells);
}

/** A row that only numbers the columns, as official forms print under the header: (1) (2) (3)… or A B 1 2 3… */
export function isColumnNumbering(cells: readonly unknown[]): boolean {
  let count = 0;
  let lastNumber = -1;
  let lastLetter = -1;
  for (const c of cells) {
    if (isBlank(c)) continue;
    const m = /^\(?(?:(\d{1,2})|([A-Z]))\)?$/.exec(cellText(c));
    if (!m) return false;
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      if (lastNumber >= 0 && n !== lastNumber + 1) return false;
      lastNumber = n;
    } else {
      const l = (m[2] as string).charCodeAt(0);
      if (lastNumber >= 0 || (lastLetter >= 0 && l !== lastLetter + 1)) return false;
      lastLetter = l;
    }
    count++;
  }
  return count >= 4;
}

/** Official forms stack a group title, a year and the sub-titles: up to four header rows. */
const MAX_HEIGHT = 4;

export function findHeader(values: Grid, override: Partial<Record<Role, number>> = {}): HeaderMatch | null {
  const limit = Math.min(values.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = values[r] ?? [];
    const single = mapRoles(row.map(cellText));
    // the code title ("STT", merged down the header rows) sits in the first header row
    const codeCol = single.columns.code;
    if (codeCol === undefined) continue;
    // the rows below that only hold titles belong to the header, read together column by column
    const rows: (readonly unknown[])[] = [row];
    while (rows.length < MAX_HEIGHT && values[r + rows.length] && isSubHeaderOf(values[r + rows.length] as readonly unknown[], codeCol, single.columns.name)) {
      rows.push(values[r + rows.length] as readonly unknown[]);
    }
    let pick: ReturnType<typeof mapRoles> | null = null;
    let height = 0;
    for (let h = 1; h <= rows.length; h++) {
      const m = h === 1 ? single : mapRoles(joinRows(rows.slice(0, h)));
      // a criteria header has codes, names and at least one points column (a plan's header has none)
      const c = m.columns;
      if (c.code !== codeCol || c.name === undefined || (c.max ?? c.achieved ?? c.target) === undefined) continue;
      // the taller reading wins unless it loses a column: a title row is never read as data
      if (!pick || Object.keys(c).length >= Object.keys(pick.columns).length) {
        pick = m;
        height = h;
      }
    }
    if (!pick) continue;
    // rows the header spans that add nothing still are header rows (a blank-looking sub-title row)
    if (height < rows.length && Object.keys(mapRoles(joinRows(rows)).columns).length >= Object.keys(pick.columns).length) {
      pick = mapRoles(joinRows(rows));
      height = rows.length;
    }
    // a column the user chose for a role no longer serves the role the header gave it: one role per column
    const chosen = new Set(Object.values(override));
    const columns: Partial<Record<Role, number>> = {};
    for (const [role, col] of Object.entries(pick.columns) as [Role, number][]) if (!chosen.has(col)) columns[role] = col;
    Object.assign(columns, override);
    const alternatives = pick.achievedAll.filter((c) => c !== columns.achieved);
    return { row: r, height, columns, headers: pick.headers, alternatives };
  }
  return null;
}

/** A sub-title row of the header: titles only; a lone title in the name column is a section heading, not one. */
function isSubHeaderOf(cells: readonly unknown[], codeCol: number, nameCol: number | undefined): boolean {
  if (!isSubHeader(cells, codeCol)) return false;
  let labels = 0;
  let onlyName = true;
  for (let c = 0; c < cells.length; c++) {
    if (isBlank(cells[c])) continue;
    labels++;
    if (c !== nameCol) onlyName = false;
  }
  return labels > 0 && !(labels === 1 && onlyName);
}

/** A second header row holds only labels (no code, no numbers), e.g. "Điểm | Tăng/giảm" under "Mục tiêu". */
export function isSubHeader(cells: readonly unknown[], codeCol: number): boolean {
  let labels = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    if (typeof v === "number" || isColumnNumbering(cells)) return false;
    if (c === codeCol) return false;
    labels++;
  }
  return labels > 0;
}

/**
 * Join header rows column by column. A blank cell with titles below it belongs to the merged group title
 * on its left in the same row ("Điểm đánh giá" over "Năm 2024" over "Tự chấm" | "Thẩm định").
 */
function joinRows(rows: readonly (readonly unknown[])[]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const texts = rows.map((r) => Array.from({ length: width }, (_, c) => cellText(r[c])));
  const group = rows.map(() => "");
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let k = 0; k < rows.length; k++) {
      const t = (texts[k] as string[])[c] as string;
      let below = false;
      for (let j = k + 1; j < rows.length && !below; j++) below = ((texts[j] as string[])[c] as string) !== "";
      if (t) {
        group[k] = below ? t : "";
        parts.push(t);
      } else if (below && group[k]) parts.push(group[k] as string);
    }
    out.push(parts.join(" "));
  }
  return out;
}

function mapRoles(headers: string[]): { columns: Partial<Record<Role, number>>; headers: string[]; achievedAll: number[] } {
  const columns: Partial<Record<Role, number>> = {};
  const achievedAll: number[] = [];
  headers.forEach((h, c) => {
    const role = roleOf(h);
    if (role === null) return;
    if (role === "achieved") achievedAll.push(c);
    // a "Mã tiêu chí" column holds the codes even when a running "STT" column stands left of it
    else if (columns[role] === undefined || (role === "code" && /^ma/.test(fold(h)) && !/^ma/.test(fold(headers[columns.code as number])))) {
      columns[role] = c;
    }
  });
  const best = chooseAchieved(achievedAll, headers);
  if (best !== undefined) columns.achieved = best;
  return { columns, headers, achievedAll };
}

/** Appraised (thẩm định) beats self-scored (tự chấm / tự đánh giá) beats a plain "Điểm đạt"; ties: rightmost (latest year). */
function chooseAchieved(candidates: number[], headers: string[]): number | undefined {
  for (const [, pattern] of ACHIEVED_PREFERENCE) {
    const hits = candidates.filter((c) => pattern.test(fold(headers[c])));
    if (hits.length) return hits[hits.length - 1];
  }
  return undefined;
}
