// Rules staff put on the plan sheet (conditional formats, data validations): where each one goes when the plan is
// re-generated. A rule follows the rows it was on; a rule over the whole table covers the whole new table (rows
// added at its end included), as staff who coloured "the table" expect; rows inserted inside a rule's rows join it,
// as Excel and Sheets grow a range when rows are inserted inside it. Our own rules (the status dropdown, the 0–100
// share, the overdue highlight) are recognised here so hosts replace them instead of stacking copies.
import { columnIndex, columnLetter, type CellBlock } from "./address.js";
import { PROGRESS_LABEL } from "./plan-columns.js";
import { fold } from "./text.js";
import type { PlanTable, RowKind } from "./plan.js";

/** How the old plan's rows became the new plan's, in the terms a rule's range needs. */
export interface RowMove {
  /** for each new row, the 0-based old row it came from, or null for a row made new */
  sources: readonly (number | null)[];
  /** rows the old plan had: rows at or past it lie below the plan and keep their distance to its end */
  oldRows: number;
  /** old rows of the table body (under the header), first and last; null when the old sheet had no table */
  oldBody: { first: number; last: number } | null;
  newBody: { first: number; last: number } | null;
  /** columns of the old plan and of the new one (new columns are only ever added after the old ones) */
  oldWidth: number;
  newWidth: number;
  /** the host's last row + 1 (1 048 576 in Excel): a rule reaching it still reaches it */
  maxRows: number;
  /** a move undone (`reverseMove`): a rule across every column of the sheet narrows back to the old columns */
  undo?: boolean;
}

/** The move of a re-generated plan: `oldRows`/`oldWidth` as the old sheet's plan had them. */
export function planMove(table: Pick<PlanTable, "sources" | "headerRow" | "tableEnd" | "columns">, oldRows: number, oldWidth: number, maxRows = Number.MAX_SAFE_INTEGER): RowMove {
  const newBody = table.tableEnd > table.headerRow ? { first: table.headerRow + 1, last: table.tableEnd } : null;
  let first = Infinity;
  let last = -1;
  if (newBody) {
    for (let r = newBody.first; r <= newBody.last; r++) {
      const s = table.sources[r];
      if (s === null || s === undefined) continue;
      first = Math.min(first, s);
      last = Math.max(last, s);
    }
  }
  return {
    sources: table.sources,
    oldRows,
    oldBody: last >= 0 ? { first, last } : null,
    newBody,
    oldWidth,
    newWidth: table.columns.length,
    maxRows,
  };
}

/**
 * The move that undoes `move` (Hoàn tác of a re-generated plan): each row of the sheet before the re-generation takes
 * back the row it had become, rows the re-generation dropped come back as rows made new, and the table's body and
 * width are the old ones again. Carried with it, a rule goes back to the rows it was on.
 */
export function reverseMove(move: RowMove): RowMove {
  const sources = new Array<number | null>(move.oldRows).fill(null);
  move.sources.forEach((s, i) => {
    if (s !== null && s !== undefined && s >= 0 && s < move.oldRows) sources[s] = i;
  });
  return {
    sources,
    oldRows: move.sources.length,
    oldBody: move.newBody,
    newBody: move.oldBody,
    oldWidth: move.newWidth,
    newWidth: move.oldWidth,
    maxRows: move.maxRows,
    undo: true,
  };
}

/** Rows of a plan staff fill in: where their own merged cells may go (ours are on title rows only). */
const STAFF_ROWS = new Set<RowKind>(["item", "kept", "resolved", "blank"]);

/**
 * Staff's merged cells of the old plan sheet (an owner or a solution merged over consecutive criteria), where their
 * rows went: a merge whose rows all came along, in order and still next to each other, is made again there; one whose
 * rows were parted (a criterion dropped or put between them) is not, and its first cell keeps what was typed.
 */
export function carryMerges(merged: readonly CellBlock[], table: Pick<PlanTable, "sources" | "kinds">): CellBlock[] {
  const newRow = new Map<number, number>();
  table.sources.forEach((old, r) => {
    if (old !== null && STAFF_ROWS.has(table.kinds[r] as RowKind)) newRow.set(old, r);
  });
  const out: CellBlock[] = [];
  for (const m of merged) {
    const first = newRow.get(m.row);
    if (first === undefined) continue;
    let together = true;
    for (let k = 1; together && k < m.rows; k++) together = newRow.get(m.row + k) === first + k;
    if (together) out.push({ ...m, row: first });
  }
  return out;
}

