// Workbooks where staff keep sheets of their own under the names we give ours: a hand-made "Tổng hợp" of the
// departments' self-scores, the same in capitals, a "Kiểm tra" log typed on a Mac (NFD), their own
// " Kế hoạch khắc phục " with stray spaces. Each sits beside seed 001's criteria sheet.
import ExcelJS from "exceljs";
import { cleanWorkbook } from "./workbooks.js";

export interface UserSheet {
  name: string;
  grid: unknown[][];
}

/** A department summary staff type by hand each year. */
export function userSummary(name = "Tổng hợp"): UserSheet {
  return {
    name,
    grid: [
      ["TỔNG HỢP ĐIỂM TỰ CHẤM CỦA CÁC PHÒNG NĂM 2021"],
      [],
      ["Phòng", "Người tổng hợp", "Điểm tự chấm", "Ngày nộp"],
      ["Văn phòng Sở", "Nguyễn Thị Hoa", 31.5, new Date(Date.UTC(2021, 8, 15))],
      ["Nghiệp vụ Y", "Trần Văn Nam", 12.25, new Date(Date.UTC(2021, 8, 16))],
      ["Kế hoạch Tài chính", "Lê Thu Hà", 7.327, new Date(Date.UTC(2021, 8, 20))],
      ["Cộng", "", 51.077, ""],
    ],
  };
}

/** An internal inspection log. */
export function userCheckLog(name = "Kiểm tra".normalize("NFD")): UserSheet {
  return {
    name,
    grid: [
      ["SỔ THEO DÕI KIỂM TRA HỒ SƠ CCHC"],
      ["Ngày", "Đơn vị", "Nội dung kiểm tra", "Kết luận"],
      ["12/3/2021", "Bệnh viện Đa khoa tỉnh", "Hồ sơ một cửa", "Đạt"],
      ["20/4/2021", "Trung tâm Kiểm soát bệnh tật", "Niêm yết TTHC", "Cần bổ sung"],
    ],
  };
}

/** A remediation plan staff wrote themselves before using the tool. */
export function userPlan(name = " Kế hoạch khắc phục "): UserSheet {
  return {
    name,
    grid: [
      ["KẾ HOẠCH KHẮC PHỤC TỒN TẠI NĂM 2021 (bản của Văn phòng)"],
      ["STT", "Nội dung tồn tại", "Người thực hiện", "Thời hạn"],
      [1, "Chưa ban hành kế hoạch CCHC đúng hạn", "Chánh Văn phòng", "Quý I/2022"],
      [2, "Chưa xin lỗi khi trễ hẹn hồ sơ", "Bộ phận một cửa", "Thường xuyên"],
    ],
  };
}

export function addUserSheet(wb: ExcelJS.Workbook, sheet: UserSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  sheet.grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
  ws.getColumn(1).width = 24;
  ws.getCell("A1").font = { bold: true, size: 13 };
}

/** Seed 001's criteria sheet with the user's sheets after it (or before it: `first`). */
export function withUserSheets(sheets: readonly UserSheet[], first = false): ExcelJS.Workbook {
  if (!first) {
    const wb = cleanWorkbook();
    for (const s of sheets) addUserSheet(wb, s);
    return wb;
  }
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addUserSheet(wb, s);
  const criteria = cleanWorkbook().worksheets[0] as ExcelJS.Worksheet;
  const ws = wb.addWorksheet(criteria.name);
  criteria.eachRow((row, r) => row.eachCell((cell, c) => void (ws.getCell(r, c).value = cell.value)));
  return wb;
}
