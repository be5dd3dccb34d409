// The last write's snapshot, kept in a hidden sheet (column A: the core's snapshot, column B: the fills
// and notes we changed). Written before every write; Hoàn tác reads it back.
import { decodeSnapshot, encodeSnapshot, UNDO_SHEET, type Snapshot } from "../shared/index.js";
import { rectangle } from "./cells.js";
import type { MarkCell } from "./marks.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Saved {
  snapshot: Snapshot;
  marks: MarkCell[];
}

/** Same chunk size as the core's snapshot column: below every cell-size limit. */
const CHUNK = 30000;

function chunks(json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out;
}

export function saveUndo(ss: Spreadsheet, saved: Saved): void {
  let sheet = ss.getSheetByName(UNDO_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(UNDO_SHEET);
    sheet.hideSheet();
  } else sheet.clearContents();
  const a = encodeSnapshot(saved.snapshot).map((r) => r[0] ?? "");
  const b = chunks(JSON.stringify(saved.marks));
  const rows = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i] ?? "", b[i] ?? ""]);
  // JSON chunks can start with "=", "-" or a digit: rectangle() keeps them text
  sheet.getRange(1, 1, rows.length, 2).setValues(rectangle(rows, 2));
}

export function loadUndo(ss: Spreadsheet): Saved | null {
  const sheet = ss.getSheetByName(UNDO_SHEET);
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  const snapshot = decodeSnapshot(values);
  if (!snapshot) return null;
  let marks: MarkCell[] = [];
  try {
    const json = values.map((r) => (typeof r[1] === "string" ? r[1] : "")).join("");
    if (json) marks = JSON.parse(json) as MarkCell[];
  } catch {
    // a damaged marks column still lets the values come back
  }
  return { snapshot, marks };
}

export function hasUndo(ss: Spreadsheet): boolean {
  const sheet = ss.getSheetByName(UNDO_SHEET);
  return !!sheet && sheet.getLastRow() > 0;
}

/** After Hoàn tác the snapshot is spent: one level of undo, like the Excel pane. */
export function dropUndo(ss: Spreadsheet): void {
  const sheet = ss.getSheetByName(UNDO_SHEET);
  if (sheet) ss.deleteSheet(sheet);
}
