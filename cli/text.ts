// Every sentence the command line shows, in Vietnamese and English. A missing translation is a compile error.
import type { Lang, RankMode } from "../shared/index.js";

const vi = {
  help: `cchc — Chỉ số cải cách hành chính (PAR Index): kiểm tra, tính điểm, lập kế hoạch khắc phục

Cách dùng:
  cchc check TỆP... [--sheet TÊN] [--json] [--lang en]
      Kiểm tra bảng chấm điểm, in danh sách lỗi (hoặc báo cáo JSON với --json).
  cchc score TỆP... [-o RA.xlsx] [--values] [--in-place] [--to-unicode]
      Tạo bản sao có tổng điểm các dòng cha, dòng Tổng cộng, cột Tăng/giảm (công thức SUM),
      thêm trang "Kiểm tra" và "Tổng hợp".
  cchc plan TỆP... [-o RA.xlsx] [--json] [--as-of NGÀY]
      Thêm hoặc cập nhật trang "Kế hoạch khắc phục" (giữ nguyên những ô đã nhập, cột ẩn, độ rộng,
      phông chữ, màu nền, chiều cao dòng); tô nền nhiệm vụ quá hạn tính đến NGÀY.
  cchc progress KẾ-HOẠCH.xlsx [--as-of YYYY-MM-DD] [-o RA.xlsx] [--json]
      Báo cáo tiến độ: thêm trang "Báo cáo tiến độ" (số nhiệm vụ theo tình trạng, % hoàn thành,
      nhiệm vụ quá hạn, theo đơn vị chủ trì) và tô nền nhiệm vụ quá hạn trong kế hoạch.
  cchc units TỆP|THƯ-MỤC... [-o RA.xlsx] [--json] [--rank standard|dense] [--template TỆP]
      Tổng hợp nhiều đơn vị: xếp hạng, xếp loại, điểm từng lĩnh vực, so sánh từng tiêu chí
      (trang "Tổng hợp đơn vị" và "So sánh tiêu chí"). Mỗi tệp là một đơn vị, hoặc một sổ tính
      có mỗi trang tính một đơn vị.

TỆP: .xlsx, hoặc .csv (UTF-8, phân cách ";" hoặc ",", dấu phẩy thập phân).

Tuỳ chọn:
  --sheet TÊN        trang tính chứa bảng tiêu chí (mặc định: trang đầu tiên có dòng tiêu đề hợp lệ)
  --json             in báo cáo dạng JSON
  -o, --output ĐÍCH  tệp .xlsx kết quả; với nhiều tệp, ĐÍCH là thư mục
                     (mặc định: TÊN.cham-diem.xlsx / TÊN.ke-hoach.xlsx / TÊN.tien-do.xlsx cạnh tệp gốc)
  --values           ghi số thay cho công thức SUM
  --in-place         ghi đè lên chính tệp gốc (chỉ với .xlsx)
  --to-unicode       (score, plan) chuyển chữ gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI (VNI-Times)
                     trên trang tiêu chí sang Unicode, phông Times New Roman
  --column VAI=CỘT   chỉ định cột, ví dụ --column achieved=F (vai: code, name, max, achieved,
                     target, delta, owner, coordinator, evidence, note, explanation, appraisalNote);
                     achieved=F buộc dùng một cột điểm duy nhất thay cho vòng chấm gần nhất có điểm
  --as-of NGÀY       ngày tính tiến độ, dạng YYYY-MM-DD (mặc định: hôm nay)
  --plan-columns BỘ  cột in của kế hoạch: annex (10 cột, mặc định), short, hoặc danh sách khoá cột
  --numbering KIỂU   đánh số nhiệm vụ: per-area (lại từ 1 mỗi lĩnh vực, mặc định) hoặc continuous
  --rank standard|dense
                     units: đồng hạng 1, 2, 2, 4 (mặc định) hoặc xếp liền 1, 2, 2, 3
  --template TỆP     units: bảng tiêu chí mẫu để đối chiếu (mặc định: bảng mà đa số đơn vị dùng)
  --lang vi|en       ngôn ngữ thông báo (mặc định: vi)
  -h, --help         hiện hướng dẫn này

Mã thoát: 0 không có lỗi · 1 bảng có lỗi (với score: lỗi còn lại sau khi tính điểm; với units: có đơn vị
không đọc được hoặc có lỗi) · 2 không đọc được đầu vào.
`,
  usage: "Gõ “cchc --help” để xem cách dùng.",
  unknownCommand: (c: string) => `lệnh không hợp lệ “${c}”. Các lệnh: check, score, plan, progress, units.`,
  badDate: (v: string) => `“${v}” không phải ngày dạng YYYY-MM-DD (ví dụ 2026-04-15).`,
  badPlanColumns: (v: string, keys: string) => `--plan-columns “${v}”: dùng annex, short hoặc danh sách cột cách nhau bằng dấu phẩy (${keys}).`,
  badNumbering: (v: string) => `--numbering “${v}”: dùng per-area (đánh số lại từng lĩnh vực) hoặc continuous (liên tục).`,
  noPlanSheet: (f: string) => `không tìm thấy bảng kế hoạch trong “${f}” (cần dòng tiêu đề có các cột như STT, Nội dung, Đơn vị chủ trì, Thời gian hoàn thành).`,
  progressLine: (tasks: number, done: number, pct: string, overdue: number, period: string, asOf: string) =>
    `Tiến độ đến ${asOf} (${period}): ${tasks} nhiệm vụ · ${done} đã hoàn thành (${pct}%) · ${overdue} quá hạn`,
  progressCounts: (inProgress: number, notStarted: number, dropped: number) =>
    `${inProgress} đang thực hiện · ${notStarted} chưa thực hiện · ${dropped} không thực hiện`,
  overdueLine: (row: number, code: string, owner: string, due: string) => `  quá hạn: dòng ${row}${code ? ` (${code})` : ""} · ${owner || "chưa phân công"} · hạn ${due}`,
  unknownOption: (o: string) => `tuỳ chọn không hợp lệ “${o}”.`,
  missingValue: (o: string) => `tuỳ chọn ${o} cần một giá trị.`,
  badLang: (v: string) => `ngôn ngữ “${v}” không hỗ trợ (dùng vi hoặc en).`,
  badColumn: (v: string) => `“${v}” không đúng dạng VAI=CỘT (ví dụ achieved=F).`,
  columnOutside: (f: string, sheet: string, role: string, letter: string, last: string) =>
    `--column ${role}=${letter}: cột ${letter} nằm ngoài bảng; trang tính “${sheet}” của “${f}” chỉ có dữ liệu đến cột ${last}.`,
  noFiles: "chưa chỉ ra tệp nào.",
  notFound: (f: string) => `không tìm thấy tệp “${f}”.`,
  notReadable: (f: string, why: string) => `không đọc được tệp “${f}”: ${why}.`,
  notWorkbook: (f: string) => `“${f}” không phải là sổ tính .xlsx hay tệp .csv.`,
  oldXls: (f: string) => `“${f}” là định dạng .xls cũ; hãy lưu lại thành .xlsx (Excel: Lưu thành → Sổ làm việc Excel).`,
  encrypted: (f: string) =>
    `“${f}” được đặt mật khẩu nên không đọc được; hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu → để trống), lưu lại rồi chạy lại.`,
  ods: (f: string) =>
    `“${f}” là bảng tính OpenDocument (.ods của LibreOffice/WPS), cchc chưa đọc được; hãy mở và lưu thành .xlsx (Tệp → Lưu thành → Excel 2007-365 .xlsx) rồi chạy lại.`,
  xlsb: (f: string) => `“${f}” là sổ tính nhị phân .xlsb, cchc chưa đọc được; hãy mở bằng Excel và lưu thành .xlsx (Sổ làm việc Excel) rồi chạy lại.`,
  plainZip: (f: string, inside: string) =>
    `“${f}” là tệp nén .zip, không phải sổ tính .xlsx; hãy giải nén${inside ? ` (bên trong có ${inside})` : ""} rồi chạy cchc với tệp .xlsx.`,
  cannotWrite: (f: string, why: string) => `không ghi được “${f}”: ${why}; chưa ghi gì. Hãy chọn nơi khác với -o.`,
  writeWhy: {
    EACCES: "không có quyền ghi vào thư mục này",
    EPERM: "không có quyền ghi (hoặc tệp đang mở trong chương trình khác)",
    EROFS: "ổ đĩa chỉ cho phép đọc",
    ENOSPC: "ổ đĩa đã đầy",
    EBUSY: "tệp đang mở trong chương trình khác",
    ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
    EEXIST: "một phần của đường dẫn là tệp, không phải thư mục",
    EISDIR: "đó là một thư mục",
    ENAMETOOLONG: "đường dẫn quá dài",
    other: "lỗi hệ thống tệp",
  } as Record<string, string>,
  manyToFile: (f: string) => `khi xử lý nhiều tệp, -o phải là một thư mục; “${f}” là tên tệp .xlsx. Chưa ghi gì.`,
  notUtf8: (f: string) => `“${f}” không phải UTF-8; trong Excel hãy lưu thành “CSV UTF-8 (phân cách bằng dấu phẩy)”.`,
  noSheet: (f: string, name: string) => `“${f}” không có trang tính “${name}”.`,
  noCriteriaSheet: (f: string) =>
    `không tìm thấy bảng tiêu chí trong “${f}” (cần dòng tiêu đề có các cột STT, Tiêu chí, Điểm tối đa).`,
  noHeaderIn: (f: string, sheet: string) =>
    `trang tính “${sheet}” của “${f}” không có dòng tiêu đề của bảng tiêu chí (STT, Tiêu chí, Điểm tối đa).`,
  sameFile: (f: string) => `không ghi đè lên tệp gốc “${f}”; chọn tệp khác với -o hoặc thêm --in-place.`,
  inPlaceCsv: (f: string) => `không thể ghi đè “${f}” bằng sổ tính .xlsx; hãy dùng -o RA.xlsx.`,
  outputNotXlsx: (f: string) => `tệp kết quả “${f}” phải có đuôi .xlsx.`,
  outputDirNeeded: "khi xử lý nhiều tệp, -o phải là một thư mục.",
  writeFailed: (f: string, why: string) => `không ghi được “${f}”: ${why}.`,
  internal: (f: string, why: string) => `lỗi nội bộ khi xử lý “${f}”: ${why}.`,
  progress: (i: number, n: number, f: string) => `[${i}/${n}] ${f}`,
  fileLabel: "Tệp",
  sheetLabel: "Trang tính",
  headerLabel: (row: number) => `dòng tiêu đề ${row}`,
  columnsLabel: "Cột",
  totalsLine: (max: string, ach: string, target: string, delta: string, index: string, grade: string) =>
    `Tổng: tối đa ${max} · đạt ${ach} · mục tiêu ${target} · tăng/giảm ${delta} · chỉ số ${index}% · xếp loại ${grade}`,
  countsLine: (criteria: number, leaves: number, weak: number | null, errors: number, warnings: number) =>
    `${criteria} tiêu chí (${leaves} tiêu chí lá${weak === null ? "" : `, ${weak} bị mất điểm`}) · ${errors} lỗi · ${warnings} cảnh báo`,
  wrote: (f: string) => `Đã ghi ${f}`,
  untrustedLine: (why: string) => `Tổng: chưa tính được chỉ số và xếp loại — ${why}.`,
  otherSheetsLine: (list: string) => `Trang khác cũng có bảng tiêu chí: ${list} (chọn bằng --sheet TÊN)`,
  otherSheet: (sheet: string, n: number) => `“${sheet}” (${n} tiêu chí)`,
  dropped: (f: string, parts: string) => `cảnh báo: “${f}” có ${parts}; bản sao được ghi sẽ không còn những phần này.`,
  droppedInPlace: (f: string, parts: string) => `“${f}” có ${parts} mà cchc không giữ được khi ghi; hãy dùng -o để ghi ra tệp khác.`,
  parts: { chart: "biểu đồ", pivot: "PivotTable", macro: "macro (VBA)", slicer: "slicer" } as Record<string, string>,
  remaining: (n: number) => (n === 0 ? "Sau khi tính điểm: không còn lỗi." : `Sau khi tính điểm: còn ${n} lỗi cần sửa tay (xem trang “Kiểm tra”).`),
  planLine: (weak: number, resolved: number, kept: number) =>
    `Kế hoạch: ${weak} tiêu chí cần khắc phục · ${resolved} đã khắc phục · giữ ${kept} ô đã nhập`,
  none: "—",
  badRank: (v: string) => `--rank “${v}” không hợp lệ (dùng standard hoặc dense).`,
  emptyFolder: (d: string) => `thư mục “${d}” không có tệp .xlsx hay .csv nào.`,
  noUnits: "không đọc được đơn vị nào; không có gì để tổng hợp.",
  badTemplate: (f: string, why: string) => `không dùng được bảng mẫu “${f}”: ${why}`,
  noHeaderReason: (sheet: string) => `trang tính “${sheet}” không có dòng tiêu đề của bảng tiêu chí.`,
  unitsHeading: (n: number, year: string, rank: string) => `Tổng hợp ${n} đơn vị${year ? ` · năm ${year}` : ""} · ${rank}`,
  // the rule shown by its pattern ("như"): beside real ranks 1, 1, 3, 4 a bare "1, 2, 2, 4" reads as the result
  rankRule: { standard: "cách xếp hạng: đồng hạng (như 1, 2, 2, 4)", dense: "cách xếp hạng: liền hạng (như 1, 2, 2, 3)" } as Record<RankMode, string>,
  unitsColumns: ["Hạng", "Đơn vị", "Tổng điểm", "Chỉ số (%)", "Xếp loại"] as readonly string[],
  average: "Trung bình",
  reference: (what: string) => `Bảng tiêu chí đối chiếu: ${what}`,
  referenceTemplate: (f: string) => `bảng mẫu ${f}`,
  referenceMajority: (unit: string) => `bảng mà đa số đơn vị dùng (như ${unit})`,
  toUnicodeCheck: "--to-unicode chỉ dùng với score hoặc plan (check không ghi gì).",
  converted: (n: number, encodings: string) =>
    n === 0 ? "Không có chữ gõ bằng bảng mã cũ (TCVN3, VNI): không chuyển ô nào." : `Đã chuyển ${n} ô chữ ${encodings} sang Unicode (phông Times New Roman).`,
  roundsLine: (parts: string) => `Điểm cuối cùng của mỗi tiêu chí lấy từ vòng chấm gần nhất có điểm: ${parts}`,
  roundPart: (letter: string, label: string, n: number) => `cột ${letter} (${label}) ${n} tiêu chí`,
  roundEmpty: (letter: string, label: string) => `cột ${letter} (${label}) còn trống`,
  scoreLine: (self: string, selfIndex: string, achieved: string, bonus: string, penalty: string, score: string, index: string, grade: string) =>
    `Tự chấm ${self} (chỉ số ${selfIndex}%) · sau thẩm định ${achieved} · thưởng ${bonus} · trừ ${penalty} · tổng điểm ${score} · chỉ số ${index}% · xếp loại ${grade}`,
  roundLabel: { self: "tự chấm", round1: "thẩm định lần 1", round2: "thẩm định lần 2", plain: "điểm đạt" } as Record<string, string>,
} as const;

