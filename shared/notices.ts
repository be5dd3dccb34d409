// What a command says when it is done, for every host (findings have their own table: messages.ts).
import { formatPoints } from "./points.js";
import type { PlanTable } from "./plan.js";
import { OWN_SHEET_NAME as OWN_BASE, type OwnTarget } from "./own-sheets.js";
import { distrust, UNTRUSTED, type Distrust } from "./trust.js";
import type { Lang, Report } from "./types.js";
import type { ProgressJson } from "./progress.js";

const pctText = (x: number, lang: Lang) => (lang === "vi" ? String(x).replace(".", ",") : String(x));
const isoToVi = (iso: string) => iso.split("-").reverse().join("/");

interface Notices {
  scored(report: Report, cellsWritten: number): string;
  /** said after `scored` when some parents got figures because their inputs are numbers typed as text */
  textNumbers(): string;
  /** said after `scored`: figures the write replaced, and text figures made numbers */
  corrected(count: number): string;
  converted(count: number): string;
  noHeader(sheet: string): string;
  /** Lập kế hoạch on a sheet nobody has scored yet */
  notScored(sheet: string): string;
  planned(stats: PlanTable["stats"]): string;
  undone(sheet: string): string;
  nothingToUndo(): string;
  /** the user stands on a sheet the add-in writes (Kiểm tra, Tổng hợp, the plan) */
  ownSheet(sheet: string): string;
  noSheet(sheet: string): string;
  /** a sheet of the user's has the name we wanted: it is kept, ours went to `used` */
  sheetTaken(wanted: string, used: string): string;
  /** the open sheet had no criteria table, so the command ran on the user's sheet with the most criteria */
  otherSheetUsed(open: string, used: string): string;
  /** said instead of `scored` when the totals are an artefact of a misread table */
  scoredUntrusted(why: Distrust, cellsWritten: number, report: Report): string;
  /** Báo cáo tiến độ: the counts as of the day */
  progressed(j: ProgressJson): string;
  /** Báo cáo tiến độ with no plan sheet to read */
  noPlan(sheet: string): string;
  /** after Chuyển sang Unicode: how many cells, from which encodings */
  toUnicode(sheet: string, counts: Partial<Record<string, number>>): string;
  /** said after `toUnicode` when the host could not read (so could not restore) the cells' fonts */
  fontsKept(): string;
}

