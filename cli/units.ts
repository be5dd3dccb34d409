// `cchc units`: many units (files, folders, or one workbook with a sheet per unit) → one consolidation.
// Workbooks are opened one at a time and dropped once their unit record exists, so memory stays flat
// however many files there are; only the core sees all units, as small records.
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import {
  analyzeSheet,
  consolidate,
  findHeader,
  formatPoints,
  gradeOf,
  isOwnSheet,
  ownTargets,
  takenNotice,
  unitRecord,
  untrustedUnit,
  TERMS,
  type Consolidation,
  type Lang,
  type SettingsInput,
  type UnitRecord,
  type UnreadableUnit,
} from "../shared/index.js";
import type { Options } from "./args.js";
import { InputError } from "./errors.js";
import type { Io } from "./main.js";
import { saveAtomic } from "./save.js";
import { sheetEntriesOf } from "./own-sheets.js";
import { openSource, pickSheet, type Source } from "./source.js";
import { TEXT } from "./text.js";
import { writeUnitsSheets } from "./units-sheets.js";
import { newWorkbook, readSheet, type Workbook, type Worksheet } from "./xlsx.js";

const UNIT_FILES = new Set([".xlsx", ".xlsm", ".csv"]);

/** Arguments → files: a folder contributes its workbooks and CSVs (sorted, no lock files "~$…", no hidden files). */
async function expand(paths: readonly string[], skip: string | null, lang: Lang, unreadable: UnreadableUnit[]): Promise<string[]> {
  const t = TEXT[lang];
  const files: string[] = [];
  for (const p of paths) {
    let dir = false;
    try {
      dir = (await stat(p)).isDirectory();
    } catch {
      dir = false; // openSource says what is wrong with it
    }
    if (!dir) {
      files.push(p);
      continue;
    }
    const names = (await readdir(p)).filter((n) => UNIT_FILES.has(extname(n).toLowerCase()) && !n.startsWith("~$") && !n.startsWith(".")).sort(new Intl.Collator("vi").compare);
    const inside = names.map((n) => join(p, n)).filter((f) => skip === null || resolve(f) !== resolve(skip));
    if (!inside.length) unreadable.push({ file: p, sheet: "", reason: t.emptyFolder(p) });
    files.push(...inside);
  }
  return files;
}

/** The sheets of a workbook that hold a criteria table (a full header), never ours (by their mark); each read once. */
function criteriaSheets(source: Source, own: ReadonlySet<string>): { ws: Worksheet; values: unknown[][]; formulas?: string[][] }[] {
  const out: { ws: Worksheet; values: unknown[][]; formulas?: string[][] }[] = [];
  for (const ws of source.workbook.worksheets) {
    if (own.has(ws.name)) continue;
    const read = readSheet(ws);
    const h = findHeader(read.values);
    if (h && h.columns.code !== undefined && h.columns.max !== undefined) out.push({ ws, ...read });
  }
  return out;
}

interface Read {
  records: UnitRecord[];
  /** the workbook, when the caller wants to write into it (one input with a sheet per unit) */
  workbook: Workbook | null;
}

async function readUnits(file: string, o: Options, settings: SettingsInput, unreadable: UnreadableUnit[], keep: boolean): Promise<Read> {
  const t = TEXT[o.lang];
  let source: Source;
  try {
    source = await openSource(file, o.lang, o.columns);
  } catch (e) {
    unreadable.push({ file, sheet: "", reason: e instanceof InputError ? e.message : t.internal(file, String((e as Error).message ?? e)) });
    return { records: [], workbook: null };
  }
  const own = new Set(sheetEntriesOf(source.workbook).filter(isOwnSheet).map((e) => e.name));
  // a consolidation written earlier into the same folder is ours, not a unit: pass over it quietly
  if (source.workbook.worksheets.length > 0 && source.workbook.worksheets.every((ws) => own.has(ws.name))) return { records: [], workbook: null };
  const sheets = criteriaSheets(source, own);
  if (sheets.length === 0) {
    unreadable.push({ file, sheet: "", reason: t.noCriteriaSheet(file) });
    return { records: [], workbook: null };
  }
  const perSheet = sheets.length > 1;
  const records: UnitRecord[] = [];
  for (const { ws, values, formulas } of sheets) {
    const analysis = analyzeSheet(values, { sheet: ws.name, settings, ...(formulas ? { formulas } : {}) });
    if (!analysis.header) {
      unreadable.push({ file, sheet: ws.name, reason: t.noHeaderReason(ws.name) });
      continue;
    }
    const untrusted = untrustedUnit(analysis, { file, sheet: ws.name }, o.lang);
    if (untrusted) unreadable.push(untrusted);
    else records.push(unitRecord(analysis, values, { file, sheet: ws.name, perSheet }));
  }
  return { records, workbook: keep && perSheet && source.kind === "xlsx" ? source.workbook : null };
}

