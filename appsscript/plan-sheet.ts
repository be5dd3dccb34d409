// "Kế hoạch khắc phục" in Google Sheets. Re-generation reshapes the existing sheet instead of clearing it: rows
// that left the table are deleted and new rows inserted where they belong, so every row staff formatted keeps its
// fonts, fills, height and hidden state (Sheets moves them with the row), and columns keep widths and hiding.
// Calls grow with the rows that changed, never with the size of the plan. Only new rows get our formatting.
// Staff's conditional formats and validations are read first and written back where their rows went
// (plan-rules.ts); ours are replaced, never stacked.
// Printing (paper, orientation, fit to width) stays in File › Print: Apps Script cannot set it.
import { overdueFormula, planMove, progressChoices, reverseMove, SHARE_BOUNDS, TERMS, type Lang, type PlanTable, type StoredMove } from "../shared/index.js";
import { readRules, writeRules } from "./plan-rules.js";
import { rowRanges, setWidths, writeGrid } from "./result-sheet.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Plan column widths are in characters; a character of the default font is about 7 px. */
const PX_PER_CHAR = 7;
/** light red, as Sheets' own "red" conditional format */
export const OVERDUE_FILL = "#f4c7c3";

/** Rows taken over from the old sheet come in its order: then deletes and inserts alone turn it into the new one. */
function inOrder(sources: readonly (number | null)[]): boolean {
  let last = -1;
  for (const s of sources) {
    if (s === null) continue;
    if (s <= last) return false;
    last = s;
  }
  return true;
}

/** Runs of consecutive numbers, as [first, count]. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out;
}

/**
 * Turns the old sheet's rows into the new table's: unused old rows deleted (bottom first), new rows inserted in
 * order. Returns false when the old rows are not in the new order (staff moved rows): then the sheet is rebuilt.
 */
function reshape(sheet: Sheet, table: { sources: readonly (number | null)[] }, oldRows: number): boolean {
  if (!inOrder(table.sources)) return false;
  const used = new Set(table.sources.filter((s): s is number => s !== null));
  const drop: number[] = [];
  for (let r = 0; r < oldRows; r++) if (!used.has(r)) drop.push(r);
  for (const [first, count] of runs(drop).reverse()) sheet.deleteRows(first + 1, count);
  const fresh = table.sources.map((s, i) => (s === null ? i : -1)).filter((i) => i >= 0);
  let filled = oldRows - drop.length;
  for (const [first, count] of runs(fresh)) {
    // rows past the old ones need no insert: they are empty already
    if (first < filled) sheet.insertRowsBefore(first + 1, count);
    filled = Math.max(filled, first) + count;
  }
  return true;
}

