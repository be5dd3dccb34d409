// "Chuyển sang Unicode": the sheet's TCVN3 / VNI text rewritten in Unicode, as edits the hosts write and Hoàn tác
// reverts. Pure: the grid (and, where the host can read them, the cells' font names) in; edits and a snapshot out.
import { a1 } from "./address.js";
import { CAPITALS_FONT, decodeGrid, decodeLegacy, LEGACY_FONT, UNICODE_FONT, type LegacyEncoding } from "./legacy-encoding.js";
import { takeSnapshot, type Snapshot } from "./snapshot.js";
import { isFormula } from "./text.js";
import type { CellEdit, Grid } from "./types.js";

export interface UnicodeInput {
  name: string;
  values: Grid;
  formulas?: Grid;
  /** 0-based sheet position of values[0][0] */
  origin?: { row: number; col: number };
  /** font name per cell, aligned with `values`, where the host can read them ("" or absent: unknown) */
  fonts?: Grid;
}

export interface UnicodeResult {
  /** text cells rewritten in Unicode (sheet coordinates) */
  edits: CellEdit[];
  /** the same cells: they get `font` (a legacy font would draw Unicode text as boxes) */
  fontCells: { row: number; col: number; cell: string }[];
  font: string;
  /** cells converted per encoding */
  counts: Partial<Record<LegacyEncoding, number>>;
  /** what to store before writing, for Hoàn tác (the host adds the fonts it is about to change) */
  snapshot: Snapshot;
  /** the grid as it will read once written */
  values: Grid;
}

/** The encoding a legacy font draws: .VnTime, .VnTimeH, .VnArial… are TCVN3; VNI-Times, VNI-Helve… are VNI. */
function fontEncoding(font: unknown): LegacyEncoding | null {
  if (typeof font !== "string" || !LEGACY_FONT.test(font.trim())) return null;
  return /^vni/i.test(font.trim()) ? "VNI" : "TCVN3";
}

export function runToUnicode(sheet: UnicodeInput, at?: string): UnicodeResult {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const scan = decodeGrid(sheet.values);
  const text = new Map<string, { row: number; col: number; encoding: LegacyEncoding; text: string }>();
  for (const c of scan.cells) {
    // a cell that only reads as legacy text beside others ("Cã"), drawn in a Unicode font, is Unicode
    const font = sheet.fonts?.[c.row]?.[c.col];
    if (!c.sure && typeof font === "string" && font.trim() && !fontEncoding(font)) continue;
    text.set(`${c.row}:${c.col}`, c);
  }
  // a cell drawn in a legacy font is legacy text whatever detection alone could prove ("Cã" in .VnTime is "Có")
  sheet.fonts?.forEach((line, r) =>
    line.forEach((font, c) => {
      const encoding = fontEncoding(font);
      const v = sheet.values[r]?.[c];
      if (!encoding || typeof v !== "string" || !/[\u00a1-\u00ff]/.test(v) || text.has(`${r}:${c}`)) return;
      const decoded = decodeLegacy(v, encoding);
      if (decoded !== v) text.set(`${r}:${c}`, { row: r, col: c, encoding, text: decoded });
    }),
  );
  const edits: CellEdit[] = [];
  const counts: Partial<Record<LegacyEncoding, number>> = {};
  const values = sheet.values.map((line) => [...line]);
  for (const c of text.values()) {
    // a formula's text is its result: rewriting it would replace the formula
    if (isFormula(sheet.formulas?.[c.row]?.[c.col], sheet.values[c.row]?.[c.col])) continue;
    const font = sheet.fonts?.[c.row]?.[c.col];
    // .VnTimeH draws small-letter bytes as capitals: what the user saw was in capitals
    const unicode = typeof font === "string" && CAPITALS_FONT.test(font.trim()) ? c.text.toUpperCase() : c.text;
    const row = c.row + origin.row;
    const col = c.col + origin.col;
    edits.push({ row, col, cell: a1(row, col), value: unicode });
    (values[c.row] as unknown[])[c.col] = unicode;
    counts[c.encoding] = (counts[c.encoding] ?? 0) + 1;
  }
  edits.sort((a, b) => a.row - b.row || a.col - b.col);
  const snapshot = takeSnapshot("unicode", sheet.name, sheet.values, sheet.formulas, edits, { origin, ...(at ? { at } : {}) });
  return { edits, fontCells: edits.map(({ row, col, cell }) => ({ row, col, cell })), font: UNICODE_FONT, counts, snapshot, values };
}
