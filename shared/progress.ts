// Progress through the year (báo cáo tiến độ): the plan sheet's tasks read back by their header, each with
// its status, due date and owner; counts, overdue tasks and one line per owner as of a date.
import { a1, columnLetter } from "./address.js";
import { compareDays, dayKey, dueDay, isoDay, parseDeadline, readDay, type Day } from "./deadline.js";
import { TERMS } from "./glossary.js";
import { messageFor } from "./messages.js";
import { PROGRESS_LABEL, type PlanKey, type ProgressStatus } from "./plan-columns.js";
import { codePrefix, findPlanHeader } from "./plan-existing.js";
import { planYear, type PlanTable } from "./plan.js";
import { parsePoints, toPoints } from "./points.js";
import { toRoman } from "./roman.js";
import { cellText, fold, isBlank } from "./text.js";
import type { Diagnostic, DiagnosticCode, Grid, Lang, Milli } from "./types.js";

export interface ProgressTask {
  /** 1-based sheet row */
  row: number;
  code: string;
  name: string;
  owner: string;
  /** the time cell as written */
  deadline: string;
  due: Day | null;
  status: ProgressStatus;
  lost: Milli;
  overdue: boolean;
}

/** The `cchc progress --json` shape: field names fixed for other tools. */
export interface ProgressJson {
  asOf: string;
  period: string;
  tasks: number;
  done: number;
  inProgress: number;
  notStarted: number;
  dropped: number;
  overdue: number;
  percentDone: number;
  owners: { owner: string; tasks: number; done: number; inProgress: number; overdue: number }[];
  overdueTasks: { row: number; code: string; owner: string; due: string }[];
}

export interface ProgressReport {
  json: ProgressJson;
  /** the cumulative report the period belongs to: Quý I, 6 tháng đầu năm, 9 tháng, cả năm */
  report: string;
  tasksList: ProgressTask[];
  /** points lost on criteria whose tasks are done, and on those still open (dropped tasks in neither) */
  points: { done: number; open: number };
  findings: Diagnostic[];
  /** 0-based rows of the plan sheet to mark as overdue */
  overdueRows: number[];
  headerRow: number;
}

/** The status cell, in either language or as staff shorten it ("Hoàn thành", "Đang làm"). */
export function parseStatus(v: unknown): ProgressStatus | "blank" | "unknown" {
  if (isBlank(v)) return "blank";
  const f = fold(v);
  if (/^(da )?hoan thanh|^done\b|^completed?\b|^xong\b|^da xong/.test(f)) return "done";
  if (/^dang (thuc hien|trien khai|lam)|^in progress|^ongoing/.test(f)) return "inProgress";
  if (/^chua (thuc hien|trien khai|lam|bat dau|hoan thanh)|^not started/.test(f)) return "notStarted";
  if (/^khong (thuc hien|trien khai)|^dropped|^cancel|^huy|^dung thuc hien/.test(f)) return "dropped";
  return "unknown";
}

/** "% hoàn thành": 0–100, "50%", or a fraction (a cell formatted as a percentage holds 0,5 for 50 %). */
export function parsePercent(v: unknown): number | null | "invalid" {
  if (isBlank(v)) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "invalid";
    const p = v > 0 && v <= 1 && !Number.isInteger(v) ? v * 100 : v;
    return p >= 0 && p <= 100 ? Math.round(p * 100) / 100 : "invalid";
  }
  const t = cellText(v);
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(t);
  if (!m) return "invalid";
  const p = Number((m[1] as string).replace(",", "."));
  return p >= 0 && p <= 100 ? p : "invalid";
}

/** The quarter a day falls in, and the cumulative report it belongs to. */
export function periodOf(day: Day, lang: Lang): { period: string; report: string } {
  const q = Math.ceil(day.m / 3);
  const y = day.y;
  const vi = ["", `Quý I/${y}`, `6 tháng đầu năm ${y}`, `9 tháng đầu năm ${y}`, `Năm ${y}`];
  const en = ["", `Q1 ${y}`, `First half of ${y}`, `First nine months of ${y}`, `Year ${y}`];
  return { period: lang === "vi" ? `Quý ${toRoman(q)}/${y}` : `Q${q} ${y}`, report: (lang === "vi" ? vi : en)[q] as string };
}

