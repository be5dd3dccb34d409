// Running the CLI in-process and reading what it wrote.
import ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main.js";
import { readSheet } from "../../cli/xlsx.js";

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

export { precedents } from "../fixtures/precedents.js";