async function readTemplate(file: string, o: Options, settings: SettingsInput): Promise<UnitRecord> {
  const t = TEXT[o.lang];
  try {
    const source = await openSource(file, o.lang, o.columns);
    const picked = pickSheet(source, o.sheet, o.lang);
    const analysis = analyzeSheet(picked.values, { sheet: picked.name, settings, ...(picked.formulas ? { formulas: picked.formulas } : {}) });
    return unitRecord(analysis, picked.values, { file, sheet: picked.name, perSheet: false });
  } catch (e) {
    throw new InputError(t.badTemplate(file, e instanceof Error ? e.message : String(e)));
  }
}

/** What `--json` prints: the issue's shape, field meanings as `check`. */
export function unitsJson(c: Consolidation) {
  return {
    units: c.units.map((u) => ({
      unit: u.unit,
      file: u.file,
      sheet: u.sheet,
      max: u.max,
      self: u.self,
      achieved: u.achieved,
      bonus: u.bonus,
      penalty: u.penalty,
      score: u.score,
      index: u.index,
      rank: u.rank,
      grade: u.grade,
      areas: u.areas.map((a) => ({ code: a.code, name: a.name, max: a.max, achieved: a.achieved, index: a.index })),
    })),
    diagnostics: c.diagnostics,
  };
}

function pad(s: string, n: number): string {
  const w = s.normalize("NFC").replace(/[\u0300-\u036f]/g, "").length;
  return s + " ".repeat(Math.max(0, n - w));
}

function textLines(c: Consolidation, lang: Lang): string[] {
  const t = TEXT[lang];
  const pts = (x: number | null) => (x === null ? t.none : formatPoints(Math.round(x * 1000), lang));
  const pct = (x: number | null) => (x === null ? t.none : lang === "vi" ? x.toFixed(2).replace(".", ",") : x.toFixed(2));
  const rank = t.rankRule[c.rankMode];
  const rows = [
    [...t.unitsColumns],
    ...c.units.map((u) => [u.rank === null ? t.none : String(u.rank), u.unit, pts(u.score), pct(u.index), u.grade || t.none]),
  ];
  if (c.average) rows.push(["", t.average, pts(c.average.score), pct(c.average.index), gradeOf(c.average.index, c.thresholds) || t.none]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => pad(r[i] ?? "", 0).length)));
  const lines = [t.unitsHeading(c.units.length, c.year === null ? "" : String(c.year), rank)];
  if (c.reference) lines.push(t.reference(c.reference.kind === "template" ? t.referenceTemplate(c.reference.file) : t.referenceMajority(c.reference.unit)));
  lines.push("");
  for (const r of rows) lines.push(r.map((v, i) => (i < 4 ? pad(v, (widths[i] as number) + 0) : v)).join("  ").trimEnd());
  if (c.diagnostics.length) {
    lines.push("");
    for (const d of c.diagnostics) lines.push(`${pad(TERMS[d.severity][lang], 9)} ${pad(d.code, 23)} ${d.cell ? `${d.cell} ` : ""}${d.message}`);
  }
  return lines;
}

export async function runUnits(o: Options, io: Io): Promise<number> {
  const t = TEXT[o.lang];
  const settings: SettingsInput = { lang: o.lang, columns: o.columns };
  try {
    if (o.output !== null && extname(o.output).toLowerCase() !== ".xlsx") throw new InputError(t.outputNotXlsx(o.output));
    const template = o.template === null ? null : await readTemplate(o.template, o, settings);
    const unreadable: UnreadableUnit[] = [];
    const files = await expand(o.files, o.output, o.lang, unreadable);
    if (o.output !== null && files.some((f) => resolve(f) === resolve(o.output as string))) throw new InputError(t.sameFile(o.output));
    const records: UnitRecord[] = [];
    let workbook: Workbook | null = null;
    for (const [i, file] of files.entries()) {
      if (io.tty && files.length > 1) io.err(`\r\x1b[K${t.progress(i + 1, files.length, file)}`);
      const read = await readUnits(file, o, settings, unreadable, files.length === 1 && o.output !== null);
      records.push(...read.records);
      workbook = read.workbook;
    }
    if (io.tty && files.length > 1) io.err("\r\x1b[K");
    const c = consolidate(records, { rank: o.rank, lang: o.lang, template, unreadable });
    if (records.length === 0) {
      for (const d of c.diagnostics) io.err(`cchc: ${d.message}\n`);
      io.err(`cchc: ${t.noUnits}\n`);
      return 2;
    }
    const lines = textLines(c, o.lang);
    if (o.output !== null) {
      const wb = workbook ?? newWorkbook();
      // ours where their marks are; a user's sheet named "Tổng hợp đơn vị" keeps it, ours takes the next free name
      const targets = ownTargets(sheetEntriesOf(wb), ["units", "comparison"] as const);
      writeUnitsSheets(wb, c, o.lang, new Date(), workbook !== null, { units: targets.units.name, comparison: targets.comparison.name });
      await saveAtomic(wb, o.output, o.lang);
      const taken = takenNotice([targets.units, targets.comparison], o.lang);
      lines.push("", t.wrote(o.output), ...(taken ? [taken] : []));
    }
    if (o.json) io.out(`${JSON.stringify(unitsJson(c), null, 2)}\n`);
    else io.out(`${lines.join("\n")}\n`);
    return c.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`cchc: ${e.message}\n`);
    return 2;
  }
}
