// The plan's columns and row kinds: what we generate, what we suggest, what is staff's own.
/** generated: refreshed from the scores; suggested: filled from the sheet only while empty; typed: staff's own. */
export type ColumnKind = "generated" | "suggested" | "typed";

export const PLAN_COLUMNS = [
  { key: "stt", kind: "generated", width: 5, vi: "STT", en: "No." },
  { key: "code", kind: "generated", width: 9, vi: "Mã tiêu chí", en: "Code" },
  { key: "name", kind: "generated", width: 42, vi: "Tiêu chí / Nội dung thực hiện", en: "Criterion" },
  { key: "max", kind: "generated", width: 8, vi: "Điểm tối đa", en: "Max" },
  { key: "achieved", kind: "generated", width: 8, vi: "Điểm đạt", en: "Achieved" },
  { key: "lost", kind: "generated", width: 8, vi: "Điểm bị mất", en: "Lost" },
  { key: "target", kind: "generated", width: 8, vi: "Mục tiêu", en: "Target" },
  { key: "priority", kind: "generated", width: 7, vi: "Ưu tiên", en: "Priority" },
  { key: "solution", kind: "typed", width: 36, vi: "Giải pháp thực hiện", en: "Solution" },
  { key: "product", kind: "typed", width: 24, vi: "Sản phẩm", en: "Output (evidence)" },
  { key: "owner", kind: "suggested", width: 18, vi: "Chủ trì", en: "Lead" },
  { key: "coordinator", kind: "suggested", width: 18, vi: "Phối hợp", en: "Coordinating" },
  { key: "deadline", kind: "typed", width: 14, vi: "Thời gian thực hiện", en: "Timeline" },
  { key: "budget", kind: "typed", width: 11, vi: "Kinh phí dự kiến (triệu đồng)", en: "Budget (million VND)" },
  { key: "progress", kind: "typed", width: 18, vi: "Tiến độ", en: "Progress" },
  { key: "note", kind: "typed", width: 18, vi: "Ghi chú", en: "Note" },
  { key: "status", kind: "generated", width: 16, vi: "Trạng thái", en: "Status" },
] as const satisfies readonly { key: string; kind: ColumnKind; width: number; vi: string; en: string }[];

export type PlanKey = (typeof PLAN_COLUMNS)[number]["key"];

export type PlanStatus = "open" | "noGain" | "resolved" | "dropped";

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
