// The last write's snapshot, kept in a hidden sheet of ours (column A: the core's snapshot, column B: the fills
// and notes we changed), found by its mark like every sheet we write. Written before every write; Hoàn tác reads it back.
import { decodeSnapshot, encodeSnapshot, type Snapshot } from "../shared/index.js";
import { rectangle } from "./cells.js";
import type { MarkCell } from "./marks.js";
import { ownSheet, ownSheetOf, targetsOf, type Workbook } from "./own-sheets.js";

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

export function saveUndo(wb: Workbook, saved: Saved): void {
  const target = targetsOf(wb, ["undo"] as const).undo;
  const sheet = ownSheet(wb, "undo", target);
  if (!target.exists) sheet.hideSheet();
  const a = encodeSnapshot(saved.snapshot).map((r) => r[0] ?? "");
  const b = chunks(JSON.stringify(saved.marks));
  const rows = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i] ?? "", b[i] ?? ""]);
  // JSON chunks can start with "=", "-" or a digit: rectangle() keeps them text
  sheet.getRange(1, 1, rows.length, 2).setValues(rectangle(rows, 2));
}

export function loadUndo(wb: Workbook): Saved | null {
  const sheet = ownSheetOf(wb, "undo");
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

export function hasUndo(wb: Workbook): boolean {
  const sheet = ownSheetOf(wb, "undo");
  return !!sheet && sheet.getLastRow() > 0;
}

/** After Hoàn tác the snapshot is spent: one level of undo, like the Excel pane. */
export function dropUndo(wb: Workbook): void {
  const sheet = ownSheetOf(wb, "undo");
  if (sheet) wb.ss.deleteSheet(sheet);
}
