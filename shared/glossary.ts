// The one place for the domain's Vietnamese words: header words staff really type, and our own labels.
import type { Lang, Role } from "./types.js";

/**
 * Header words per column role, already folded (lower case, no diacritics; see text.ts `fold`).
 * Order matters: roles are tried top to bottom, so "Tăng/giảm" wins over the "Mục tiêu" group above it.
 */
export const HEADER_WORDS: readonly (readonly [Role, readonly RegExp[]])[] = [
  ["code", [/^(stt|tt|so tt|so thu tu|ma|ma so|ma tieu chi|ma tc)\.?$/]],
  ["delta", [/tang ?\/ ?giam/, /tang giam/, /chenh lech/]],
  ["evidence", [/tai lieu kiem chung/, /kiem chung/, /minh chung/]],
  // the appraisal's reason and the unit's explanation, before "thẩm định" / "giải trình" can read as a points column
  ["appraisalNote", [/^y kien (cua )?(hoi dong|tham dinh)/, /ly do tru diem/, /^nhan xet/, /^ly do/]],
  ["explanation", [/^(y kien )?giai trinh/, /^noi dung giai trinh/]],
  ["coordinator", [/phoi hop/]],
  ["owner", [/phong phu trach/, /chu tri/, /phu trach/, /don vi thuc hien/]],
  ["note", [/^ghi chu/]],
  ["max", [/diem toi da/, /thang diem/, /diem chuan/, /^toi da$/]],
  ["target", [/muc tieu/, /chi tieu/]],
  ["achieved", [/diem dat/, /tu cham/, /tu danh gia/, /tham dinh/, /diem dat duoc/, /^ket qua/, /\btdg\b/, /hoi dong/, /sau giai trinh/, /diem danh gia/, /diem cham/]],
  ["name", [/tieu chi/, /noi dung/, /linh vuc/]],
];

/** Which achieved column counts when several exist: appraised beats self-scored beats last year's result. */
export const ACHIEVED_PREFERENCE: readonly (readonly [string, RegExp])[] = [
  ["appraised", /tham dinh/],
  ["self", /tu cham|tu danh gia/],
  ["achieved", /.*/],
];

/**
 * Appraisal rounds of the achieved-type columns (rounds.ts), tried top to bottom on the folded header
 * (group titles included): "thẩm định lần 2", "sau giải trình", "Hội đồng" are the second round; any other
 * "thẩm định" the first; "tự chấm", "tự đánh giá", "TĐG" the unit's self-score; the rest a plain "điểm đạt".
 */
export const ROUND_WORDS: readonly (readonly ["round2" | "round1" | "self", RegExp])[] = [
  ["round2", /lan (2|ii|hai)\b|sau giai trinh|vong (2|ii)\b|hoi dong/],
  ["round1", /tham dinh|lan (1|i|mot)\b/],
  ["self", /tu cham|tu danh gia|\btdg\b/],
];

/**
 * Bonus and penalty rows, by the label in the name column (or the code column), after any numbering
 * ("IV.", "8", "-"): "Điểm thưởng", "Điểm cộng", "Điểm khuyến khích"; "Điểm trừ", "Điểm phạt", "Trừ điểm".
 * Anchored at the start so a total "Tổng điểm (đã cộng điểm thưởng)" stays a total.
 */
export const BONUS_LABEL = /^(tong (so )?)?(diem thuong|diem cong|diem khuyen khich|thuong|cong diem)\b/;
export const PENALTY_LABEL = /^(tong (so )?)?(diem tru|diem phat|tru diem|bi tru diem)\b/;

/**
 * The grand total row's label: "Tổng cộng…", "Tổng số điểm…", "Tổng điểm tự chấm", or a bare "Tổng" / "Cộng (A+B):".
 * Never "Công tác…" (a wrapped name) nor "Tổng hợp…" (a footnote).
 */
export const TOTAL_ROW = /^(tong cong|tong so|tong diem)\b|^(tong|cong)( ?\(.*\))? ?:?$/;

/**
 * What stands below a criteria table in an official file: the place-and-date line, the signature titles,
 * "Nơi nhận:". A row holding one of these (folded, and short) ends the table: nothing after it is data.
 */