/**
 * Where a rule set on `blocks` of the old sheet goes: blocks of the new sheet (empty when none of its rows stayed).
 * Columns stay where they are; a rule across every old column widens to columns the plan added.
 */
export function carryBlocks(blocks: readonly CellBlock[], move: RowMove): CellBlock[] {
  const newRows = move.sources.length;
  const shift = newRows - move.oldRows;
  const spans = new Map<string, { col: number; cols: number; old: boolean[]; below: [number, number][] }>();
  for (const b of blocks) {
    if (b.rows <= 0 || b.cols <= 0) continue;
    const wide = move.undo !== true && b.col === 0 && b.cols >= move.oldWidth && b.cols < move.newWidth;
    // undoing a plan that added columns: a rule it widened (ours over the table, staff's across it) narrows again
    const narrow = move.undo === true && b.col === 0 && b.cols === move.oldWidth && move.newWidth < move.oldWidth;
    const cols = wide || narrow ? move.newWidth : b.cols;
    const key = `${b.col}:${cols}`;
    let span = spans.get(key);
    if (!span) spans.set(key, (span = { col: b.col, cols, old: new Array<boolean>(move.oldRows + 1).fill(false), below: [] }));
    const end = b.row + b.rows - 1;
    for (let r = Math.max(0, b.row); r <= Math.min(end, move.oldRows - 1); r++) span.old[r] = true;
    // the first row below the plan stands for "the rule goes on past the plan's end"
    if (end >= move.oldRows) {
      span.old[move.oldRows] = true;
      span.below.push([Math.max(b.row, move.oldRows), end]);
    }
  }
  const out: CellBlock[] = [];
  for (const span of spans.values()) {
    const has = (r: number) => span.old[r] === true;
    const body = move.oldBody;
    let whole = body !== null && move.newBody !== null;
    for (let r = body?.first ?? 0; whole && r <= (body?.last ?? -1); r++) whole = has(r);
    // the old row after each new row (what a row made new sits before), for rows inserted inside a rule
    const next = new Array<number>(newRows);
    let after = move.oldRows;
    for (let i = newRows - 1; i >= 0; i--) {
      next[i] = after;
      const s = move.sources[i];
      if (s !== null && s !== undefined) after = s;
    }
    let before = -1;
    const rows: number[] = [];
    for (let i = 0; i < newRows; i++) {
      const s = move.sources[i];
      let take: boolean;
      if (s !== null && s !== undefined) {
        take = s < move.oldRows && has(s);
        before = s;
      } else {
        const inBody = move.newBody !== null && i >= move.newBody.first && i <= move.newBody.last;
        take = (whole && inBody) || (before >= 0 && has(before) && has(next[i] as number));
      }
      if (take) rows.push(i);
    }
    const runs: [number, number][] = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] + 1 === r) last[1] = r;
      else runs.push([r, r]);
    }
    for (const [from, to] of span.below) {
      const end = to >= move.maxRows - 1 ? move.maxRows - 1 : Math.min(to + shift, move.maxRows - 1);
      const start = from + shift;
      if (start > end) continue;
      const last = runs[runs.length - 1];
      if (last && last[1] + 1 >= start) last[1] = Math.max(last[1], end);
      else runs.push([start, end]);
    }
    for (const [from, to] of runs) out.push({ row: from, col: span.col, rows: to - from + 1, cols: span.cols });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Cells of `column` in rows `first..last` that none of `blocks` covers, as runs [first, last]. */
