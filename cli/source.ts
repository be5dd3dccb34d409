// Opening an input file (.xlsx or .csv) and choosing its criteria sheet. Problems become InputError (exit 2).
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { exactNumber } from "../shared/functions.js";
import {
  chooseCriteriaSheet,
  columnIndex,
  columnLetter,
  findHeader,
  findSheetName,
  isOwnSheet,
  parsePoints,
  POINT_ROLES,
  type CellBlock,
  type Grid,
  type Lang,
  type OtherSheet,
  type Role,
  type SettingsInput,
} from "../shared/index.js";
import { readCsv } from "./csv.js";
import { InputError } from "./errors.js";
import { fileKind, zipEntries } from "./file-kind.js";
import { droppedParts, type Dropped } from "./lossy.js";
import { TEXT } from "./text.js";
import { sheetEntriesOf } from "./own-sheets.js";
import { hiddenRows, mergedAreas, newWorkbook, readSheet, writeGrid, type Workbook, type Worksheet } from "./xlsx.js";

export interface Source {
  file: string;
  kind: "xlsx" | "csv";
  workbook: Workbook;
  /** parts of the file a rewrite would lose */
  dropped: Dropped[];
}

export interface Picked {
  ws: Worksheet;
  name: string;
  values: Grid;
  formulas?: Grid;
  numberFormats?: Grid;
  /** 0-based hidden rows */
  hiddenRows: number[];
  /** merged areas, 0-based */
  merged: CellBlock[];
  /** other sheets with a criteria header, when the sheet was chosen rather than named */
  others: OtherSheet[];
}


/** `columns`: the --column letters, so a CSV's points columns are the ones the analysis will read. */
export async function openSource(file: string, lang: Lang, columns: Partial<Record<Role, string>> = {}): Promise<Source> {
  const t = TEXT[lang];
  let bytes: Buffer;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new InputError(t.notWorkbook(file));
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(t.notFound(file));
    throw new InputError(t.notReadable(file, (e as Error).message));
  }
  const ext = extname(file).toLowerCase();
  const kind = fileKind(bytes);
  if (kind === "encrypted") throw new InputError(t.encrypted(file));
  if (kind === "ods") throw new InputError(t.ods(file));
  if (kind === "xlsb") throw new InputError(t.xlsb(file));
  if (kind === "zip") {
    const inside = zipEntries(bytes).filter((n) => /\.(xlsx|csv)$/i.test(n));
    throw new InputError(t.plainZip(file, inside.map((n) => `“${n}”`).join(", ")));
  }
  if (kind === "xls" || (ext === ".xls" && kind !== "xlsx")) throw new InputError(t.oldXls(file));
  if (kind === "xlsx") {
    const workbook = newWorkbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new InputError(t.notWorkbook(file));
    }
    return { file, kind: "xlsx", workbook, dropped: droppedParts(bytes) };
  }
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") {
    const csv = readCsv(bytes);
    if (!csv.ok) throw new InputError(t.notUtf8(file));
    const workbook = newWorkbook();
    writeGrid(workbook.addWorksheet(sheetNameFor(file)), csvFigures(csv.grid, columns));
    return { file, kind: "csv", workbook, dropped: [] };
  }
  throw new InputError(t.notWorkbook(file));
}

/**
 * A CSV has no types: every field arrives as text. In an .xlsx that text would stay text (Excel's SUM skips
 * it, and the core would rightly report NUMBER_AS_TEXT and write figures instead of formulas). So in the
 * points columns (max, achieved, target, change, found as the analysis finds them), below the header,
 * a field the core reads as a number becomes that number, exactly ("0,12345" keeps its five decimals for
 * the PRECISION check). Codes, names, notes, words in a points cell and the rows above stay text.
 */
export function csvFigures(grid: (string | null)[][], columns: Partial<Record<Role, string>> = {}): Grid {
  const override: Partial<Record<Role, number>> = {};
  for (const [role, letter] of Object.entries(columns)) if (letter) override[role as Role] = columnIndex(letter);
  const header = findHeader(grid, override);
  if (!header) return grid;
  // every achieved-type column (self-score, appraisal rounds) holds figures, not only the one the header prefers
  const cols = [...POINT_ROLES.map((role) => header.columns[role]), ...header.alternatives].filter((c): c is number => c !== undefined);
  return grid.map((row, r) => {
    if (r < header.row + header.height) return row;
    const out: unknown[] = [...row];
    for (const c of cols) {
      const v = row[c];
      if (typeof v === "string" && parsePoints(v).kind === "number") out[c] = exactNumber(v);
    }
    return out;
  });
}

/** --column letters beyond the sheet's last used column would read nothing: refuse them (exit 2). */
export function checkColumns(file: string, picked: Picked, columns: Partial<Record<Role, string>>, lang: Lang): void {
  const width = picked.values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const [role, letter] of Object.entries(columns)) {
    if (letter && columnIndex(letter) >= width) throw new InputError(TEXT[lang].columnOutside(file, picked.name, role, letter, columnLetter(width - 1)));
  }
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetNameFor(file: string): string {
  const base = basename(file, extname(file)).replace(/[:\\/?*[\]]/g, "_").trim();
  return (base || "Sheet1").slice(0, 31);
}

/**
 * The named sheet (whatever its case, Unicode normalisation or outer spaces), or the user's sheet with the most
 * criteria rows (never one of ours: those carry a mark, whatever their name).
 */
export function pickSheet(source: Source, name: string | null, lang: Lang, settings: SettingsInput = {}): Picked {
  const t = TEXT[lang];
  const read = (ws: Worksheet): Picked => ({ ws, name: ws.name, ...readSheet(ws), hiddenRows: hiddenRows(ws), merged: mergedAreas(ws), others: [] });
  const sheets = source.workbook.worksheets;
  if (name !== null) {
    const found = findSheetName(
      sheets.map((w) => w.name),
      name,
    );
    const ws = sheets.find((w) => w.name === found);
    if (!ws) throw new InputError(t.noSheet(source.file, name));
    const picked = read(ws);
    if (!findHeader(picked.values)) throw new InputError(t.noHeaderIn(source.file, ws.name));
    return picked;
  }
  const own = new Set(sheetEntriesOf(source.workbook).filter(isOwnSheet).map((e) => e.name));
  const candidates = sheets.filter((ws) => !own.has(ws.name)).map(read);
  const override: Partial<Record<Role, number>> = {};
  for (const [role, letter] of Object.entries(settings.columns ?? {})) if (letter) override[role as Role] = columnIndex(letter);
  const choice = chooseCriteriaSheet(candidates, settings, override);
  if (!choice) throw new InputError(t.noCriteriaSheet(source.file));
  return { ...(candidates[choice.index] as Picked), others: choice.others };
}

/** The current content of a sheet we generate (found by its mark: ownTargets), for the core's merge and snapshots. */
export function existingSheet(source: Source, target: { name: string; exists: boolean }): { values: Grid; formulas?: Grid } | undefined {
  const ws = target.exists ? source.workbook.getWorksheet(target.name) : undefined;
  return ws ? readSheet(ws) : undefined;
}
