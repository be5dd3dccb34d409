// check / score / plan on one file: read, call the core, write. No scoring happens here.
import {
  analyzeSheet,
  notices,
  ownTargets,
  parseIsoDay,
  progressReport,
  runPlan,
  runProgress,
  runScore,
  takenNotice,
  today,
  viDay,
  type Day,
  type PlanRow,
  type Report,
  type SettingsInput,
} from "../shared/index.js";
import { resolve } from "node:path";
import type { Command, Options } from "./args.js";
import { InputError } from "./errors.js";
import { outputFor } from "./paths.js";
import { writePlan } from "./plan-sheet.js";
import { markOverdue, writeProgress } from "./progress-sheet.js";
import { sheetEntriesOf } from "./own-sheets.js";
import { findingsText, heading } from "./render.js";
import { saveAtomic } from "./save.js";
import { applyEdits, writeAppraisal, writeFindings, writeSummary } from "./score-sheets.js";
import { checkColumns, existingSheet, openSource, pickSheet } from "./source.js";
import { TEXT } from "./text.js";
import { convertToUnicode } from "./unicode.js";
import { readSheet } from "./xlsx.js";

export interface FileResult {
  /** 0 no errors in the sheet (for score: none left after writing), 1 errors to fix */
  code: 0 | 1;
  /** what --json prints for this file */
  json: unknown;
  /** lines for a person (stdout) */
  lines: string[];
  /** lines for stderr that do not stop the run */
  warnings: string[];
}

/** The `plan --json` rows: field names fixed for other tools. */
export type PlanJson = Pick<PlanRow, "code" | "area" | "areaName" | "name" | "max" | "achieved" | "lost" | "target" | "owner" | "coordinator" | "priority" | "status" | "self" | "lowered">;

/** --as-of, or today on this machine */
function asOfDay(o: Options): Day {
  return (o.asOf ? parseIsoDay(o.asOf) : null) ?? today();
}

export async function runFile(command: Exclude<Command, "units">, file: string, o: Options, many: boolean): Promise<FileResult> {
  if (command === "progress") return runProgressFile(file, o, many);
  const lang = o.lang;
  const t = TEXT[lang];
  const settings: SettingsInput = {
    lang,
    columns: o.columns,
    writeMode: o.values ? "values" : "formulas",
    convertTextFigures: !o.keepText,
    ...(o.planColumns || o.numbering
      ? { plan: { ...(o.planColumns ? { columns: o.planColumns as NonNullable<SettingsInput["plan"]>["columns"] } : {}), ...(o.numbering ? { numbering: o.numbering } : {}) } }
      : {}),
  };
  const source = await openSource(file, lang, o.columns);
  // resolve the output before any work, so a refused overwrite costs nothing
  const out = command === "check" ? null : outputFor(file, source.kind, o, command, many);
  const warnings: string[] = [];
  if (out !== null && source.dropped.length > 0) {
    const parts = source.dropped.map((p) => t.parts[p] ?? p).join(", ");
    if (resolve(out) === resolve(file)) throw new InputError(t.droppedInPlace(file, parts));
    warnings.push(t.dropped(file, parts));
  }
  const picked = pickSheet(source, o.sheet, lang, settings);
  checkColumns(file, picked, o.columns, lang);
  // before scoring: the copy's text is Unicode, and so is everything read from it
  const converted = out !== null && o.toUnicode ? convertToUnicode(picked) : null;
  const sheet = {
    name: picked.name,
    values: converted ? converted.values : picked.values,
    ...(picked.formulas ? { formulas: picked.formulas } : {}),
    ...(picked.numberFormats ? { numberFormats: picked.numberFormats } : {}),
    ...(picked.hiddenRows.length ? { hiddenRows: picked.hiddenRows } : {}),
    ...(picked.merged.length ? { merged: picked.merged } : {}),
  };
  const others = picked.others.length ? { otherSheets: picked.others } : {};
  const convertedLine = converted ? [t.converted(converted.edits.length, Object.keys(converted.counts).join(", "))] : [];
  const codeOf = (r: Report): 0 | 1 => (r.counts.errors > 0 ? 1 : 0);

  if (command === "check" || out === null) {
    const report = {
      ...analyzeSheet(sheet.values, {
        sheet: sheet.name,
        settings,
        ...(sheet.formulas ? { formulas: sheet.formulas } : {}),
        ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}),
      }).report,
      ...others,
    };
    return { code: codeOf(report), json: report, lines: [...heading(file, report, lang), "", ...findingsText(report, lang)], warnings };
  }

  const wb = source.workbook;
  // our sheets are found by their mark; a user's sheet with one of our names is never replaced
  const targets = ownTargets(sheetEntriesOf(wb), ["findings", "summary", "plan", "appraisal"] as const);
  if (command === "score") {
    const existing = {
      findings: existingSheet(source, targets.findings),
      summary: existingSheet(source, targets.summary),
      appraisal: existingSheet(source, targets.appraisal),
    };
    const names = { findings: targets.findings.name, summary: targets.summary.name, appraisal: targets.appraisal.name };
    const scoredResult = runScore(sheet, settings, existing, undefined, names);
    const result = { ...scoredResult, report: { ...scoredResult.report, ...others } };
    applyEdits(picked.ws, result.edits);
    writeFindings(wb, result, picked.name);
    writeSummary(wb, result);
    writeAppraisal(wb, result, picked.name);
    // Excel recomputes on opening, so formulas saved without results elsewhere in the file show figures too
    wb.calcProperties.fullCalcOnLoad = true;
    await saveAtomic(wb, out, lang);
    // the exit code says whether errors remain for a person to fix: the sums scoring rewrote no longer count
    const scored = readSheet(picked.ws);
    const after = analyzeSheet(scored.values, { sheet: sheet.name, settings, ...(scored.formulas ? { formulas: scored.formulas } : {}) }).report;
    const taken = takenNotice(result.appraisal ? [targets.findings, targets.summary, targets.appraisal] : [targets.findings, targets.summary], lang);
    return {
      code: codeOf(after),
      json: result.report,
      lines: [
        ...heading(file, result.report, lang),
        "",
        ...findingsText(result.report, lang, result.corrections),
        "",
        ...(result.converted > 0 ? [notices(lang).converted(result.converted)] : []),
        ...convertedLine,
        t.remaining(after.counts.errors),
        t.wrote(out),
        ...(taken ? [taken] : []),
      ],
      warnings,
    };
  }

  const planned = runPlan(sheet, settings, { plan: existingSheet(source, targets.plan) }, undefined, { plan: targets.plan.name });
  // nothing to plan on a sheet nobody has scored: said as an input problem, and no file is written
  if (planned.notScored) throw new InputError(notices(lang).notScored(sheet.name));
  const result = { ...planned, report: { ...planned.report, ...others } };
  const taken = takenNotice([targets.plan], lang);
  writePlan(wb, result.table, result.sheetName, { lang, asOf: asOfDay(o) });
  wb.calcProperties.fullCalcOnLoad = true;
  await saveAtomic(wb, out, lang);
  const s = result.table.stats;
  const plan: PlanJson[] = result.table.rows.map((r) => ({
    code: r.code,
    area: r.area,
    areaName: r.areaName,
    name: r.name,
    max: r.max,
    achieved: r.achieved,
    lost: r.lost,
    target: r.target,
    owner: r.owner,
    coordinator: r.coordinator,
    priority: r.priority,
    status: r.status,
    self: r.self,
    lowered: r.lowered,
  }));
  return {
    code: codeOf(result.report),
    json: { ...result.report, plan },
    lines: [...heading(file, result.report, lang), ...convertedLine, t.planLine(s.weak, s.resolved, s.keptCells), t.wrote(out), ...(taken ? [taken] : [])],
    warnings,
  };
}

