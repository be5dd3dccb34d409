// The plan's columns and row kinds: what we generate, what we suggest, what is staff's own.
// The printed annex (phụ lục) has the seeds' columns, at most ten; the working columns (figures, priority,
// statuses, progress) follow outside the print area, grouped so they can be collapsed.
/** generated: refreshed from the scores; suggested: filled from the sheet only while empty; typed: staff's own. */
export type ColumnKind = "generated" | "suggested" | "typed";

export const PLAN_COLUMNS = [
  // the printed annex, as seeds 000, 002, 003 and 004 have it
  { key: "stt", kind: "generated", width: 5, vi: "STT", en: "No." },
  { key: "name", kind: "generated", width: 30, vi: "Nội dung", en: "Content", aliases: ["Tiêu chí / Nội dung thực hiện", "Criterion"] },
  { key: "lost", kind: "generated", width: 7, vi: "Điểm bị mất", en: "Points lost", aliases: ["Lost"] },
  { key: "solution", kind: "typed", width: 28, vi: "Giải pháp / nhiệm vụ", en: "Solution / task", aliases: ["Giải pháp thực hiện", "Solution"] },
  { key: "product", kind: "typed", width: 16, vi: "Sản phẩm", en: "Output", aliases: ["Output (evidence)"] },
  { key: "owner", kind: "suggested", width: 14, vi: "Đơn vị chủ trì", en: "Lead unit", aliases: ["Chủ trì", "Lead"] },
  { key: "coordinator", kind: "suggested", width: 14, vi: "Đơn vị phối hợp", en: "Coordinating units", aliases: ["Phối hợp", "Coordinating"] },
  { key: "deadline", kind: "typed", width: 11, vi: "Thời gian hoàn thành", en: "Deadline", aliases: ["Thời gian thực hiện", "Timeline"] },
  { key: "budget", kind: "typed", width: 8, vi: "Kinh phí", en: "Budget", aliases: ["Kinh phí dự kiến (triệu đồng)", "Budget (million VND)"] },
  { key: "note", kind: "typed", width: 11, vi: "Ghi chú", en: "Note" },
  // working columns: figures, priority and progress through the year
  { key: "code", kind: "generated", width: 9, vi: "Mã tiêu chí", en: "Code" },
  { key: "max", kind: "generated", width: 8, vi: "Điểm tối đa", en: "Max" },
  { key: "achieved", kind: "generated", width: 8, vi: "Điểm đạt", en: "Achieved" },
  { key: "target", kind: "generated", width: 8, vi: "Mục tiêu", en: "Target" },
  { key: "priority", kind: "generated", width: 7, vi: "Ưu tiên", en: "Priority" },
  { key: "status", kind: "generated", width: 16, vi: "Tình trạng theo điểm", en: "Score status", aliases: ["Trạng thái", "Status"] },
  { key: "progressStatus", kind: "typed", width: 16, vi: "Tình trạng thực hiện", en: "Progress status", aliases: ["Tình hình thực hiện"] },
  { key: "percent", kind: "typed", width: 9, vi: "% hoàn thành", en: "% done", aliases: ["Tỷ lệ hoàn thành", "Tỉ lệ hoàn thành"] },
  { key: "doneDate", kind: "typed", width: 12, vi: "Ngày hoàn thành", en: "Date done" },
  { key: "evidence", kind: "typed", width: 22, vi: "Văn bản / sản phẩm kiểm chứng", en: "Evidence document", aliases: ["Văn bản kiểm chứng"] },
  { key: "due", kind: "generated", width: 11, vi: "Hạn (ngày)", en: "Due date" },
  // a free-text column of earlier plans: read and kept, no longer generated
  { key: "progress", kind: "typed", width: 18, vi: "Tiến độ", en: "Progress", legacy: true },
] as const satisfies readonly {
  key: string;
  kind: ColumnKind;
  width: number;
  vi: string;
  en: string;
  aliases?: readonly string[];
  legacy?: boolean;
}[];

export type PlanKey = (typeof PLAN_COLUMNS)[number]["key"];

export type PlanStatus = "open" | "noGain" | "resolved" | "dropped";

/** The score-derived status (from the figures), not the progress staff report: its own column and name. */
export const STATUS_LABEL: Record<PlanStatus, { vi: string; en: string }> = {
  open: { vi: "Cần khắc phục", en: "To remedy" },
  noGain: { vi: "Chưa dự kiến tăng điểm", en: "No gain planned" },
  resolved: { vi: "Đã khắc phục", en: "Resolved" },
  dropped: { vi: "Không còn trong bộ tiêu chí", en: "No longer in the criteria set" },
};

const KIND = new Map<PlanKey, ColumnKind>(PLAN_COLUMNS.map((c) => [c.key, c.kind]));
export function kindOf(key: PlanKey): ColumnKind {
  return KIND.get(key) as ColumnKind;
}

export function widthOf(key: PlanKey): number {
  return (PLAN_COLUMNS.find((c) => c.key === key) as { width: number }).width;
}

/** The printed column sets staff can choose in settings (plan.columns), or a list of keys of their own. */
export const PRINTED_SETS = {
  /** the annex of seeds 000 and 004: ten columns */
  annex: ["stt", "name", "lost", "solution", "product", "owner", "coordinator", "deadline", "budget", "note"],
  /** seeds 002 and 003: what, how, who, when */
  short: ["stt", "name", "solution", "owner", "coordinator", "deadline"],
} as const satisfies Record<string, readonly PlanKey[]>;

export type PrintedSet = keyof typeof PRINTED_SETS;

/** The columns of a new plan: the printed ones in their order, then every working column. */
export function layoutKeys(printed: PrintedSet | readonly PlanKey[] = "annex"): { keys: PlanKey[]; printed: Set<PlanKey> } {
  const chosen: readonly PlanKey[] = typeof printed === "string" ? PRINTED_SETS[printed] : printed;
  const ordered = [...new Set<PlanKey>(chosen.length ? chosen : PRINTED_SETS.annex)];
  const printedSet = new Set<PlanKey>(ordered);
  const rest = PLAN_COLUMNS.filter((c) => !printedSet.has(c.key) && !("legacy" in c && c.legacy)).map((c) => c.key);
  return { keys: [...ordered, ...rest], printed: printedSet };
}

/** Progress staff report, as the dropdown offers it. */
export type ProgressStatus = "notStarted" | "inProgress" | "done" | "dropped";

export const PROGRESS_LABEL: Record<ProgressStatus, { vi: string; en: string }> = {
  notStarted: { vi: "Chưa thực hiện", en: "Not started" },
  inProgress: { vi: "Đang thực hiện", en: "In progress" },
  done: { vi: "Đã hoàn thành", en: "Done" },
  dropped: { vi: "Không thực hiện", en: "Dropped" },
};

export const PROGRESS_ORDER: readonly ProgressStatus[] = ["notStarted", "inProgress", "done", "dropped"];