/** `sheet`: our plan sheet as it is (own-sheets.ts, kept); `oldRows`: how many rows the plan it held had. */
export function writePlan(sheet: Sheet, table: PlanTable, lang: Lang = "vi", oldRows = 0): Sheet {
  const width = table.columns.length;
  // staff's rules as they stand, before rows move
  const rules = oldRows > 0 ? readRules(sheet, table, oldRows, width) : null;
  const move = oldRows > 0 ? planMove(table, oldRows, Math.min(sheet.getLastColumn(), width)) : null;
  const kept = oldRows > 0 && reshape(sheet, table, oldRows);
  // not kept (a new sheet, or rows staff moved out of order): emptied and laid out afresh; validations are
  // rewritten below (every cell of the plan's rows), conditional formats as one list
  if (!kept && oldRows > 0) sheet.clear({ contentsOnly: true, formatOnly: true });
  const oldWidth = kept ? Math.min(sheet.getLastColumn(), width) : 0;
  if (kept) sheet.getRange(1, 1, Math.max(table.grid.length, 1), Math.max(sheet.getLastColumn(), 1)).clearContent();
  writeGrid(
    sheet,
    table.grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
    table.formulas,
  );
  // our formatting on what is new: every row of a new sheet, only inserted rows of a kept one
  const isNew = (r: number) => !kept || table.sources[r] === null;
  const rowsOf = (kind: PlanTable["kinds"][number]) => table.kinds.map((k, i) => (k === kind && isNew(i) ? i : -1)).filter((i) => i >= 0);
  setWidths(
    sheet,
    table.columns.slice(oldWidth).map((c) => Math.round(c.width * PX_PER_CHAR)),
    oldWidth + 1,
  );
  const fresh = table.grid.map((_, i) => i).filter(isNew);
  if (fresh.length) sheet.getRangeList(rowRanges(fresh, width)).setFontFamily("Times New Roman");
  const titles = table.emphasis.map((e, i) => (e === "bold" && isNew(i) ? i : -1)).filter((i) => i >= 0);
  if (titles.length) sheet.getRangeList(rowRanges(titles, 1)).setFontWeight("bold");
  const italics = table.emphasis.map((e, i) => (e === "italic" && isNew(i) ? i : -1)).filter((i) => i >= 0);
  if (italics.length) sheet.getRangeList(rowRanges(italics, 1)).setFontStyle("italic");
  const body = table.tableEnd - table.headerRow + 1; // a signature block below the table gets no borders
  if (!kept) {
    sheet.getRange(table.headerRow + 1, 1, body, width).setWrap(true).setVerticalAlignment("top").setBorder(true, true, true, true, true, true);
    sheet.getRange(table.headerRow + 1, 1, 1, width).setFontWeight("bold").setBackground("#e8eaed").setHorizontalAlignment("center");
  } else {
    const inside = fresh.filter((r) => r > table.headerRow && r <= table.tableEnd);
    if (inside.length) sheet.getRangeList(rowRanges(inside, width)).setWrap(true).setVerticalAlignment("top").setBorder(true, true, true, true, true, true);
    // columns added since: their header cell, and borders down the table
    if (oldWidth < width) {
      sheet.getRange(table.headerRow + 1, oldWidth + 1, body, width - oldWidth).setWrap(true).setVerticalAlignment("top").setBorder(true, true, true, true, true, true);
      sheet.getRange(table.headerRow + 1, oldWidth + 1, 1, width - oldWidth).setFontWeight("bold").setBackground("#e8eaed").setHorizontalAlignment("center");
    }
  }
  const areas = rowsOf("area");
  if (areas.length) sheet.getRangeList(rowRanges(areas, width)).setFontWeight("bold").setBackground("#f1f3f4");
  const resolved = rowsOf("resolved");
  if (resolved.length) sheet.getRangeList(rowRanges(resolved, width)).setFontColor("#5f6368").setFontStyle("italic");
  sheet.setFrozenRows(table.headerRow + 1);

  const first = table.headerRow + 2;
  const count = table.tableEnd - table.headerRow;
  const { progressStatus, percent, due } = table.progress;
  const ours: Parameters<typeof writeRules>[4] = {};
  if (count > 0) {
    if (progressStatus !== undefined) {
      ours.status = SpreadsheetApp.newDataValidation()
        .requireValueInList(progressChoices(lang), true)
        .setAllowInvalid(true)
        .setHelpText(TERMS.chooseStatus[lang])
        .build();
    }
    if (percent !== undefined) ours.percent = SpreadsheetApp.newDataValidation().requireNumberBetween(SHARE_BOUNDS.min, SHARE_BOUNDS.max).setAllowInvalid(false).build();
    if (due !== undefined) sheet.getRange(first, due + 1, count, 1).setNumberFormat("dd/mm/yyyy");
    // overdue rows turn light red while TODAY() is past their due date and they are not done
    const formula = overdueFormula(table, first - 1);
    if (formula) {
      ours.overdue = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(OVERDUE_FILL)
        .setRanges([sheet.getRange(first, 1, count, width)])
        .build();
    }
  }
  // staff's conditional formats first (they keep the first say), ours after; every validation of the plan's rows
  writeRules(sheet, rules, table, move, ours, kept ? table.grid.length : Math.max(oldRows, table.grid.length));
  // the working columns fold away under one group, made once (staff's grouping stays theirs after)
  if (!kept && table.working) sheet.getRange(1, table.working.from + 1, 1, table.working.to - table.working.from + 1).shiftColumnGroupDepth(1);
  return sheet;
}

/**
 * Hoàn tác of a re-generated plan, before the old values are written back: the rows go back where they were (their
 * fonts, fills and heights with them, as the re-generation moved them), and the returned function, called after the
 * values, puts every rule of the sheet (staff's and ours) back on the rows it was on. Rows out of order are emptied
 * instead, as the re-generation did; the rules still go back.
 */
export function unwindPlan(sheet: Sheet, move: StoredMove): () => void {
  const rows = move.sources.length;
  const width = move.newWidth;
  const back = reverseMove({ ...move, maxRows: Number.MAX_SAFE_INTEGER });
  const height = back.sources.length;
  const rules = rows > 0 && width > 0 ? readRules(sheet, null, rows, width) : null;
  const kept = rows > 0 && reshape(sheet, back, rows);
  if (kept) sheet.getRange(1, 1, Math.max(height, 1), Math.max(sheet.getLastColumn(), 1)).clearContent();
  else sheet.clear({ contentsOnly: true, formatOnly: true });
  const shape = { columns: { length: width }, grid: { length: height }, headerRow: 0, tableEnd: -1, progress: {} };
  return () => writeRules(sheet, rules, shape, back, {}, kept ? height : Math.max(rows, height));
}
