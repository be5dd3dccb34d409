// The "Báo cáo tiến độ" sheet: as-of date and period, counts by status, points at stake, one line per owner,
// the overdue tasks and what could not be read. Plain rows; each host styles them by kind.
import { viDay, type Day } from "./deadline.js";
import { PROGRESS_LABEL } from "./plan-columns.js";
import type { ProgressReport } from "./progress.js";
import type { Lang } from "./types.js";

export type ProgressRowKind = "title" | "info" | "section" | "header" | "row" | "blank";

export interface ProgressTable {
  grid: unknown[][];
  kinds: ProgressRowKind[];
  /** column widths in characters */
  widths: number[];
  /** 0-based rows whose first cell is a plan row to jump to (the overdue tasks), with that row (1-based) */
  links: { row: number; col: number; planRow: number }[];
}

const T = {
  vi: {
    title: "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC",
    asOf: (d: string) => `Tính đến ngày: ${d}`,
    period: (p: string, r: string) => `Kỳ báo cáo: ${p} (thuộc báo cáo ${r})`,
    source: (s: string) => `Từ trang tính “${s}”`,
    status: "Tình trạng thực hiện",
    count: "Số nhiệm vụ",
    share: "Tỷ lệ (%)",
    total: "Tổng số nhiệm vụ",
    overdue: "Quá hạn (chưa hoàn thành, đã qua hạn)",
    points: "ĐIỂM BỊ MẤT Ở CÁC TIÊU CHÍ CỦA NHIỆM VỤ",
    pointsHeader: ["Nhiệm vụ", "Điểm bị mất"],
    pointsDone: "Đã hoàn thành",
    pointsOpen: "Chưa hoàn thành (không kể nhiệm vụ không thực hiện)",
    owners: "THEO ĐƠN VỊ CHỦ TRÌ",
    ownersHeader: ["Đơn vị chủ trì", "Số nhiệm vụ", "Đã hoàn thành", "Đang thực hiện", "Quá hạn"],
    overdueTitle: "NHIỆM VỤ QUÁ HẠN",
    overdueHeader: ["Nội dung", "Mã tiêu chí", "Dòng", "Đơn vị chủ trì", "Thời gian hoàn thành", "Hạn", "Tình trạng"],
    noOverdue: "Không có nhiệm vụ quá hạn.",
    notes: "GHI CHÚ (các ô chưa đọc được)",
    notesHeader: ["Nội dung", "Ô"],
  },
  en: {
    title: "REMEDIATION PLAN PROGRESS REPORT",
    asOf: (d: string) => `As of: ${d}`,
    period: (p: string, r: string) => `Period: ${p} (part of the report for ${r})`,
    source: (s: string) => `From sheet “${s}”`,
    status: "Progress status",
    count: "Tasks",
    share: "Share (%)",
    total: "All tasks",
    overdue: "Overdue (not done, past due)",
    points: "POINTS LOST ON THE TASKS' CRITERIA",
    pointsHeader: ["Tasks", "Points lost"],
    pointsDone: "Done",
    pointsOpen: "Not done (dropped tasks left out)",
    owners: "BY LEAD UNIT",
    ownersHeader: ["Lead unit", "Tasks", "Done", "In progress", "Overdue"],
    overdueTitle: "OVERDUE TASKS",
    overdueHeader: ["Task", "Code", "Row", "Lead unit", "Deadline", "Due", "Status"],
    noOverdue: "No overdue tasks.",
    notes: "NOTES (cells that could not be read)",
    notesHeader: ["Message", "Cell"],
  },
};

export function progressTable(report: ProgressReport, asOf: Day, sheet: string, lang: Lang): ProgressTable {
  const t = T[lang];
  const j = report.json;
  const grid: unknown[][] = [];
  const kinds: ProgressRowKind[] = [];
  const links: ProgressTable["links"] = [];
  const add = (kind: ProgressRowKind, ...cells: unknown[]) => {
    grid.push(cells);
    kinds.push(kind);
  };
  add("title", t.title);
  add("info", t.asOf(viDay(asOf)));
  add("info", t.period(j.period, report.report));
  add("info", t.source(sheet));
  add("blank");
  add("header", t.status, t.count, t.share);
  const share = (n: number) => (j.tasks - j.dropped > 0 ? Math.round((n * 10000) / (j.tasks - j.dropped)) / 100 : 0);
  add("row", PROGRESS_LABEL.done[lang], j.done, j.percentDone);
  add("row", PROGRESS_LABEL.inProgress[lang], j.inProgress, share(j.inProgress));
  add("row", PROGRESS_LABEL.notStarted[lang], j.notStarted, share(j.notStarted));
  add("row", PROGRESS_LABEL.dropped[lang], j.dropped, null);
  add("section", t.total, j.tasks, null);
  add("row", t.overdue, j.overdue, share(j.overdue));
  add("blank");
  add("section", t.points);
  add("header", ...t.pointsHeader);
  add("row", t.pointsDone, report.points.done);
  add("row", t.pointsOpen, report.points.open);
  add("blank");
  add("section", t.owners);
  add("header", ...t.ownersHeader);
  for (const o of j.owners) add("row", o.owner, o.tasks, o.done, o.inProgress, o.overdue);
  add("blank");
  add("section", t.overdueTitle);
  const overdue = report.tasksList.filter((x) => x.overdue).sort((a, b) => a.row - b.row);
  if (overdue.length === 0) add("info", t.noOverdue);
  else {
    add("header", ...t.overdueHeader);
    const byRow = new Map(j.overdueTasks.map((o) => [o.row, o]));
    for (const task of [...overdue].sort((a, b) => (byRow.get(a.row)?.due ?? "").localeCompare(byRow.get(b.row)?.due ?? "") || a.row - b.row)) {
      links.push({ row: grid.length, col: 2, planRow: task.row });
      add("row", task.name, task.code || null, task.row, task.owner || null, task.deadline || null, task.due ? viDay(task.due) : null, PROGRESS_LABEL[task.status][lang]);
    }
  }
  if (report.findings.length) {
    add("blank");
    add("section", t.notes);
    add("header", ...t.notesHeader);
    for (const f of report.findings) add("row", f.message, f.cell);
  }
  const width = 7;
  return { grid: grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)), kinds, widths: [46, 13, 13, 18, 16, 12, 16], links };
}
