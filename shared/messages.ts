// The one message table: every finding code in Vietnamese and English. A missing entry is a compile error.
import { ROLE_LABEL } from "./glossary.js";
import { ENCODING_LABEL, type LegacyEncoding } from "./legacy-encoding.js";
import { formatPoints, PLAUSIBLE_POINTS } from "./points.js";
import type { Diagnostic, DiagnosticCode, Lang, Severity } from "./types.js";
import type { UnitDiagnostic, UnitDiagnosticCode } from "./units.js";

export type MessageInput = Omit<Diagnostic, "message">;
type Render = (d: MessageInput, f: Fmt) => string;

interface Fmt {
  /** a figure as the user writes it: 12,217 (vi) or 12.217 (en) */
  n(x: number | string | undefined): string;
  role(d: MessageInput): string;
  /** a figure as the cell held it: text as typed, a number in the reader's notation */
  typed(x: string | undefined): string;
}

export const MESSAGES: Record<Lang, Record<DiagnosticCode, Render>> = {
  vi: {
    HEADER_NOT_FOUND: () =>
      "Không tìm thấy dòng tiêu đề của bảng chấm điểm (cần các cột STT, Tiêu chí, Điểm tối đa).",
    COLUMN_MISSING: (d) => `Thiếu cột “${d.detail}” trong dòng tiêu đề.`,
    CODE_INVALID: (d) => `Mã tiêu chí “${d.detail}” không đọc được (dạng đúng: 1, 1.1, 1.1.1; I, II; A, B; a), b) dưới một tiêu chí).`,
    CODE_MISSING: () => "Dòng có điểm nhưng không có mã tiêu chí (STT).",
    CODE_DATE: (d) =>
      `Ô mã tiêu chí đã bị Excel đổi thành ngày (${d.detail}). Định dạng cột STT là Văn bản (Text) rồi gõ lại mã.`,
    CODE_DUPLICATE: (d) => `Mã tiêu chí ${d.criterion} bị trùng (đã có ở dòng ${d.detail}); dòng này không được tính.`,
    CODE_NUMERIC_AMBIGUOUS: (d) =>
      `Mã ${d.found} được lưu dạng số; theo thứ tự các dòng, đã hiểu là ${d.criterion}. Nên định dạng cột STT là Văn bản.`,
    PARENT_MISSING: (d) => `Tiêu chí ${d.criterion} không có tiêu chí cha ${d.detail} trong bảng.`,
    CODE_ORDER: (d) => `Mã ${d.criterion} không theo thứ tự (đứng sau ${d.detail}).`,
    VALUE_NOT_NUMBER: (d, f) => `Cột ${f.role(d)}: “${d.found}” không phải là số.`,
    VALUE_NEGATIVE: (d, f) => `Cột ${f.role(d)}: điểm âm (${f.n(d.found)}).`,
    CELL_ERROR: (d, f) => `Cột ${f.role(d)}: ô bị lỗi ${d.found}.`,
    MAX_MISSING: () => "Tiêu chí chưa có điểm tối đa.",
    SCORE_MISSING: (d, f) => `Tiêu chí chưa có ${f.role(d).toLowerCase()}; tạm tính là 0.`,
    SHEET_NOT_SCORED: (d, f) =>
      `Bảng chưa được chấm: cột ${f.role(d)} còn trống ở cả ${d.expected} tiêu chí thành phần (${d.detail}); chưa có chỉ số. Nhập điểm rồi tính điểm lại.`,
    SCORE_EXCEEDS_MAX: (d, f) => `Điểm đạt ${f.n(d.found)} vượt điểm tối đa ${f.n(d.expected)}.`,
    TARGET_EXCEEDS_MAX: (d, f) => `Mục tiêu ${f.n(d.found)} vượt điểm tối đa ${f.n(d.expected)}.`,
    TARGET_BELOW_ACHIEVED: (d, f) => `Mục tiêu ${f.n(d.found)} thấp hơn điểm đã đạt ${f.n(d.expected)}.`,
    ROLLUP_MISMATCH: (d, f) =>
      `${f.role(d)} ghi ${f.n(d.found)} nhưng tổng các tiêu chí con là ${f.n(d.expected)}.`,
    TOTAL_MISMATCH: (d, f) => `Dòng Tổng cộng, cột ${f.role(d)}: ghi ${f.n(d.found)}, tính lại được ${f.n(d.expected)}.`,
    DELTA_MISMATCH: (d, f) =>
      `Tăng/giảm ghi ${f.n(d.found)} nhưng mục tiêu − điểm đạt = ${f.n(d.expected)}.`,
    EVIDENCE_MISSING: (d, f) => `Có ${f.n(d.found)} điểm nhưng chưa có tài liệu kiểm chứng; điểm có thể bị trừ khi thẩm định.`,
    PRECISION: (d, f) => `Cột ${f.role(d)}: ${f.typed(d.detail)} có quá 3 chữ số thập phân; đã làm tròn thành ${f.n(d.expected)}.`,
    COLUMN_OVERRIDE_IGNORED: (d, f) =>
      `Đã chọn cột ${d.found} cho “${f.role(d)}” nhưng cột đó không có số điểm, đã dùng cho cột khác hoặc nằm ngoài bảng; ${d.detail ? `dùng cột ${d.detail} như dòng tiêu đề cho thấy` : "bỏ qua lựa chọn này"}.`,
    NUMBER_AS_TEXT: (d, f) =>
      `Cột ${f.role(d)}: ${d.detail} ô lưu số dạng văn bản (từ ô này). Hàm SUM bỏ qua chúng nên các dòng cha được ghi số, không ghi công thức.`,
    LEGACY_ENCODING: (d) =>
      `${d.expected} ô (cột ${d.detail}) gõ bằng bảng mã cũ ${encodingLabel(d.found)}; đã đọc thành Unicode. Bấm “Chuyển sang Unicode” (CLI: --to-unicode) để chuyển hẳn chữ trên trang.`,
    VALUE_DATE: (d, f) =>
      `Cột ${f.role(d)}: ô chứa ngày ${d.found}, không phải điểm — có lẽ đã gõ ${d.detail} vào ô định dạng ngày. Định dạng ô là Số (Number) rồi gõ lại điểm.`,
    VALUE_IMPLAUSIBLE: (d, f) =>
      `Cột ${f.role(d)}: ${typeof d.found === "number" ? f.n(d.found) : f.typed(d.found)} vượt xa mọi mức điểm (trên ${f.n(PLAUSIBLE_POINTS)} điểm); ô này không được tính.`,
    WRITE_HELD: (d) =>
      `${d.detail ? `Giữ nguyên ${d.detail} như đã nhập, không tính lại${d.expected ? `; chưa ghi tổng vào ${d.expected}` : ""}` : `Chưa ghi tổng vào ${d.expected}`}: bên dưới có dòng chưa đọc được chắc chắn (mã hoặc ô bị lỗi, hoặc điểm chỉ ghi ở tiêu chí cha). Sửa các lỗi đó rồi tính điểm lại.`,
    DELTA_COLUMN_OTHER: (d) =>
      `Cột Tăng/giảm không phải mục tiêu − điểm đạt ở ${d.found}/${d.expected} dòng có số: có lẽ cột này so với số liệu khác (năm trước, lần chấm khác). Giữ nguyên như đã nhập, không kiểm tra và không tính lại cột này.`,
    ROLLUP_INCOMPLETE: (d, f) =>
      `${f.role(d)} ghi ${f.n(d.found)}, tổng các tiêu chí thành phần đã nhập là ${f.n(d.expected)} và còn tiêu chí thành phần để trống cột này: giữ nguyên như đã nhập, không thay bằng tổng. Nhập đủ số liệu cho các tiêu chí thành phần rồi tính điểm lại.`,
    SCORE_WITHOUT_PARTS: (d, f) =>
      `${d.criterion ? "Tiêu chí này" : "Dòng Tổng cộng"} ghi ${f.role(d).toLowerCase()} ${f.n(d.found)} nhưng các tiêu chí thành phần bên dưới để trống cột này: giữ nguyên như đã nhập, không thay bằng tổng của các ô trống${d.role === "achieved" ? " và chưa tính vào chỉ số" : d.role === "max" ? " và chưa tính vào điểm tối đa của bảng" : ""}. Nhập số liệu cho từng tiêu chí thành phần rồi tính điểm lại.`,
    FORMULA_NOT_CALCULATED: (d, f) =>
      `Cột ${f.role(d)}: ô có công thức nhưng chưa có kết quả được lưu (tệp chưa được tính). Mở tệp trong Excel, nhấn F9 rồi lưu lại.`,
    HIDDEN_ROW: (d) => `Dòng ${d.row} (tiêu chí ${d.criterion}) đang bị ẩn nhưng vẫn được tính điểm. Bỏ ẩn để kiểm tra lại.`,
    APPRAISAL_LOWERED_NO_NOTE: (d, f) =>
      `Thẩm định hạ điểm từ ${f.n(d.expected)} (tự chấm) xuống ${f.n(d.found)} nhưng chưa ghi lý do (ý kiến thẩm định).`,
    EXPLANATION_PENDING: (d, f) =>
      `Thẩm định lần 1 hạ điểm từ ${f.n(d.expected)} xuống ${f.n(d.found)}; đơn vị chưa giải trình và chưa có thẩm định lần 2.`,
    ROUND_EXCEEDS_MAX: (d, f) => `Cột “${d.detail}”: ${f.n(d.found)} vượt điểm tối đa ${f.n(d.expected)}.`,
    SELF_SCORE_UNSUPPORTED: (d, f) =>
      `Tự chấm ${f.n(d.found)} điểm nhưng chưa có tài liệu kiểm chứng hay giải trình; điểm có thể bị trừ khi thẩm định.`,
    BONUS_OVER_CAP: (d, f) => `Điểm thưởng ${f.n(d.found)} vượt mức tối đa ${f.n(d.expected)}; chỉ tính ${f.n(d.expected)}.`,
    ADJUSTMENT_UNREADABLE: (d) =>
      `Dòng ${d.detail === "penalty" ? "điểm trừ" : "điểm thưởng"}: “${d.found}” không đọc được thành điểm; dòng này không được tính.`,
    DEADLINE_UNREADABLE: (d) =>
      `Thời gian hoàn thành “${d.found}” không đọc được thành một hạn (ví dụ: Quý II/2026, Tháng 6/2026, 30/6/2026, Thường xuyên); nhiệm vụ này không được xét quá hạn.`,
    PROGRESS_STATUS_UNKNOWN: (d) =>
      `Tình trạng thực hiện “${d.found}” không thuộc danh sách (Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Không thực hiện); tạm tính là chưa thực hiện.`,
    PERCENT_INVALID: (d) => `% hoàn thành “${d.found}” phải là số từ 0 đến 100; bỏ qua ô này.`,
  },
  en: {
    HEADER_NOT_FOUND: () => "No criteria header row found (need Code/STT, Criterion and Max points columns).",
    COLUMN_MISSING: (d) => `The header has no “${d.detail}” column.`,
    CODE_INVALID: (d) => `Criterion code “${d.detail}” cannot be read (expected 1, 1.1, 1.1.1; I, II; A, B; a), b) under a criterion).`,
    CODE_MISSING: () => "The row has points but no criterion code.",
    CODE_DATE: (d) => `Excel turned the code into a date (${d.detail}). Format the code column as Text and type it again.`,
    CODE_DUPLICATE: (d) => `Criterion code ${d.criterion} is a duplicate (first on row ${d.detail}); this row is not counted.`,
    CODE_NUMERIC_AMBIGUOUS: (d) =>
      `Code ${d.found} is stored as a number; the row order says it is ${d.criterion}. Format the code column as Text.`,
    PARENT_MISSING: (d) => `Criterion ${d.criterion} has no parent ${d.detail} in the sheet.`,
    CODE_ORDER: (d) => `Code ${d.criterion} is out of order (it follows ${d.detail}).`,
    VALUE_NOT_NUMBER: (d, f) => `${f.role(d)}: “${d.found}” is not a number.`,
    VALUE_NEGATIVE: (d, f) => `${f.role(d)}: negative points (${f.n(d.found)}).`,
    CELL_ERROR: (d, f) => `${f.role(d)}: the cell holds the error ${d.found}.`,
    MAX_MISSING: () => "The criterion has no max points.",
    SCORE_MISSING: (d, f) => `The criterion has no ${f.role(d).toLowerCase()} figure; counted as 0.`,
    SHEET_NOT_SCORED: (d, f) =>
      `The sheet has not been scored: the ${f.role(d)} column is blank for all ${d.expected} sub-criteria (${d.detail}); there is no index yet. Enter the scores, then score again.`,
    SCORE_EXCEEDS_MAX: (d, f) => `Achieved ${f.n(d.found)} exceeds the max of ${f.n(d.expected)}.`,
    TARGET_EXCEEDS_MAX: (d, f) => `Target ${f.n(d.found)} exceeds the max of ${f.n(d.expected)}.`,
    TARGET_BELOW_ACHIEVED: (d, f) => `Target ${f.n(d.found)} is below the ${f.n(d.expected)} already achieved.`,
    ROLLUP_MISMATCH: (d, f) => `${f.role(d)} is written as ${f.n(d.found)} but its sub-criteria add up to ${f.n(d.expected)}.`,
    TOTAL_MISMATCH: (d, f) => `Total row, ${f.role(d)}: written ${f.n(d.found)}, computed ${f.n(d.expected)}.`,
    DELTA_MISMATCH: (d, f) => `Change is written as ${f.n(d.found)} but target − achieved = ${f.n(d.expected)}.`,
    EVIDENCE_MISSING: (d, f) => `${f.n(d.found)} points claimed without evidence; appraisal may cut them.`,
    PRECISION: (d, f) => `${f.role(d)}: ${f.typed(d.detail)} has more than 3 decimals; rounded to ${f.n(d.expected)}.`,
    COLUMN_OVERRIDE_IGNORED: (d, f) =>
      `Column ${d.found} was chosen for “${f.role(d)}” but it holds no figures, serves another column or is outside the table; ${d.detail ? `using column ${d.detail} as the header shows` : "the choice is set aside"}.`,
    NUMBER_AS_TEXT: (d, f) =>
      `${f.role(d)}: ${d.detail} cells hold numbers stored as text (from this one on). SUM skips them, so parents get figures, not formulas.`,
    LEGACY_ENCODING: (d) =>
      `${d.expected} ${d.expected === 1 ? "cell" : "cells"} (column${String(d.detail).includes(",") ? "s" : ""} ${d.detail}) typed in the legacy ${encodingLabel(d.found)} encoding were read as Unicode. Use “Convert to Unicode” (CLI: --to-unicode) to convert the sheet's text for good.`,
    VALUE_DATE: (d, f) =>
      `${f.role(d)}: the cell holds the date ${d.found}, not points — probably ${d.detail} typed into a date-formatted cell. Format the cell as Number and type the points again.`,
    VALUE_IMPLAUSIBLE: (d, f) =>
      `${f.role(d)}: ${typeof d.found === "number" ? f.n(d.found) : f.typed(d.found)} is beyond any score (over ${f.n(PLAUSIBLE_POINTS)} points); the cell is not counted.`,
    WRITE_HELD: (d) =>
      `${d.detail ? `Left ${d.detail} as typed, not recomputed${d.expected ? `; no sum written into ${d.expected}` : ""}` : `No sum written into ${d.expected}`}: rows below could not be read with certainty (a code or a cell in error, or a score typed only on a parent). Fix those, then score again.`,
    DELTA_COLUMN_OTHER: (d) =>
      `The Change column is not target − achieved on ${d.found} of ${d.expected} rows with a figure: it probably compares with something else (last year, another round). Kept as typed; this column is neither checked nor recomputed.`,
    ROLLUP_INCOMPLETE: (d, f) =>
      `${f.role(d)} reads ${f.n(d.found)}, the sub-criteria typed so far add up to ${f.n(d.expected)} and some leave this column blank: kept as typed, not replaced by the sum. Complete the sub-criteria, then score again.`,
    SCORE_WITHOUT_PARTS: (d, f) =>
      `${d.criterion ? "This criterion" : "The total row"} has ${f.role(d)} ${f.n(d.found)} typed but the sub-criteria below leave this column blank: kept as typed, not replaced by a sum of blanks${d.role === "achieved" ? ", and not in the index yet" : d.role === "max" ? ", and not in the sheet's maximum yet" : ""}. Enter each sub-criterion's figure, then score again.`,
    FORMULA_NOT_CALCULATED: (d, f) =>
      `${f.role(d)}: the cell holds a formula saved without its result (the file was never calculated). Open it in Excel, press F9 and save.`,
    HIDDEN_ROW: (d) => `Row ${d.row} (criterion ${d.criterion}) is hidden but still counted. Unhide it to check it.`,
    APPRAISAL_LOWERED_NO_NOTE: (d, f) =>
      `The appraisal lowered the score from ${f.n(d.expected)} (self) to ${f.n(d.found)} and no appraisal note says why.`,
    EXPLANATION_PENDING: (d, f) =>
      `Appraisal round 1 lowered the score from ${f.n(d.expected)} to ${f.n(d.found)}; the unit has not explained and there is no round 2 yet.`,
    ROUND_EXCEEDS_MAX: (d, f) => `Column “${d.detail}”: ${f.n(d.found)} exceeds the max of ${f.n(d.expected)}.`,
    SELF_SCORE_UNSUPPORTED: (d, f) => `${f.n(d.found)} points self-scored with neither evidence nor an explanation; appraisal may cut them.`,
    BONUS_OVER_CAP: (d, f) => `Bonus ${f.n(d.found)} is over its cap of ${f.n(d.expected)}; only ${f.n(d.expected)} counts.`,
    ADJUSTMENT_UNREADABLE: (d) => `${d.detail === "penalty" ? "Penalty" : "Bonus"} row: “${d.found}” cannot be read as points; the row is not counted.`,
    DEADLINE_UNREADABLE: (d) =>
      `Deadline “${d.found}” cannot be read as a due date (e.g. Quý II/2026, Tháng 6/2026, 30/6/2026, Thường xuyên); the task is not checked for being overdue.`,
    PROGRESS_STATUS_UNKNOWN: (d) =>
      `Progress status “${d.found}” is not one of the choices (Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Không thực hiện); counted as not started.`,
    PERCENT_INVALID: (d) => `% done “${d.found}” must be a number from 0 to 100; the cell is ignored.`,
  },
};

