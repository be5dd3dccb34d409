// Hidden rows from what a host can tell in one call: Excel's visible cells of a range come back as one address
// ("Bảng!A1:G3,Bảng!A5:G9"); the rows of the range that no visible area covers are hidden.
import { areas } from "./address.js";
import { refSheet } from "./own-sheets.js";

/** 0-based sheet rows from `first` for `count` rows that no area of `visible` (A1 areas, comma separated) covers. */
export function rowsOutside(visible: string, first: number, count: number): number[] {
  const shown = new Uint8Array(count);
  for (const part of areas(visible)) {
    const area = part.trim();
    if (!area) continue;
    const sheet = refSheet(area);
    const cells = sheet === null ? area : area.slice(area.lastIndexOf("!") + 1);
    // whole columns ("A:B", "$D:$XFD": a hidden column splits the areas, no row hidden) cover every row
    if (/^\$?[A-Z]+(?::\$?[A-Z]+)?$/i.test(cells)) {
      shown.fill(1);
      continue;
    }
    const m = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(cells);
    if (!m) continue;
    const a = Number(m[1]) - 1;
    const b = m[2] ? Number(m[2]) - 1 : a;
    for (let r = Math.max(a, first); r <= Math.min(b, first + count - 1); r++) shown[r - first] = 1;
  }
  const out: number[] = [];
  shown.forEach((s, i) => {
    if (!s) out.push(first + i);
  });
  return out;
}