export const TABLE_END: readonly RegExp[] = [
  /^([^,]{1,40}, )?ngay\b.{0,20}\bthang\b.{0,20}\bnam\b/,
  /^nguoi (lap|lap bieu|duyet|kiem tra|tong hop|tu cham)\b/,
  /^(kt|tm|tl|q|ktl)\.? ?(giam doc|thu truong|truong|chu tich|ubnd|so y te)/,
  /^(pho )?giam doc( so| benh vien| trung tam)?$/,
  /^thu truong( don vi| co quan)?$/,
  /^(truong phong|truong khoa|ke toan truong|chu tich|xac nhan( cua .*)?|lanh dao don vi)$/,
  /^noi nhan\b/,
  /^\(ky,? (ghi ro )?(ho|ten|ho va ten|ho ten)\b/,
];

/**
 * A sub-total under an area or a part: "Cộng lĩnh vực I", "Cộng phần A", "Tổng điểm mục II". Matched on the
 * text with its diacritics (lower case), because folded "cong" is also "Công tác…", a criterion's first word.
 */
export const SUBTOTAL_ROW = /^(cộng|tổng cộng|tổng điểm|tổng)\s+(lĩnh vực|phần|mục|nhóm|khối|tiêu chí|[ivxlc]+\b|[a-z]\b)/u;

/** Rows of bonus and penalty points (điểm thưởng, điểm trừ): never taken for a rubric line or a note. */
export const BONUS_PENALTY = /diem (thuong|tru)\b/;

export interface Term {
  vi: string;
  en: string;
}

export const ROLE_LABEL: Record<Role, Term> = {
  code: { vi: "Mã (STT)", en: "Code" },
  name: { vi: "Tiêu chí", en: "Criterion" },
  max: { vi: "Điểm tối đa", en: "Max points" },
  achieved: { vi: "Điểm đạt", en: "Achieved" },
  target: { vi: "Mục tiêu", en: "Target" },
  delta: { vi: "Tăng/giảm", en: "Change" },
  owner: { vi: "Phòng phụ trách", en: "Lead" },
  coordinator: { vi: "Phối hợp", en: "Coordinating" },
  evidence: { vi: "Tài liệu kiểm chứng", en: "Evidence" },
  note: { vi: "Ghi chú", en: "Note" },
  explanation: { vi: "Giải trình", en: "Explanation" },
  appraisalNote: { vi: "Ý kiến thẩm định", en: "Appraisal note" },
};

export const TERMS = {
  lost: { vi: "Điểm bị mất", en: "Points lost" },
  index: { vi: "Chỉ số (%)", en: "Index (%)" },
  grade: { vi: "Xếp loại", en: "Class" },
  total: { vi: "Tổng cộng", en: "Total" },
  area: { vi: "Lĩnh vực", en: "Area" },
  owner: { vi: "Phòng phụ trách", en: "Lead" },
  unassigned: { vi: "(chưa phân công)", en: "(unassigned)" },
  criteriaCount: { vi: "Số tiêu chí", en: "Criteria" },
  weakCount: { vi: "Số tiêu chí bị mất điểm", en: "Weak criteria" },
  severity: { vi: "Mức độ", en: "Severity" },
  findingCode: { vi: "Mã lỗi", en: "Finding" },
  cell: { vi: "Ô", en: "Cell" },
  criterion: { vi: "Tiêu chí", en: "Criterion" },
  message: { vi: "Nội dung", en: "Message" },
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Info" },
  summarySheet: { vi: "Tổng hợp", en: "Tổng hợp" },
  findingsSheet: { vi: "Kiểm tra", en: "Kiểm tra" },
  planSheet: { vi: "Kế hoạch khắc phục", en: "Kế hoạch khắc phục" },
  progressSheet: { vi: "Báo cáo tiến độ", en: "Báo cáo tiến độ" },
  summaryTitle: { vi: "TỔNG HỢP CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", en: "PAR INDEX SUMMARY" },
  byArea: { vi: "Theo lĩnh vực", en: "By area" },
  byOwner: { vi: "Theo phòng phụ trách", en: "By lead" },
  findingsTitle: { vi: "KẾT QUẢ KIỂM TRA BẢNG CHẤM ĐIỂM", en: "CRITERIA SHEET CHECK" },
  noFindings: { vi: "Không phát hiện lỗi.", en: "No findings." },
  corrected: { vi: "Đã sửa", en: "Corrected" },
  chartTitle: { vi: "Điểm theo lĩnh vực", en: "Points by area" },
  // Tổng hợp đơn vị (consolidation of many units)
  unitsSheet: { vi: "Tổng hợp đơn vị", en: "Tổng hợp đơn vị" },
  comparisonSheet: { vi: "So sánh tiêu chí", en: "So sánh tiêu chí" },
  unitsTitle: { vi: "TỔNG HỢP CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC ĐƠN VỊ", en: "PAR INDEX OF ALL UNITS" },
  comparisonTitle: { vi: "SO SÁNH ĐIỂM TỪNG TIÊU CHÍ GIỮA CÁC ĐƠN VỊ", en: "CRITERIA COMPARED ACROSS UNITS" },
  year: { vi: "Năm", en: "Year" },
  madeOn: { vi: "Ngày lập", en: "Made on" },
  seq: { vi: "STT", en: "No." },
  unit: { vi: "Đơn vị", en: "Unit" },
  selfScore: { vi: "Tự chấm", en: "Self-score" },
  finalScore: { vi: "Điểm cuối cùng (thẩm định)", en: "Final (appraised)" },
  bonus: { vi: "Thưởng", en: "Bonus" },
  penalty: { vi: "Trừ", en: "Penalty" },
  totalScore: { vi: "Tổng điểm", en: "Total score" },
  rank: { vi: "Xếp hạng", en: "Rank" },
  areaPoints: { vi: "Điểm", en: "Points" },
  areaPercent: { vi: "%", en: "%" },
  maxRow: { vi: "Điểm tối đa", en: "Max" },
  average: { vi: "Trung bình", en: "Average" },
  weakestUnit: { vi: "Đơn vị thấp nhất", en: "Weakest unit" },
  losingCount: { vi: "Số đơn vị bị mất điểm", en: "Units losing points" },
  notInReference: { vi: "(không có trong bảng tham chiếu)", en: "(not in the reference)" },
  unitFindings: { vi: "Phát hiện khi tổng hợp", en: "Findings across units" },
  source: { vi: "Tệp / trang tính", en: "File / sheet" },
  indexChartTitle: { vi: "Chỉ số CCHC theo đơn vị (%)", en: "PAR index by unit (%)" },
  areaChartTitle: { vi: "Tỉ lệ điểm từng lĩnh vực theo đơn vị (%)", en: "Area % by unit" },
  rankStandard: { vi: "Xếp hạng đồng hạng kiểu 1, 2, 2, 4", en: "Ranked 1, 2, 2, 4 (ties share a place)" },
  rankDense: { vi: "Xếp hạng liền kiểu 1, 2, 2, 3", en: "Ranked 1, 2, 2, 3 (dense)" },
  // appraisal rounds, bonus and penalty (rounds.ts, adjustments.ts, comparison.ts)
  self: { vi: "Điểm tự chấm", en: "Self-score" },
  round1: { vi: "Thẩm định lần 1", en: "Appraisal round 1" },
  round2: { vi: "Thẩm định lần 2", en: "Appraisal round 2" },
  plain: { vi: "Điểm đạt", en: "Achieved" },
  final: { vi: "Điểm cuối cùng", en: "Final" },
  difference: { vi: "Chênh lệch", en: "Difference" },
  score: { vi: "Tổng điểm", en: "Score" },
  selfIndex: { vi: "Chỉ số tự chấm (%)", en: "Self index (%)" },
  finalIndex: { vi: "Chỉ số sau thẩm định (%)", en: "Final index (%)" },
  appraisalSheet: { vi: "Tự chấm - Thẩm định", en: "Tự chấm - Thẩm định" },
  appraisalTitle: { vi: "SO SÁNH ĐIỂM TỰ CHẤM VÀ ĐIỂM THẨM ĐỊNH", en: "SELF-SCORE AND APPRAISAL COMPARED" },
  noDifferences: { vi: "Điểm thẩm định trùng với điểm tự chấm ở mọi tiêu chí.", en: "The appraisal matches the self-score on every criterion." },
  loweredMark: { vi: "Bị hạ khi thẩm định", en: "Lowered by appraisal" },
  // what the plan's own dropdown and share rule say to someone typing outside them
  chooseStatus: { vi: "Chọn một tình trạng trong danh sách.", en: "Choose a status from the list." },
  shareRange: { vi: "% hoàn thành là số từ 0 đến 100.", en: "% done is a number from 0 to 100." },
} satisfies Record<string, Term>;

export function term(t: Term, lang: Lang): string {
  return t[lang];
}