/** cchc progress: the plan sheet read back as of a day; "Báo cáo tiến độ" added, overdue tasks filled. */
async function runProgressFile(file: string, o: Options, many: boolean): Promise<FileResult> {
  const lang = o.lang;
  const t = TEXT[lang];
  const source = await openSource(file, lang);
  const out = outputFor(file, source.kind, o, "progress", many);
  const warnings: string[] = [];
  if (source.dropped.length > 0) {
    const parts = source.dropped.map((p) => t.parts[p] ?? p).join(", ");
    if (resolve(out) === resolve(file)) throw new InputError(t.droppedInPlace(file, parts));
    warnings.push(t.dropped(file, parts));
  }
  const asOf = asOfDay(o);
  // the named sheet, else our plan sheet (found by its mark), else the first of the user's sheets with a plan header
  const wb = source.workbook;
  const entries = sheetEntriesOf(wb);
  const targets = ownTargets(entries, ["plan", "progress"] as const);
  const sheets = wb.worksheets;
  const named = o.sheet === null ? undefined : (sheets.find((w) => w.name === o.sheet) ?? sheets.find((w) => w.name.toLowerCase() === o.sheet?.toLowerCase()));
  if (o.sheet !== null && !named) throw new InputError(t.noSheet(file, o.sheet));
  const ours = targets.plan.exists ? wb.getWorksheet(targets.plan.name) : undefined;
  const theirs = sheets.filter((w) => entries.find((e) => e.name === w.name)?.own === null);
  const candidates = named ? [named] : [ours, ...theirs].filter((w) => w !== undefined);
  for (const ws of candidates) {
    const read = readSheet(ws);
    if (!progressReport(read.values, asOf, lang)) continue;
    const existing = existingSheet(source, targets.progress);
    const result = runProgress({ name: ws.name, values: read.values }, lang, asOf, existing ? { progress: existing } : {}, undefined, { progress: targets.progress.name });
    if (!result) continue;
    markOverdue(ws, result.report.overdueRows, read.values.reduce((w, r) => Math.max(w, r.length), 0));
    writeProgress(wb, result, ws.name);
    await saveAtomic(source.workbook, out, lang);
    const j = result.report.json;
    const pct = lang === "vi" ? String(j.percentDone).replace(".", ",") : String(j.percentDone);
    const lines = [
      `${t.fileLabel}: ${file} · ${t.sheetLabel}: “${ws.name}”`,
      t.progressLine(j.tasks, j.done, pct, j.overdue, `${j.period}`, viDay(asOf)),
      t.progressCounts(j.inProgress, j.notStarted, j.dropped),
      ...j.overdueTasks.map((x) => t.overdueLine(x.row, x.code, x.owner, viDay(parseIsoDay(x.due) as Day))),
      ...result.report.findings.map((f) => `  ${f.cell}: ${f.message}`),
      t.wrote(out),
      ...((taken) => (taken ? [taken] : []))(takenNotice([targets.progress], lang)),
    ];
    return { code: 0, json: j, lines, warnings };
  }
  throw new InputError(t.noPlanSheet(file));
}
