// Opening an input file (.xlsx or .csv) and choosing its criteria sheet. Problems become InputError (exit 2).
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { findHeader, SHEET_NAMES, type Grid, type Lang } from "../shared/index.js";
import { readCsv } from "./csv.js";
import { InputError } from "./errors.js";
import { droppedParts, type Dropped } from "./lossy.js";
import { TEXT } from "./text.js";
import { newWorkbook, readSheet, writeGrid, type Workbook, type Worksheet } from "./xlsx.js";

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
}

const OUR_SHEETS = new Set<string>(Object.values(SHEET_NAMES));

export async function openSource(file: string, lang: Lang): Promise<Source> {
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
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole || (ext === ".xls" && !zip)) throw new InputError(t.oldXls(file));
  if (zip) {
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
    writeGrid(workbook.addWorksheet(sheetNameFor(file)), csv.grid);
    return { file, kind: "csv", workbook, dropped: [] };
  }
  throw new InputError(t.notWorkbook(file));
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetNameFor(file: string): string {
  const base = basename(file, extname(file)).replace(/[:\\/?*[\]]/g, "_").trim();
  return (base || "Sheet1").slice(0, 31);
}

/** The named sheet, or the first whose header the core recognises (never one of the sheets we generate). */
export function pickSheet(source: Source, name: string | null, lang: Lang): Picked {
  const t = TEXT[lang];
  const read = (ws: Worksheet): Picked => ({ ws, name: ws.name, ...readSheet(ws) });
  if (name !== null) {
    const ws = source.workbook.worksheets.find((w) => w.name === name) ?? source.workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new InputError(t.noSheet(source.file, name));
    const picked = read(ws);
    if (!findHeader(picked.values)) throw new InputError(t.noHeaderIn(source.file, ws.name));
    return picked;
  }
  // a full header first; else a partial one, so the report can say which column is missing
  const candidates = source.workbook.worksheets.filter((ws) => !OUR_SHEETS.has(ws.name)).map(read);
  const headers = candidates.map((p) => findHeader(p.values));
  const full = headers.findIndex((h) => h !== null && h.columns.code !== undefined && h.columns.max !== undefined);
  const any = full >= 0 ? full : headers.findIndex((h) => h !== null);
  if (any >= 0) return candidates[any] as Picked;
  throw new InputError(t.noCriteriaSheet(source.file));
}

/** The current content of a sheet we generate, for the core's merge and snapshots. */
export function existingSheet(source: Source, name: string): { values: Grid; formulas?: Grid } | undefined {
  const ws = source.workbook.getWorksheet(name);
  return ws ? readSheet(ws) : undefined;
}
