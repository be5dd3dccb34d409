// Font families of scattered cells in two calls, whatever their number: read the bounding box, change, write it back.
import { boundingBox } from "./cells.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writeFonts(sheet: Sheet, cells: readonly { row: number; col: number; name: string }[]): void {
  const box = boundingBox(cells);
  if (!box) return;
  const range = sheet.getRange(box.top + 1, box.left + 1, box.bottom - box.top + 1, box.right - box.left + 1);
  const fonts = range.getFontFamilies();
  for (const c of cells) (fonts[c.row - box.top] as string[])[c.col - box.left] = c.name;
  range.setFontFamilies(fonts);
}
