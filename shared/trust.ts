// Whether a report's totals can be shown as results. With a required column missing, or more points achieved
// than the maximum (a wrong column read as the achieved one), an index and class would look like a verdict
// ("0% · D", "8386,53% · A") when they are only an artefact of the misreading. A sheet nobody has scored yet is
// not a sheet that scored 0: its "0% · D" is no verdict either.
import type { Lang, Report } from "./types.js";

export type Distrust = "header" | "column" | "aboveMax" | "noMax" | "notScored" | "partsBlank";

/** Why the totals cannot be trusted, or null when they can. */
export function distrust(report: Pick<Report, "headerRow" | "diagnostics" | "totals">): Distrust | null {
  if (!report.headerRow || report.diagnostics.some((d) => d.code === "HEADER_NOT_FOUND")) return "header";
  if (report.diagnostics.some((d) => d.code === "COLUMN_MISSING")) return "column";
  if (report.totals.max <= 0) return "noMax";
  if (report.diagnostics.some((d) => d.code === "SHEET_NOT_SCORED")) return "notScored";
  // a score or maximum typed on a parent over blank sub-criteria is left out of the sums: the index would be off by it
  if (report.diagnostics.some((d) => d.code === "SCORE_WITHOUT_PARTS" && d.role !== "target")) return "partsBlank";
  if (report.totals.achieved > report.totals.max) return "aboveMax";
  return null;
}

/** Why no index is shown (for every host's headline). */
export const UNTRUSTED: Record<Lang, Record<Distrust, string>> = {
  vi: {
    header: "không tìm thấy dòng tiêu đề bảng tiêu chí",
    column: "bảng thiếu cột bắt buộc (xem danh sách lỗi)",
    noMax: "tổng điểm tối đa bằng 0",
    aboveMax: "tổng điểm đạt lớn hơn tổng điểm tối đa — có thể đã đọc nhầm cột (xem danh sách lỗi)",
    notScored: "bảng chưa được chấm — cột Điểm đạt còn trống ở mọi tiêu chí thành phần",
    partsBlank: "có điểm chỉ ghi ở tiêu chí cha, các tiêu chí thành phần bên dưới để trống (xem cảnh báo)",
  },
  en: {
    header: "no criteria header row was found",
    column: "a required column is missing (see the findings)",
    noMax: "the total max points are 0",
    aboveMax: "the achieved total exceeds the max total — a column may have been misread (see the findings)",
    notScored: "the sheet has not been scored — the Achieved column is blank for every sub-criterion",
    partsBlank: "some points are typed only on a parent, its sub-criteria blank (see the warnings)",
  },
};
