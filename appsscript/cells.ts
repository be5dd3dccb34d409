// What setValues is handed: text stays text (literalText), formulas stay formulas, blanks clear the cell.
import { literalText, type CellEdit, type Grid } from "../shared/index.js";

export type CellInput = string | number | boolean | Date;

/** A value as setValues must receive it so the cell ends up holding exactly that value. */
export function cellInput(value: unknown): CellInput {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value === "" ? "" : literalText(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  // Dates come back from getValues as Date objects (possibly from another realm in tests)
  if (typeof value === "object" && Object.prototype.toString.call(value) === "[object Date]") return value as Date;
  return literalText(String(value));
}

/** A cell's formula from a getFormulas grid, when it has one. */
export function formulaAt(formulas: Grid | undefined, r: number, c: number): string | undefined {
  const f = formulas?.[r]?.[c];
  return typeof f === "string" && f.startsWith("=") ? f : undefined;
}

/** The smallest rectangle holding every cell (loops, not spreads: a sheet can have 100 000 edits). */
export function boundingBox(cells: readonly { row: number; col: number }[]): { top: number; left: number; bottom: number; right: number } | null {
  if (cells.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return { top, left, bottom, right };
}

/** A rectangle to write in one call: 0-based sheet position and its rows. */
export interface Block {
  row: number;
  col: number;
  values: CellInput[][];
}

/**
 * The bounding box of `edits`, rebuilt from the grid read just before with the edits applied. Cells in the
 * box that no edit touches are written back as they were (formula or value), so one setValues replaces
 * any number of scattered writes. `origin` is the sheet position of values[0][0].
 */
export function editBlock(values: Grid, formulas: Grid | undefined, edits: readonly CellEdit[], origin = { row: 0, col: 0 }): Block | null {
  const box = boundingBox(edits);
  if (!box) return null;
  const { top, left, bottom, right } = box;
  const out: CellInput[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: CellInput[] = [];
    for (let col = left; col <= right; col++) {
      const r = row - origin.row;
      const c = col - origin.col;
      line.push(formulaAt(formulas, r, c) ?? cellInput(values[r]?.[c]));
    }
    out.push(line);
  }
  for (const e of edits) {
    (out[e.row - top] as CellInput[])[e.col - left] = e.formula ?? cellInput(e.value);
  }
  return { row: top, col: left, values: out };
}

/** Rows padded to one width, as setValues demands a rectangle. */
export function rectangle(grid: readonly (readonly unknown[])[], width = grid.reduce((w, r) => Math.max(w, r.length), 1)): CellInput[][] {
  return (grid.length ? grid : [[]]).map((r) => Array.from({ length: width }, (_, c) => cellInput(r[c])));
}

/** The number formats of `block` with the edits' formats applied, or null when no edit sets one (most runs). */
export function formatBlock(formats: Grid, edits: readonly CellEdit[], block: Block, origin = { row: 0, col: 0 }): string[][] | null {
  if (!edits.some((e) => e.numberFormat !== undefined)) return null;
  const out = block.values.map((line, i) =>
    line.map((_, j) => {
      const f = formats[block.row + i - origin.row]?.[block.col + j - origin.col];
      return typeof f === "string" ? f : "General";
    }),
  );
  for (const e of edits) if (e.numberFormat !== undefined) (out[e.row - block.row] as string[])[e.col - block.col] = e.numberFormat;
  return out;
}