/** Whether a task is overdue: due before the as-of day and neither done nor dropped. */
export function isOverdue(due: Day | null, status: ProgressStatus, asOf: Day): boolean {
  return due !== null && dayKey(due) < dayKey(asOf) && status !== "done" && status !== "dropped";
}

const SIGNATURE = /^(noi nhan|(kt\.? |tm\.? |q\.? )?(pho )?giam doc\b|(kt\.? |tm\.? )?thu truong|nguoi lap( bieu)?\b)/;

const col = (map: readonly (PlanKey | null)[], k: PlanKey) => map.indexOf(k);

/**
 * Reads the plan sheet's tasks and reports on them as of `asOf`. null when the sheet has no plan header.
 * A task row says what to do (Nội dung or Giải pháp) and at least one of: code, owner, time, status;
 * headings (I, II… or A, B…) and a signature block below the table are not tasks.
 */
export function progressReport(grid: Grid, asOf: Day, lang: Lang): ProgressReport | null {
  const header = findPlanHeader(grid);
  if (!header) return null;
  const { map } = header;
  // a plan says what to do, by when or how far: a criteria sheet (STT, Tiêu chí, Điểm…) is not one
  if (!map.some((k) => k === "deadline" || k === "progressStatus" || k === "solution" || k === "product" || k === "percent" || k === "doneDate")) return null;
  const c = {
    stt: col(map, "stt"),
    code: col(map, "code"),
    name: col(map, "name"),
    solution: col(map, "solution"),
    owner: col(map, "owner"),
    deadline: col(map, "deadline"),
    status: col(map, "progressStatus"),
    legacy: col(map, "progress"),
    percent: col(map, "percent"),
    doneDate: col(map, "doneDate"),
    lost: col(map, "lost"),
  };
  const at = (row: readonly unknown[], i: number) => (i >= 0 ? row[i] : null);
  const year = planYear(grid.slice(0, header.row)) ?? asOf.y;
  const findings: Diagnostic[] = [];
  const find = (code: DiagnosticCode, r: number, colIndex: number, found: string) => {
    const d = { code, severity: "warning" as const, row: r + 1, col: colIndex, cell: a1(r, colIndex), criterion: "", found };
    findings.push({ ...d, message: messageFor(d, lang) });
  };
  const tasks: ProgressTask[] = [];
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] as readonly unknown[];
    // the signature block ends the table: "Nơi nhận:", "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "Người lập biểu"
    if (row.some((v) => typeof v === "string" && v.length < 40 && SIGNATURE.test(fold(v)))) break;
    const what = !isBlank(at(row, c.name)) || !isBlank(at(row, c.solution));
    const code = cellText(at(row, c.code)) || codePrefix(at(row, c.name))?.code || "";
    const who = !isBlank(at(row, c.owner)) || !isBlank(at(row, c.deadline)) || !isBlank(at(row, c.status)) || code !== "";
    if (!what || !who) continue;
    const stt = cellText(at(row, c.stt));
    // a heading: numbered I, II… or A, B… with no owner and no time
    if (/^([IVXLC]+|[A-Z])\.?$/.test(stt) && isBlank(at(row, c.owner)) && isBlank(at(row, c.deadline)) && !code) continue;

    let status = parseStatus(at(row, c.status));
    if (status === "unknown") find("PROGRESS_STATUS_UNKNOWN", r, c.status, cellText(at(row, c.status)));
    if ((status === "blank" || status === "unknown") && c.status < 0 && c.legacy >= 0) {
      const legacy = parseStatus(at(row, c.legacy));
      if (legacy !== "blank" && legacy !== "unknown") status = legacy;
    }
    const percent = parsePercent(at(row, c.percent));
    if (percent === "invalid") find("PERCENT_INVALID", r, c.percent, cellText(at(row, c.percent)));
    let resolved: ProgressStatus;
    if (status !== "blank" && status !== "unknown") resolved = status;
    // no status chosen: a date done or 100 % says done, a share says under way
    else if ((typeof percent === "number" && percent >= 100) || readDay(at(row, c.doneDate)) !== null) resolved = "done";
    else if (typeof percent === "number" && percent > 0) resolved = "inProgress";
    else resolved = "notStarted";

    const deadline = parseDeadline(at(row, c.deadline), year);
    if (deadline.kind === "unreadable") find("DEADLINE_UNREADABLE", r, c.deadline, deadline.text);
    const due = deadline.kind === "due" ? deadline.due : null;
    const lost = parsePoints(at(row, c.lost));
    tasks.push({
      row: r + 1,
      code,
      name: cellText(at(row, c.name)) || cellText(at(row, c.solution)),
      owner: cellText(at(row, c.owner)),
      deadline: cellText(at(row, c.deadline)),
      due,
      status: resolved,
      lost: lost.kind === "number" ? lost.milli : 0,
      overdue: isOverdue(due, resolved, asOf),
    });
  }

  const count = (s: ProgressStatus) => tasks.filter((t) => t.status === s).length;
  const done = count("done");
  const dropped = count("dropped");
  const counted = tasks.length - dropped;
  // exact to the hundredth: 20 of 28 is 71,43 %
  const percentDone = counted === 0 ? 0 : Math.round((done * 10000) / counted) / 100;
  const owners = new Map<string, ProgressJson["owners"][number]>();
  for (const t of tasks) {
    const name = t.owner || TERMS.unassigned[lang];
    const key = fold(name);
    const o = owners.get(key) ?? { owner: name, tasks: 0, done: 0, inProgress: 0, overdue: 0 };
    o.tasks++;
    if (t.status === "done") o.done++;
    if (t.status === "inProgress") o.inProgress++;
    if (t.overdue) o.overdue++;
    owners.set(key, o);
  }
  const overdue = tasks.filter((t) => t.overdue).sort((a, b) => compareDays(a.due as Day, b.due as Day) || a.row - b.row);
  const { period, report } = periodOf(asOf, lang);
  const sum = (f: (t: ProgressTask) => boolean) => toPoints(tasks.filter(f).reduce((s, t) => s + t.lost, 0));
  return {
    json: {
      asOf: isoDay(asOf),
      period,
      tasks: tasks.length,
      done,
      inProgress: count("inProgress"),
      notStarted: count("notStarted"),
      dropped,
      overdue: overdue.length,
      percentDone,
      owners: [...owners.values()],
      overdueTasks: overdue.map((t) => ({ row: t.row, code: t.code, owner: t.owner, due: isoDay(t.due as Day) })),
    },
    report,
    tasksList: tasks,
    points: { done: sum((t) => t.status === "done"), open: sum((t) => t.status !== "done" && t.status !== "dropped") },
    findings,
    overdueRows: overdue.map((t) => t.row - 1),
    headerRow: header.row,
  };
}

