// The shell's own words (the core's messages cover findings): notices shown in the sidebar and toasts.
import { formatPoints, type Lang, type Report } from "../shared/index.js";

const milli = (n: number) => Math.round(n * 1000);

export const NOTICE = {
  scored: {
    vi: (r: Report, cells: number) =>
      `Đã tính điểm: ${formatPoints(milli(r.totals.achieved), "vi")}/${formatPoints(milli(r.totals.max), "vi")} điểm, chỉ số ${formatPoints(milli(r.totals.index ?? 0), "vi")} (${r.totals.grade}). Đã ghi ${cells} ô; ${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo.`,
    en: (r: Report, cells: number) =>
      `Scored: ${formatPoints(milli(r.totals.achieved), "en")}/${formatPoints(milli(r.totals.max), "en")} points, index ${formatPoints(milli(r.totals.index ?? 0), "en")} (${r.totals.grade}). ${cells} cells written; ${r.counts.errors} errors, ${r.counts.warnings} warnings.`,
  },
  planned: {
    vi: (weak: number, resolved: number) => `Đã lập kế hoạch khắc phục: ${weak} tiêu chí cần khắc phục, ${resolved} đã khắc phục.`,
    en: (weak: number, resolved: number) => `Remediation plan written: ${weak} criteria to remedy, ${resolved} resolved.`,
  },
  noHeader: {
    vi: (sheet: string) => `Không tìm thấy dòng tiêu đề bảng tiêu chí trên trang “${sheet}”. Chưa ghi gì.`,
    en: (sheet: string) => `No criteria header found on sheet “${sheet}”. Nothing was written.`,
  },
  undone: { vi: () => "Đã hoàn tác lần ghi gần nhất.", en: () => "The last write was undone." },
  nothingToUndo: { vi: () => "Không có gì để hoàn tác.", en: () => "Nothing to undo." },
  noSheet: {
    vi: (sheet: string) => `Không còn trang “${sheet}”.`,
    en: (sheet: string) => `Sheet “${sheet}” no longer exists.`,
  },
} as const;

export const CHART_TITLE: Record<Lang, string> = { vi: "Điểm theo lĩnh vực", en: "Points by area" };
