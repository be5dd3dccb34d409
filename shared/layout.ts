// How tall a wrapped row must be. Excel and Sheets fit rows themselves when asked (autofitRows, autoResizeRows);
// a file written offline (the CLI) has to say it, or long criterion names print over the next row.
import { cellText } from "./text.js";

/** Lines a cell's text takes in a column `width` characters wide (column width units, 12 pt Times New Roman). */
export function wrappedLines(value: unknown, width: number): number {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : cellText(value);
  if (!text) return 1;
  // a width unit is a digit of the default font; 12 pt Times New Roman lower case fits about 1.2 per unit,
  // capitals (area headings, typed in upper case and bold) under 0.9: better a line too many than text cut
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.length > 0 && letters.replace(/\p{Lu}/gu, "").length / letters.length < 0.3;
  const perLine = Math.max(1, Math.floor(width * (capitals ? 0.85 : 1.2)) - 1);
  let lines = 0;
  for (const part of text.split(/\r?\n/)) {
    let count = 1;
    let used = 0;
    for (const word of part.split(/\s+/)) {
      if (!word) continue;
      const len = word.length;
      if (used === 0) used = len;
      else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        count++;
        used = len;
      }
      while (used > perLine) {
        count++;
        used -= perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Row heights in points for a grid laid out in columns of the given widths (characters). */
export function rowHeights(grid: readonly (readonly unknown[])[], widths: readonly number[], lineHeight = 15.75): number[] {
  return grid.map((row) => {
    let lines = 1;
    row.forEach((v, c) => {
      const w = widths[c];
      if (w !== undefined) lines = Math.max(lines, wrappedLines(v, w));
    });
    return Math.round(lines * lineHeight * 100) / 100;
  });
}
