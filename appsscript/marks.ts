// Findings on the criteria sheet: a fill and a note per cell. Our notes carry a tag so the next run
// can take them off again without touching what staff wrote in their own notes; a fill staff chose stays (the
// note alone marks such a cell), so taking our mark off never turns their colour white.
import type { Highlight } from "../shared/index.js";
import { boundingBox } from "./cells.js";

const TAG = "[CCHC] ";
const FILL = { error: "#f4c7c3", warning: "#fce8b2", info: "#d2e3fc" } as const;
/** what getBackgrounds answers for an unfilled cell */
const NO_FILL = "#ffffff";

/** One cell's fill and note (0-based sheet position). */
export interface MarkCell {
  row: number;
  col: number;
  background: string;
  note: string;
}

/** one of our fills (a fill staff chose is never taken off, nor covered) */
const OURS = new Set<string>(Object.values(FILL));
const isOurs = (background: string | undefined) => background === undefined || background === NO_FILL || OURS.has(background.toLowerCase());

function staffNote(note: string): string {
  const at = note.indexOf(TAG);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, "");
}

/**
 * The cells whose fill or note changes: last run's marks removed, this run's highlights added.
 * `before` holds what those cells were, for Hoàn tác.
 */
export function markChanges(
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  highlights: readonly Highlight[],
): { after: MarkCell[]; before: MarkCell[] } {
  const next = new Map<string, MarkCell>();
  const key = (r: number, c: number) => `${r},${c}`;
  const fill = (r: number, c: number) => backgrounds[r]?.[c];
  notes.forEach((line, r) =>
    line.forEach((note, c) => {
      if (note.includes(TAG)) next.set(key(r, c), { row: r, col: c, background: isOurs(fill(r, c)) ? NO_FILL : (fill(r, c) as string), note: staffNote(note) });
    }),
  );
  for (const h of highlights) {
    const own = staffNote(notes[h.row]?.[h.col] ?? "");
    // a cell staff filled keeps its fill: our note still marks it
    const background = isOurs(fill(h.row, h.col)) ? FILL[h.severity] : (fill(h.row, h.col) as string);
    next.set(key(h.row, h.col), { row: h.row, col: h.col, background, note: own ? `${own}\n\n${TAG}${h.message}` : `${TAG}${h.message}` });
  }
  const after = [...next.values()];
  const before = after.map((m) => ({ row: m.row, col: m.col, background: backgrounds[m.row]?.[m.col] ?? NO_FILL, note: notes[m.row]?.[m.col] ?? "" }));
  return { after, before };
}

/** The bounding box of `cells` over the current fills and notes, changes applied: two calls write it. */
export function markBlock(
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  cells: readonly MarkCell[],
): { row: number; col: number; backgrounds: string[][]; notes: string[][] } | null {
  const box = boundingBox(cells);
  if (!box) return null;
  const { top, left, bottom, right } = box;
  const bg: string[][] = [];
  const nt: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const b: string[] = [];
    const n: string[] = [];
    for (let c = left; c <= right; c++) {
      b.push(backgrounds[r]?.[c] ?? NO_FILL);
      n.push(notes[r]?.[c] ?? "");
    }
    bg.push(b);
    nt.push(n);
  }
  for (const m of cells) {
    (bg[m.row - top] as string[])[m.col - left] = m.background;
    (nt[m.row - top] as string[])[m.col - left] = m.note;
  }
  return { row: top, col: left, backgrounds: bg, notes: nt };
}
