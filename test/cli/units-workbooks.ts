// Unit workbooks as staff send them to the Sở: one criteria sheet under a title block, widths set, fonts as typed.
import ExcelJS from "exceljs";
import { donViGrid, type SampleUnit } from "../fixtures/don-vi.js";

export function gridWorkbook(sheets: readonly { name: string; grid: unknown[][] }[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    [8, 60, 10, 10, 10, 24, 20].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  return wb;
}

export function donViWorkbook(u: SampleUnit): ExcelJS.Workbook {
  const wb = gridWorkbook([{ name: u.sheet, grid: donViGrid(u) }]);
  // fixed dates, so regenerating the samples changes nothing a reader would see
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 15));
  return wb;
}
