// The marks on our sheets in an .xlsx: one workbook defined name per kind, referring to A1 of the sheet
// (OWN_MARK_NAME). Excel and LibreOffice keep it on save and move it with the sheet when it is renamed.
import { marksFromNames, OWN_MARK_NAME, sheetEntries, type OwnKind, type SheetEntry } from "../shared/index.js";
import type { Workbook } from "./xlsx.js";

/** exceljs keeps defined names in a map by name; its public API adds cells to a name but cannot drop a name. */
type Names = { matrixMap: Record<string, unknown> };

/** Every sheet in tab order, with the kind its mark gives it (null: the user's). */
export function sheetEntriesOf(wb: Workbook): SheetEntry[] {
  const names = wb.definedNames.model.flatMap((d) => d.ranges.slice(0, 1).map((ref) => ({ name: d.name, ref })));
  return sheetEntries(
    wb.worksheets.map((ws) => ws.name),
    marksFromNames(names),
  );
}

/** Marks `sheet` as our sheet of `kind` (any older mark of that kind goes: it pointed at a sheet now replaced). */
export function markSheet(wb: Workbook, kind: OwnKind, sheet: string): void {
  const map = (wb.definedNames as unknown as Names).matrixMap;
  const mark = OWN_MARK_NAME[kind];
  for (const name of Object.keys(map)) if (name.toLowerCase() === mark.toLowerCase()) delete map[name];
  wb.definedNames.add(`'${sheet.replace(/'/g, "''")}'!$A$1`, mark);
}