type Texts = {
  [K in keyof typeof vi]: (typeof vi)[K] extends (...a: infer A) => string ? (...a: A) => string : (typeof vi)[K] extends string ? string : (typeof vi)[K];
};

const en: Texts = {
  help: `cchc — PAR Index (Chỉ số CCHC): check, score, remediation plan

Usage:
  cchc check FILE... [--sheet NAME] [--json] [--lang en]
      Check a criteria sheet and list the findings (or print the JSON report with --json).
  cchc score FILE... [-o OUT.xlsx] [--values] [--in-place] [--to-unicode]
      Write a copy with parent rows, the total row and the change column filled (SUM formulas),
      plus the sheets "Kiểm tra" (findings) and "Tổng hợp" (summary).
  cchc plan FILE... [-o OUT.xlsx] [--json] [--as-of DATE]
      Add or update the sheet "Kế hoạch khắc phục" (typed cells, hidden columns, widths, fonts,
      fills and row heights are kept); overdue tasks as of DATE are filled.
  cchc progress PLAN.xlsx [--as-of YYYY-MM-DD] [-o OUT.xlsx] [--json]
      Progress report: adds the sheet "Báo cáo tiến độ" (tasks by status, % done, overdue tasks,
      by lead unit) and fills overdue tasks in the plan.
  cchc units FILE|FOLDER... [-o OUT.xlsx] [--json] [--rank standard|dense] [--template FILE]
      Consolidate many units: rank, class, area scores and a criterion-by-unit comparison
      (sheets "Tổng hợp đơn vị" and "So sánh tiêu chí"). Each file is one unit, or a workbook
      holding one sheet per unit.

FILE: .xlsx, or .csv (UTF-8, ";" or "," separated, decimal commas allowed).

Options:
  --sheet NAME       sheet holding the criteria (default: the first sheet with a recognised header)
  --json             print the report as JSON
  -o, --output DEST  output .xlsx; with several files, DEST is a folder
                     (default: NAME.cham-diem.xlsx / NAME.ke-hoach.xlsx / NAME.tien-do.xlsx next to the input)
  --values           write figures instead of SUM formulas
  --in-place         overwrite the input file itself (.xlsx only)
  --to-unicode       (score, plan) convert the criteria sheet's text typed in the legacy TCVN3 (.VnTime)
                     or VNI (VNI-Times) encodings to Unicode, in Times New Roman
  --column ROLE=COL  force a column, e.g. --column achieved=F (roles: code, name, max, achieved,
                     target, delta, owner, coordinator, evidence, note, explanation, appraisalNote);
                     achieved=F uses that one column instead of each criterion's latest round
  --as-of DATE       the day progress is judged at, YYYY-MM-DD (default: today)
  --plan-columns SET the plan's printed columns: annex (ten, default), short, or a list of column keys
  --numbering KIND   item numbers: per-area (restart in each area, default) or continuous
  --rank standard|dense
                     units: ties share a place 1, 2, 2, 4 (default) or dense 1, 2, 2, 3
  --template FILE    units: the criteria sheet to compare with (default: the one most units share)
  --lang vi|en       message language (default: vi)
  -h, --help         show this help

Exit codes: 0 no errors · 1 the sheet has errors (score: errors left after scoring; units: a unit could
not be read or has errors) · 2 unusable input.
`,
  usage: "Type “cchc --help --lang en” for usage.",
  unknownCommand: (c) => `unknown command “${c}”. Commands: check, score, plan, progress, units.`,
  badDate: (v) => `“${v}” is not a date as YYYY-MM-DD (e.g. 2026-04-15).`,
  badPlanColumns: (v, keys) => `--plan-columns “${v}”: use annex, short or a comma-separated list of columns (${keys}).`,
  badNumbering: (v) => `--numbering “${v}”: use per-area (restart in each area) or continuous.`,
  noPlanSheet: (f) => `no plan table found in “${f}” (a header row with columns such as STT, Nội dung, Đơn vị chủ trì, Thời gian hoàn thành).`,
  progressLine: (tasks, done, pct, overdue, period, asOf) => `Progress as of ${asOf} (${period}): ${tasks} tasks · ${done} done (${pct}%) · ${overdue} overdue`,
  progressCounts: (inProgress, notStarted, dropped) => `${inProgress} in progress · ${notStarted} not started · ${dropped} dropped`,
  overdueLine: (row, code, owner, due) => `  overdue: row ${row}${code ? ` (${code})` : ""} · ${owner || "unassigned"} · due ${due}`,
  unknownOption: (o) => `unknown option “${o}”.`,
  missingValue: (o) => `option ${o} needs a value.`,
  badLang: (v) => `language “${v}” is not supported (use vi or en).`,
  badColumn: (v) => `“${v}” is not ROLE=COLUMN (e.g. achieved=F).`,
  columnOutside: (f, sheet, role, letter, last) =>
    `--column ${role}=${letter}: column ${letter} is outside the table; sheet “${sheet}” of “${f}” only has data up to column ${last}.`,
  noFiles: "no file given.",
  notFound: (f) => `file “${f}” not found.`,
  notReadable: (f, why) => `cannot read “${f}”: ${why}.`,
  notWorkbook: (f) => `“${f}” is not an .xlsx workbook or a .csv file.`,
  oldXls: (f) => `“${f}” is an old .xls file; save it as .xlsx (Excel: Save As → Excel Workbook).`,
  encrypted: (f) =>
    `“${f}” is password-protected and cannot be read; open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password → empty), save and run again.`,
  ods: (f) => `“${f}” is an OpenDocument spreadsheet (.ods from LibreOffice/WPS), which cchc does not read; save it as .xlsx (File → Save As → Excel 2007-365) and run again.`,
  xlsb: (f) => `“${f}” is a binary .xlsb workbook, which cchc does not read; open it in Excel, save it as .xlsx (Excel Workbook) and run again.`,
  plainZip: (f, inside) => `“${f}” is a .zip archive, not an .xlsx workbook; unzip it${inside ? ` (it holds ${inside})` : ""} and run cchc on the .xlsx file.`,
  cannotWrite: (f, why) => `cannot write “${f}”: ${why}; nothing was written. Choose another place with -o.`,
  writeWhy: {
    EACCES: "no permission to write in this folder",
    EPERM: "no permission to write (or the file is open in another program)",
    EROFS: "the disk is read-only",
    ENOSPC: "the disk is full",
    EBUSY: "the file is open in another program",
    ENOTDIR: "part of the path is a file, not a folder",
    EEXIST: "part of the path is a file, not a folder",
    EISDIR: "it is a folder",
    ENAMETOOLONG: "the path is too long",
    other: "file system error",
  },
  manyToFile: (f) => `with several files, -o must be a folder; “${f}” is an .xlsx file name. Nothing was written.`,
  notUtf8: (f) => `“${f}” is not UTF-8; in Excel save it as “CSV UTF-8 (Comma delimited)”.`,
  noSheet: (f, name) => `“${f}” has no sheet “${name}”.`,
  noCriteriaSheet: (f) => `no criteria sheet found in “${f}” (a header row with Code/STT, Criterion and Max points columns).`,
  noHeaderIn: (f, sheet) => `sheet “${sheet}” of “${f}” has no criteria header row (Code/STT, Criterion, Max points).`,
  sameFile: (f) => `will not overwrite the input “${f}”; choose another file with -o or add --in-place.`,
  inPlaceCsv: (f) => `cannot overwrite “${f}” with an .xlsx workbook; use -o OUT.xlsx.`,
  outputNotXlsx: (f) => `the output “${f}” must end in .xlsx.`,
  outputDirNeeded: "with several files, -o must be a folder.",
  writeFailed: (f, why) => `cannot write “${f}”: ${why}.`,
  internal: (f, why) => `internal error on “${f}”: ${why}.`,
  progress: (i, n, f) => `[${i}/${n}] ${f}`,
  fileLabel: "File",
  sheetLabel: "Sheet",
  headerLabel: (row) => `header row ${row}`,
  columnsLabel: "Columns",
  totalsLine: (max, ach, target, delta, index, grade) =>
    `Total: max ${max} · achieved ${ach} · target ${target} · change ${delta} · index ${index}% · class ${grade}`,
  countsLine: (criteria, leaves, weak, errors, warnings) =>
    `${criteria} criteria (${leaves} leaves${weak === null ? "" : `, ${weak} losing points`}) · ${errors} error${errors === 1 ? "" : "s"} · ${warnings} warning${warnings === 1 ? "" : "s"}`,
  wrote: (f) => `Wrote ${f}`,
  untrustedLine: (why) => `Total: no index or class — ${why}.`,
  otherSheetsLine: (list) => `Other sheets with a criteria table: ${list} (pick one with --sheet NAME)`,
  otherSheet: (sheet, n) => `“${sheet}” (${n} ${n === 1 ? "criterion" : "criteria"})`,
  dropped: (f, parts) => `warning: “${f}” has ${parts}; the copy written will not have them.`,
  droppedInPlace: (f, parts) => `“${f}” has ${parts} that cchc cannot keep when writing; use -o to write another file.`,
  parts: { chart: "charts", pivot: "pivot tables", macro: "macros (VBA)", slicer: "slicers" },
  remaining: (n) => (n === 0 ? "After scoring: no errors left." : `After scoring: ${n} error${n === 1 ? "" : "s"} left to fix by hand (see the “Kiểm tra” sheet).`),
  planLine: (weak, resolved, kept) => `Plan: ${weak} criteria to remedy · ${resolved} resolved · ${kept} typed cells kept`,
  none: "—",
  badRank: (v) => `--rank “${v}” is not valid (use standard or dense).`,
  emptyFolder: (d) => `folder “${d}” holds no .xlsx or .csv file.`,
  noUnits: "no unit could be read; nothing to consolidate.",
  badTemplate: (f, why) => `cannot use the template “${f}”: ${why}`,
  noHeaderReason: (sheet) => `sheet “${sheet}” has no criteria header row.`,
  unitsHeading: (n, year, rank) => `${n} unit${n === 1 ? "" : "s"} consolidated${year ? ` · year ${year}` : ""} · ${rank}`,
  rankRule: { standard: "ranking: ties share a place (as in 1, 2, 2, 4)", dense: "ranking: dense (as in 1, 2, 2, 3)" },
  unitsColumns: ["Rank", "Unit", "Score", "Index (%)", "Class"],
  average: "Average",
  reference: (what) => `Reference criteria: ${what}`,
  referenceTemplate: (f) => `the template ${f}`,
  referenceMajority: (unit) => `the sheet most units share (as ${unit}'s)`,
  toUnicodeCheck: "--to-unicode works with score or plan (check writes nothing).",
  converted: (n, encodings) =>
    n === 0 ? "No text in a legacy encoding (TCVN3, VNI): no cell converted." : `Converted ${n} cell${n === 1 ? "" : "s"} of ${encodings} text to Unicode (Times New Roman).`,
  roundsLine: (parts) => `Each criterion's final figure comes from its latest round with a figure: ${parts}`,
  roundPart: (letter, label, n) => `column ${letter} (${label}) ${n} criteri${n === 1 ? "on" : "a"}`,
  roundEmpty: (letter, label) => `column ${letter} (${label}) still empty`,
  scoreLine: (self, selfIndex, achieved, bonus, penalty, score, index, grade) =>
    `Self ${self} (index ${selfIndex}%) · final ${achieved} · bonus ${bonus} · penalty ${penalty} · score ${score} · index ${index}% · class ${grade}`,
  roundLabel: { self: "self-score", round1: "appraisal round 1", round2: "appraisal round 2", plain: "achieved" },
};

export const TEXT: Record<Lang, Texts> = { vi, en };
export type { Texts };
