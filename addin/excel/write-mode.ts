// Whether =SUM formulas would be wrong in Excel: Excel's SUM skips numbers stored as text ("0,5" typed in an
// English-locale Excel, or pasted from a document), so parents written as formulas would show 0.
import { columnIndex, parsePoints, type Report, type SheetInput } from "../../shared/index.js";

export function hasTextNumbers(sheet: SheetInput, report: Report): boolean {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const cols = (["max", "achieved", "target"] as const)
    .map((r) => report.columns[r])
    .filter((l): l is string => Boolean(l))
    .map((l) => columnIndex(l) - origin.col);
  const first = Math.max(0, report.headerRow - origin.row);
  for (let r = first; r < sheet.values.length; r++) {
    const line = sheet.values[r] ?? [];
    for (const c of cols) {
      const v = line[c];
      if (typeof v === "string" && v.trim() !== "" && parsePoints(v).kind === "number") return true;
    }
  }
  return false;
}