const n = (x: number | null, lang: Lang) => formatPoints(Math.round((x ?? 0) * 1000), lang);
/** bonus or penalty points changed the score (older reports have neither field) */
const adjusted = (r: Report) => (r.totals.bonus ?? 0) !== 0 || (r.totals.penalty ?? 0) !== 0;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const NOTICES: Record<Lang, Notices> = {
  vi: {
    scored: (r, cells) =>
      `Đã tính điểm: ${n(r.totals.achieved, "vi")}/${n(r.totals.max, "vi")} điểm` +
      (adjusted(r) ? ` + thưởng ${n(r.totals.bonus, "vi")} − trừ ${n(r.totals.penalty, "vi")} = ${n(r.totals.score, "vi")}` : "") +
      `, chỉ số ${n(r.totals.index, "vi")} (${r.totals.grade})` +
      (r.totals.self !== null && r.totals.self !== undefined ? `; tự chấm ${n(r.totals.self, "vi")}, chỉ số ${n(r.totals.selfIndex, "vi")}. ` : ". ") +
      `Đã ghi ${cells} ô; ${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo.`,
    textNumbers: () => "Có điểm lưu dạng văn bản nên ở những dòng đó đã ghi số thay vì công thức SUM (SUM bỏ qua số dạng văn bản).",
    corrected: (k) => `Đã sửa ${k} ô ghi sai tổng (xem trang Kiểm tra).`,
    converted: (k) => `Đã chuyển ${k} ô điểm lưu dạng văn bản thành số (cùng giá trị).`,
    noHeader: (sheet) => `Không tìm thấy dòng tiêu đề bảng tiêu chí trên trang “${sheet}”. Chưa ghi gì.`,
    notScored: (sheet) =>
      `Trang “${sheet}” chưa được chấm: cột Điểm đạt còn trống ở mọi tiêu chí thành phần nên chưa có điểm bị mất để lập kế hoạch. Chưa ghi gì.`,
    planned: (s) => `Đã lập kế hoạch khắc phục: ${s.weak} tiêu chí cần khắc phục, ${s.resolved} đã khắc phục; giữ nguyên ${s.keptCells} ô đã nhập.`,
    undone: (sheet) => `Đã hoàn tác lần ghi gần nhất trên “${sheet}”.`,
    nothingToUndo: () => "Không có gì để hoàn tác.",
    ownSheet: (sheet) => `Trang “${sheet}” do tiện ích tạo ra. Hãy mở trang bảng chấm điểm rồi thử lại.`,
    noSheet: (sheet) => `Không còn trang “${sheet}”.`,
    sheetTaken: (wanted, used) => `Trang “${wanted}” là của người dùng nên được giữ nguyên; kết quả ghi vào trang “${used}”.`,
    otherSheetUsed: (open, used) => `Trang đang mở “${open}” không có bảng tiêu chí nên đã dùng trang “${used}” (trang có nhiều tiêu chí nhất).`,
    scoredUntrusted: (why, cells, r) =>
      `Chưa tính được chỉ số: ${UNTRUSTED.vi[why]}. Đã ghi ${cells} ô; ${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo.`,
    progressed: (j) =>
      `Tiến độ đến ${isoToVi(j.asOf)} (${j.period}): ${j.tasks} nhiệm vụ, ${j.done} đã hoàn thành (${pctText(j.percentDone, "vi")}%), ${j.inProgress} đang thực hiện, ${j.overdue} quá hạn. Xem trang “Báo cáo tiến độ”.`,
    noPlan: (sheet) => `Chưa có trang “${sheet}” có bảng kế hoạch để báo cáo tiến độ. Hãy Lập kế hoạch trước.`,
    fontsKept: () => "Phông chữ của các ô được giữ nguyên (không đọc được để hoàn tác): hãy chọn các ô đó và đặt phông Times New Roman.",
    toUnicode: (sheet, counts) => {
      const parts = Object.entries(counts).map(([e, n]) => `${n} ô ${e}`);
      return parts.length
        ? `Đã chuyển ${parts.join(", ")} trên “${sheet}” sang Unicode (phông Times New Roman). Bấm Hoàn tác để trả lại như cũ.`
        : `Trang “${sheet}” không có chữ gõ bằng bảng mã cũ (TCVN3, VNI). Chưa ghi gì.`;
    },
  },
  en: {
    scored: (r, cells) =>
      `Scored: ${n(r.totals.achieved, "en")}/${n(r.totals.max, "en")} points` +
      (adjusted(r) ? ` + bonus ${n(r.totals.bonus, "en")} − penalty ${n(r.totals.penalty, "en")} = ${n(r.totals.score, "en")}` : "") +
      `, index ${n(r.totals.index, "en")} (${r.totals.grade})` +
      (r.totals.self !== null && r.totals.self !== undefined ? `; self-score ${n(r.totals.self, "en")}, index ${n(r.totals.selfIndex, "en")}. ` : ". ") +
      `${plural(cells, "cell")} written; ${plural(r.counts.errors, "error")}, ${plural(r.counts.warnings, "warning")}.`,
    textNumbers: () => "Some points are stored as text, so those rows got figures instead of SUM formulas (SUM skips text).",
    corrected: (k) => `${plural(k, "wrong sum")} corrected (see the Kiểm tra sheet).`,
    converted: (k) => `${plural(k, "figure")} stored as text turned into numbers (same values).`,
    noHeader: (sheet) => `No criteria header found on sheet “${sheet}”. Nothing was written.`,
    notScored: (sheet) =>
      `Sheet “${sheet}” has not been scored: the Achieved column is blank for every sub-criterion, so no points are lost yet to plan for. Nothing was written.`,
    planned: (s) =>
      `Remediation plan written: ${s.weak} ${s.weak === 1 ? "criterion" : "criteria"} to remedy, ${s.resolved} resolved; ${plural(s.keptCells, "typed cell")} kept.`,
    undone: (sheet) => `The last write to “${sheet}” was undone.`,
    nothingToUndo: () => "Nothing to undo.",
    ownSheet: (sheet) => `“${sheet}” is a sheet this add-in writes. Open the criteria sheet and try again.`,
    noSheet: (sheet) => `Sheet “${sheet}” no longer exists.`,
    sheetTaken: (wanted, used) => `The sheet “${wanted}” is the user's and was left as it is; the results went to “${used}”.`,
    otherSheetUsed: (open, used) => `The open sheet “${open}” has no criteria table, so “${used}” (the sheet with the most criteria) was used.`,
    scoredUntrusted: (why, cells, r) =>
      `No index: ${UNTRUSTED.en[why]}. ${plural(cells, "cell")} written; ${plural(r.counts.errors, "error")}, ${plural(r.counts.warnings, "warning")}.`,
    progressed: (j) =>
      `Progress as of ${j.asOf} (${j.period}): ${plural(j.tasks, "task")}, ${j.done} done (${pctText(j.percentDone, "en")}%), ${j.inProgress} in progress, ${j.overdue} overdue. See the “Báo cáo tiến độ” sheet.`,
    noPlan: (sheet) => `No sheet “${sheet}” with a plan table to report on. Build the plan first.`,
    fontsKept: () => "The cells keep their fonts (they could not be read, so could not be undone): select them and set Times New Roman.",
    toUnicode: (sheet, counts) => {
      const parts = Object.entries(counts).map(([e, n]) => `${plural(n ?? 0, "cell")} in ${e}`);
      return parts.length
        ? `Converted ${parts.join(", ")} on “${sheet}” to Unicode (Times New Roman font). Undo puts them back.`
        : `Sheet “${sheet}” has no text in a legacy encoding (TCVN3, VNI). Nothing was written.`;
    },
  },
};

