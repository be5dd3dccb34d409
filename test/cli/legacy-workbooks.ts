// Seed 001 workbooks as older offices keep them: text typed in TCVN3 with .VnTime fonts (the title in .VnTimeH,
// typed in small letters that the font draws as capitals) or in VNI with VNI-Times fonts.
import type ExcelJS from "exceljs";
import { encodeLegacy, type LegacyEncoding } from "../../shared/legacy-encoding.js";
import { seed001Legacy, type LegacyVariant } from "../fixtures/legacy.js";
import { CRITERIA_SHEET, messyGrid, messyWorkbook } from "./workbooks.js";

/** Row (0-based) of the title in capitals: "MỤC TIÊU, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021". */
export const CAPITALS_TITLE_ROW = 1;

export function legacyWorkbook(encoding: LegacyEncoding, variant: LegacyVariant): ExcelJS.Workbook {
  const plain = messyGrid();
  const grid = seed001Legacy(encoding, variant, plain);
  const title = plain[CAPITALS_TITLE_ROW]?.[0] as string;
  // .VnTimeH: typed with the small letters' bytes
  if (encoding === "TCVN3") (grid[CAPITALS_TITLE_ROW] as unknown[])[0] = encodeLegacy(title.toLowerCase(), "TCVN3");
  const wb = messyWorkbook(grid);
  const ws = wb.getWorksheet(CRITERIA_SHEET) as ExcelJS.Worksheet;
  grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === plain[r]?.[c]) return;
      const cell = ws.getCell(r + 1, c + 1);
      const font = encoding === "VNI" ? "VNI-Times" : r === CAPITALS_TITLE_ROW ? ".VnTimeH" : ".VnTime";
      cell.font = { ...(cell.font ?? {}), name: font };
    }),
  );
  return wb;
}
