// Every word the panel shows, in one table per language. A key missing in one language is a compile error.
import { ROLE_LABEL, TERMS } from "../shared/glossary.js";
import type { Lang } from "../shared/types.js";

const vi = {
  title: "Chỉ số CCHC",
  score: "Tính điểm",
  plan: "Lập kế hoạch",
  undo: "Hoàn tác",
  busy: "Đang xử lý…",
  langSwitch: "English",
  langSwitchLabel: "Chuyển sang tiếng Anh",
  empty: "Mở bảng chấm điểm rồi bấm “Tính điểm” để kiểm tra, cộng dồn và xếp loại.",
  sheet: "Bảng",
  totals: "Kết quả",
  max: ROLE_LABEL.max.vi,
  achieved: ROLE_LABEL.achieved.vi,
  target: ROLE_LABEL.target.vi,
  lost: TERMS.lost.vi,
  index: TERMS.index.vi,
  grade: TERMS.grade.vi,
  areas: TERMS.byArea.vi,
  columns: "Cột đã nhận diện",
  headerRow: "Dòng tiêu đề",
  edit: "Sửa",
  apply: "Áp dụng",
  cancel: "Hủy",
  columnHint: "Nhập chữ cái của cột (ví dụ F); để trống nếu không có.",
  badLetter: "Chữ cái cột không hợp lệ",
  notFound: "(không có)",
  alternatives: "Cột điểm khác",
  findings: "Kết quả kiểm tra",
  noFindings: TERMS.noFindings.vi,
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
  goTo: "Chọn ô",
  failed: "Không thực hiện được",
  criteria: "tiêu chí",
  weak: "bị mất điểm",
  corrected: "Đã sửa khi tính điểm",
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  title: "PAR Index",
  score: "Score",
  plan: "Build plan",
  undo: "Undo",
  busy: "Working…",
  langSwitch: "Tiếng Việt",
  langSwitchLabel: "Switch to Vietnamese",
  empty: "Open the criteria sheet and press “Score” to check, roll up and classify it.",
  sheet: "Sheet",
  totals: "Result",
  max: ROLE_LABEL.max.en,
  achieved: ROLE_LABEL.achieved.en,
  target: ROLE_LABEL.target.en,
  lost: TERMS.lost.en,
  index: TERMS.index.en,
  grade: TERMS.grade.en,
  areas: TERMS.byArea.en,
  columns: "Columns found",
  headerRow: "Header row",
  edit: "Edit",
  apply: "Apply",
  cancel: "Cancel",
  columnHint: "Type the column letter (e.g. F); leave blank when there is none.",
  badLetter: "Not a column letter",
  notFound: "(none)",
  alternatives: "Other points columns",
  findings: "Findings",
  noFindings: TERMS.noFindings.en,
  error: "Errors",
  warning: "Warnings",
  info: "Notes",
  goTo: "Select cell",
  failed: "Could not complete",
  criteria: "criteria",
  weak: "losing points",
  corrected: "Corrected by scoring",
};

export const UI_STRINGS: Record<Lang, Record<Key, string>> = { vi, en };
export type UiKey = Key;

export function ui(lang: Lang, key: Key): string {
  return UI_STRINGS[lang][key];
}