export function notices(lang: Lang): Notices {
  return NOTICES[lang];
}

/** The whole notice after Tính điểm: the result, and why some parents hold figures rather than formulas. */
export function scoredNotice(report: Report, cellsWritten: number, lang: Lang, done: { corrected?: number; converted?: number } = {}): string {
  const t = NOTICES[lang];
  const why = distrust(report);
  const parts = [why ? t.scoredUntrusted(why, cellsWritten, report) : t.scored(report, cellsWritten)];
  if (done.corrected) parts.push(t.corrected(done.corrected));
  if (done.converted) parts.push(t.converted(done.converted));
  if (report.diagnostics.some((d) => d.code === "NUMBER_AS_TEXT")) parts.push(t.textNumbers());
  return parts.join(" ");
}

/** One sentence per sheet of ours that had to take another name because the user has a sheet with ours. */
export function takenNotice(targets: readonly OwnTarget[], lang: Lang): string {
  return targets
    .filter((x) => x.displaced)
    .map((x) => NOTICES[lang].sheetTaken(x.takenBy ?? OWN_BASE[x.kind], x.name))
    .join(" ");
}

/** A notice in the command's language and in every language, so a panel switching language can re-say it. */
export function said(lang: Lang, say: (t: Notices, lang: Lang) => string): { notice: string; notices: Record<Lang, string> } {
  const notices = { vi: say(NOTICES.vi, "vi"), en: say(NOTICES.en, "en") };
  return { notice: notices[lang], notices };
}

/** A notice in every language followed by the sentences saying which of our sheets took another name. */
export function withTaken(lang: Lang, told: { notices: Record<Lang, string> }, targets: readonly OwnTarget[]): { notice: string; notices: Record<Lang, string> } {
  const join = (l: Lang) => [told.notices[l], takenNotice(targets, l)].filter(Boolean).join(" ");
  const notices = { vi: join("vi"), en: join("en") };
  return { notice: notices[lang], notices };
}

/** A notice in every language, after the sentence saying the command ran on another sheet than the open one. */
export function withSheetUsed(lang: Lang, told: { notices: Record<Lang, string> }, open: string | null, used: string): { notice: string; notices: Record<Lang, string> } {
  if (open === null) return { notice: told.notices[lang], notices: told.notices };
  const notices = { vi: `${NOTICES.vi.otherSheetUsed(open, used)} ${told.notices.vi}`, en: `${NOTICES.en.otherSheetUsed(open, used)} ${told.notices.en}` };
  return { notice: notices[lang], notices };
}