/**
 * The overdue rule as a spreadsheet formula for the table's first data row (0-based `row`), with relative row
 * references so Excel and Sheets apply it to each row of the range: due before TODAY(), status neither done nor
 * dropped (in either language), and, with no status chosen, neither 100 % nor a date done. null without a due column.
 */
export function overdueFormula(table: Pick<PlanTable, "progress">, row: number): string | null {
  const { due, progressStatus, percent, doneDate } = table.progress;
  if (due === undefined) return null;
  const at = (c: number) => `$${columnLetter(c)}${row + 1}`;
  const d = at(due);
  const parts = [`ISNUMBER(${d})`, `${d}<TODAY()`];
  if (progressStatus !== undefined) {
    const s = at(progressStatus);
    for (const k of ["done", "dropped"] as const) for (const lang of ["vi", "en"] as const) parts.push(`${s}<>"${PROGRESS_LABEL[k][lang]}"`);
    const blankDone = [percent !== undefined ? `N(${at(percent)})>=100` : null, doneDate !== undefined ? `${at(doneDate)}<>""` : null].filter(Boolean);
    if (blankDone.length) parts.push(`OR(${s}<>"",NOT(OR(${blankDone.join(",")})))`);
  }
  return `=AND(${parts.join(",")})`;
}

/** The dropdown's choices in the sheet's language. */
export function progressChoices(lang: Lang): string[] {
  return (["notStarted", "inProgress", "done", "dropped"] as const).map((s) => PROGRESS_LABEL[s][lang]);
}

export { dueDay };
