// Running the CLI in-process and reading what it wrote.
import ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main.js";
import { readSheet } from "../../cli/xlsx.js";
import { columnIndex } from "../../shared/index.js";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function cchc(...args: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), tty: false });
  return { code, out, err };
}

export async function tmp(): Promise<{ dir: string; path: (name: string) => string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "cchc-"));
  return { dir, path: (name) => join(dir, name), done: () => rm(dir, { recursive: true, force: true }) };
}

export async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

export async function saveText(text: string, file: string): Promise<string> {
  await writeFile(file, text, "utf8");
  return file;
}

export async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

export { readSheet };

const REF = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/** Sheet cells (0-based) a formula reads, ranges expanded: to check what a written formula depends on. */
export function precedents(formula: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const m of formula.matchAll(REF)) {
    const c1 = columnIndex(m[1] as string);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push({ row: r, col: c });
  }
  return out;
}