const encodingLabel = (x: unknown) => ENCODING_LABEL[x as LegacyEncoding] ?? String(x ?? "");
/**
 * Findings whose text names only the column and what the cell holds (never the criterion, row or cell): a sheet of
 * blank or unreadable figures raises one per cell, and they can share one string per column and content.
 */
export const SHAREABLE_MESSAGES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(["MAX_MISSING", "SCORE_MISSING", "VALUE_NOT_NUMBER", "CELL_ERROR"]);

function fmtFor(lang: Lang): Fmt {
  return {
    n: (x) => (typeof x === "number" ? formatPoints(Math.round(x * 1000), lang) : String(x ?? "")),
    role: (x) => (x.role ? ROLE_LABEL[x.role][lang] : ""),
    typed: (x) => (lang === "vi" && /^-?\d+\.\d+$/.test(x ?? "") ? (x as string).replace(".", ",") : (x ?? "")),
  };
}

export function messageFor(d: MessageInput, lang: Lang): string {
  return MESSAGES[lang][d.code](d, fmtFor(lang));
}

/** Severity of each code, fixed so that other tools can rely on it. */
export const SEVERITY: Record<DiagnosticCode, Diagnostic["severity"]> = {
  HEADER_NOT_FOUND: "error",
  COLUMN_MISSING: "error",
  CODE_INVALID: "error",
  CODE_MISSING: "error",
  CODE_DATE: "error",
  CODE_DUPLICATE: "error",
  CODE_NUMERIC_AMBIGUOUS: "warning",
  PARENT_MISSING: "error",
  CODE_ORDER: "warning",
  VALUE_NOT_NUMBER: "error",
  VALUE_NEGATIVE: "error",
  CELL_ERROR: "error",
  MAX_MISSING: "error",
  SCORE_MISSING: "warning",
  SHEET_NOT_SCORED: "warning",
  SCORE_WITHOUT_PARTS: "warning",
  ROLLUP_INCOMPLETE: "warning",
  DELTA_COLUMN_OTHER: "warning",
  SCORE_EXCEEDS_MAX: "error",
  TARGET_EXCEEDS_MAX: "error",
  TARGET_BELOW_ACHIEVED: "warning",
  ROLLUP_MISMATCH: "error",
  TOTAL_MISMATCH: "error",
  DELTA_MISMATCH: "warning",
  EVIDENCE_MISSING: "warning",
  PRECISION: "warning",
  NUMBER_AS_TEXT: "warning",
  COLUMN_OVERRIDE_IGNORED: "warning",
  LEGACY_ENCODING: "warning",
  VALUE_DATE: "error",
  VALUE_IMPLAUSIBLE: "error",
  WRITE_HELD: "warning",
  FORMULA_NOT_CALCULATED: "error",
  HIDDEN_ROW: "warning",
  APPRAISAL_LOWERED_NO_NOTE: "warning",
  EXPLANATION_PENDING: "warning",
  ROUND_EXCEEDS_MAX: "error",
  SELF_SCORE_UNSUPPORTED: "warning",
  BONUS_OVER_CAP: "warning",
  ADJUSTMENT_UNREADABLE: "error",
  DEADLINE_UNREADABLE: "warning",
  PROGRESS_STATUS_UNKNOWN: "warning",
  PERCENT_INVALID: "warning",
};

