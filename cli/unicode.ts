// --to-unicode: the core's "Chuyển sang Unicode" edits written on the criteria sheet, with a Unicode font.
import { runToUnicode, type UnicodeResult } from "../shared/index.js";
import type { Picked } from "./source.js";

/** Font names of the sheet's text cells, aligned with the grid (the core decodes a .VnTime cell by its font). */
function fonts(picked: Picked): string[][] {
  return picked.values.map((line, r) =>
    line.map((v, c) => (typeof v === "string" ? (picked.ws.findCell(r + 1, c + 1)?.font?.name ?? "") : "")),
  );
}

/** Converts the picked sheet in the workbook; returns the result and the grid as it now reads. */
export function convertToUnicode(picked: Picked): UnicodeResult {
  const result = runToUnicode({ name: picked.name, values: picked.values, ...(picked.formulas ? { formulas: picked.formulas } : {}), fonts: fonts(picked) });
  for (const e of result.edits) {
    const cell = picked.ws.getCell(e.row + 1, e.col + 1);
    cell.value = e.value;
    // a copy: exceljs shares style objects between cells
    cell.font = { ...(cell.font ?? {}), name: result.font };
  }
  return result;
}