export function uncoveredRuns(first: number, last: number, column: number, blocks: readonly CellBlock[]): [number, number][] {
  if (last < first) return [];
  // one mark per row: as fast with a rule on every row as with none
  const taken = new Uint8Array(last - first + 1);
  for (const b of blocks) {
    if (b.col > column || column >= b.col + b.cols) continue;
    for (let r = Math.max(first, b.row); r <= Math.min(last, b.row + b.rows - 1); r++) taken[r - first] = 1;
  }
  const out: [number, number][] = [];
  for (let r = first; r <= last; r++) {
    if (taken[r - first]) continue;
    const run = out[out.length - 1];
    if (run && run[1] + 1 === r) run[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** Blocks of equal values in a grid of cells (`key` null: no rule there), each value's cells as column runs. */
export function blocksOf<T>(grid: readonly (readonly T[])[], key: (v: T) => string | null, origin = { row: 0, col: 0 }): Map<string, { value: T; blocks: CellBlock[] }> {
  const out = new Map<string, { value: T; blocks: CellBlock[] }>();
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    let run: { k: string; block: CellBlock } | null = null;
    for (let r = 0; r <= grid.length; r++) {
      const v = r < grid.length ? (grid[r] as readonly T[])[c] : undefined;
      const k = v === undefined ? null : key(v);
      if (run && run.k === k) {
        run.block.rows++;
        continue;
      }
      if (k !== null && v !== undefined) {
        const block = { row: origin.row + r, col: origin.col + c, rows: 1, cols: 1 };
        run = { k, block };
        const entry = out.get(k);
        if (entry) entry.blocks.push(block);
        else out.set(k, { value: v, blocks: [block] });
      } else run = null;
    }
  }
  // runs of neighbouring columns with the same rows become one rectangle
  for (const entry of out.values()) {
    const merged: CellBlock[] = [];
    for (const b of entry.blocks.sort((x, y) => x.row - y.row || x.rows - y.rows || x.col - y.col)) {
      const last = merged[merged.length - 1];
      if (last && last.row === b.row && last.rows === b.rows && last.col + last.cols === b.col) last.cols++;
      else merged.push({ ...b });
    }
    entry.blocks = merged;
  }
  return out;
}

/** Blocks (cells, ranges) of one rule joined where they touch: cells down a column, then equal runs side by side. */
export function mergeBlocks(blocks: readonly CellBlock[]): CellBlock[] {
  const down: CellBlock[] = [];
  for (const b of [...blocks].sort((x, y) => x.col - y.col || x.cols - y.cols || x.row - y.row)) {
    const last = down[down.length - 1];
    if (last && last.col === b.col && last.cols === b.cols && last.row + last.rows >= b.row) last.rows = Math.max(last.rows, b.row + b.rows - last.row);
    else down.push({ ...b });
  }
  const out: CellBlock[] = [];
  for (const b of down.sort((x, y) => x.row - y.row || x.rows - y.rows || x.col - y.col)) {
    const last = out[out.length - 1];
    if (last && last.row === b.row && last.rows === b.rows && last.col + last.cols === b.col) last.cols += b.cols;
    else out.push(b);
  }
  return out;
}

/** The top-left cell of a set of blocks (a rule's formulas are written relative to it). */
export function topLeft(blocks: readonly CellBlock[]): { row: number; col: number } | null {
  const first = blocks[0];
  return first ? { row: first.row, col: first.col } : null;
}

const REF = /(^|[^A-Za-z0-9_.'"$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/**
 * A rule's formula moved by `rows`/`cols` as Excel and Sheets move a copied formula: relative references shift,
 * `$`-anchored parts stay, text in quotes is left alone; a reference pushed off the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, rows: number, cols = 0): string {
  if ((rows === 0 && cols === 0) || !formula) return formula;
  // quoted text ("Chậm") and quoted sheet names are not references
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (all, lead: string, dc: string, letters: string, dr: string, digits: string) => {
            const col = columnIndex(letters.toUpperCase());
            // not a cell: a function name like LOG10 or a column past XFD
            if (col > 16383) return all;
            const r = dr ? Number(digits) : Number(digits) + rows;
            const c = dc ? col : col + cols;
            if (r < 1 || c < 0) return `${lead}#REF!`;
            return `${lead}${dc}${columnLetter(c)}${dr}${r}`;
          }),
    )
    .join("");
}

/** Our overdue highlight (progress.ts overdueFormula), whatever row it was written for. */
export function isOverdueFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && /^=?AND\(ISNUMBER\(\$[A-Z]+\d+\),\$[A-Z]+\d+<TODAY\(\)/i.test(formula.trim());
}

/** The bounds of our rule on the plan's share column (% hoàn thành). */
export const SHARE_BOUNDS = { min: 0, max: 100 } as const;

/** Ours: a between-rule with SHARE_BOUNDS on the share column; the same bounds elsewhere are staff's. */
export function isShareRule(table: Pick<PlanTable, "progress">, col: number, min: unknown, max: unknown): boolean {
  return col === table.progress.percent && Number(min) === SHARE_BOUNDS.min && Number(max) === SHARE_BOUNDS.max;
}

/** Our status dropdown's list, in either language (quoted or not, "," or ";" between choices). */
export function isStatusList(source: unknown): boolean {
  if (typeof source !== "string") return false;
  const choices = source.trim().replace(/^"|"$/g, "").split(/[,;]/).map((s) => fold(s.trim()));
  return (["vi", "en"] as const).some((lang) => {
    const ours = (["notStarted", "inProgress", "done", "dropped"] as const).map((k) => fold(PROGRESS_LABEL[k][lang]));
    return ours.length === choices.length && ours.every((c, i) => c === choices[i]);
  });
}