/** Re-render every message in another language (reports are built in one, shown in the other). */
export function translate(diagnostics: readonly Diagnostic[], lang: Lang): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, message: messageFor(d, lang) }));
}

// ── Findings across units ("Tổng hợp đơn vị"): each names the unit, so a line read alone says whose it is.
export type UnitMessageInput = Omit<UnitDiagnostic, "message">;
type UnitRender = (d: UnitMessageInput, f: Fmt) => string;

const refVi = (d: UnitMessageInput) => (d.reference === "template" ? "bảng mẫu" : "bảng tiêu chí của đa số đơn vị");
const refEn = (d: UnitMessageInput) => (d.reference === "template" ? "the template" : "the criteria most units share");

export const UNIT_MESSAGES: Record<Lang, Record<UnitDiagnosticCode, UnitRender>> = {
  vi: {
    UNIT_UNREADABLE: (d) => `Không tổng hợp được “${d.unit}”: ${d.detail}`,
    UNIT_SHEET_ERRORS: (d) => `Bảng của đơn vị “${d.unit}” có ${d.found} lỗi; điểm tổng hợp lấy như bảng đang ghi — chạy “Tính điểm”/cchc check trên bảng này để sửa.`,
    UNIT_NAME_DUPLICATE: (d) => `Hai đầu vào cùng tên đơn vị “${d.unit}” (trùng với ${d.detail}); cả hai đều được giữ trong bảng tổng hợp.`,
    UNIT_CRITERION_MISSING: (d, f) => `Đơn vị “${d.unit}” thiếu tiêu chí ${d.criterion}${d.detail ? ` “${d.detail}”` : ""} (tối đa ${f.n(d.expected)} điểm) có trong ${refVi(d)}.`,
    UNIT_CRITERION_EXTRA: (d, f) => `Đơn vị “${d.unit}” có thêm tiêu chí ${d.criterion}${d.detail ? ` “${d.detail}”` : ""} (tối đa ${f.n(d.found)} điểm) không có trong ${refVi(d)}.`,
    UNIT_MAX_DIFFERS: (d, f) => `Đơn vị “${d.unit}”, tiêu chí ${d.criterion}: điểm tối đa ${f.n(d.found)}, trong ${refVi(d)} là ${f.n(d.expected)}.`,
    UNIT_AREAS_TOTAL: (d, f) => `Đơn vị “${d.unit}”: điểm tối đa các lĩnh vực cộng lại được ${f.n(d.found)}, dòng Tổng cộng ghi ${f.n(d.expected)}.`,
  },
  en: {
    UNIT_UNREADABLE: (d) => `“${d.unit}” could not be consolidated: ${d.detail}`,
    UNIT_SHEET_ERRORS: (d) => `The sheet of “${d.unit}” has ${d.found} error(s); its figures are taken as written — run Score / cchc check on it to fix them.`,
    UNIT_NAME_DUPLICATE: (d) => `Two inputs name the unit “${d.unit}” (also ${d.detail}); both are kept in the consolidation.`,
    UNIT_CRITERION_MISSING: (d, f) => `Unit “${d.unit}” lacks criterion ${d.criterion}${d.detail ? ` “${d.detail}”` : ""} (max ${f.n(d.expected)}) found in ${refEn(d)}.`,
    UNIT_CRITERION_EXTRA: (d, f) => `Unit “${d.unit}” has an extra criterion ${d.criterion}${d.detail ? ` “${d.detail}”` : ""} (max ${f.n(d.found)}) not in ${refEn(d)}.`,
    UNIT_MAX_DIFFERS: (d, f) => `Unit “${d.unit}”, criterion ${d.criterion}: max ${f.n(d.found)}, ${f.n(d.expected)} in ${refEn(d)}.`,
    UNIT_AREAS_TOTAL: (d, f) => `Unit “${d.unit}”: the areas' maxima add up to ${f.n(d.found)} but the total row says ${f.n(d.expected)}.`,
  },
};

/** Severity of each cross-unit code, fixed for other tools. A unit that cannot be read or holds errors makes the run exit 1. */
export const UNIT_SEVERITY: Record<UnitDiagnosticCode, Severity> = {
  UNIT_UNREADABLE: "error",
  UNIT_SHEET_ERRORS: "error",
  UNIT_NAME_DUPLICATE: "warning",
  UNIT_CRITERION_MISSING: "warning",
  UNIT_CRITERION_EXTRA: "warning",
  UNIT_MAX_DIFFERS: "warning",
  UNIT_AREAS_TOTAL: "error",
};

export function unitMessageFor(d: UnitMessageInput, lang: Lang): string {
  return UNIT_MESSAGES[lang][d.code](d, fmtFor(lang));
}
