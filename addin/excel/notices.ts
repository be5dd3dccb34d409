// Short results shown in the pane after a command (the findings themselves come from the core's messages).
import type { Lang, Report } from "../../shared/index.js";

const TEXT = {
  vi: {
    scored: (r: Report, cells: number) => `Đã tính điểm “${r.sheet}”: ghi ${cells} ô, ${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo.`,
    noHeader: (r: Report) => `Không ghi gì vào “${r.sheet}”: chưa nhận ra bảng chấm điểm.`,
    planned: (weak: number, kept: number) => `Đã lập kế hoạch khắc phục: ${weak} tiêu chí bị mất điểm; giữ nguyên ${kept} ô đã nhập.`,
    undone: (sheet: string) => `Đã hoàn tác thao tác trước trên “${sheet}”.`,
    nothingToUndo: () => "Không có thao tác nào để hoàn tác.",
    ownSheet: (name: string) => `Trang “${name}” do tiện ích tạo ra. Hãy mở trang bảng chấm điểm rồi thử lại.`,
    textNumbers: () => "Có điểm lưu dạng văn bản nên ở những dòng đó đã ghi số thay vì công thức SUM (Excel bỏ qua số dạng văn bản).",
  },
  en: {
    scored: (r: Report, cells: number) => `Scored “${r.sheet}”: ${cells} cells written, ${r.counts.errors} errors, ${r.counts.warnings} warnings.`,
    noHeader: (r: Report) => `Nothing written to “${r.sheet}”: no criteria table recognised.`,
    planned: (weak: number, kept: number) => `Remediation plan built: ${weak} criteria losing points; ${kept} typed cells kept.`,
    undone: (sheet: string) => `The last change to “${sheet}” was undone.`,
    nothingToUndo: () => "Nothing to undo.",
    ownSheet: (name: string) => `“${name}” is a sheet this add-in writes. Open the criteria sheet and try again.`,
    textNumbers: () => "Some points are stored as text, so those rows got figures instead of SUM formulas (Excel's SUM skips text).",
  },
} satisfies Record<Lang, Record<string, (...a: never[]) => string>>;

export function notices(lang: Lang) {
  return TEXT[lang];
}

/** An error whose message is meant for the user as is. */
export class UserError extends Error {}
