// Excel custom functions: one thin wrapper per PAR_* function of the core. The JSDoc tags are the source of
// functions.json (custom-functions-metadata); ids and names carry no namespace so =PAR_DELTA(...) works as in
// Google Sheets. Parameters are any[][] so a single cell and a whole range both arrive as a matrix.
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's "any" type is what lets cells and ranges mix */
import { callPar } from "./call.js";

/**
 * Tăng/giảm = mục tiêu − điểm đạt, cho một ô hoặc cả cột.
 * @customfunction PAR_DELTA PAR_DELTA
 * @param target Điểm mục tiêu (ô hoặc cột)
 * @param achieved Điểm đạt (ô hoặc cột)
 * @returns Tăng/giảm
 */
export function parDelta(target: any[][], achieved: any[][]): any[][] {
  return callPar("PAR_DELTA", [target, achieved]);
}

/**
 * Điểm bị mất = điểm tối đa − điểm đạt.
 * @customfunction PAR_LOST PAR_LOST
 * @param max Điểm tối đa
 * @param achieved Điểm đạt
 * @returns Điểm bị mất
 */
export function parLost(max: any[][], achieved: any[][]): any[][] {
  return callPar("PAR_LOST", [max, achieved]);
}

/**
 * Cộng dồn điểm từ tiêu chí thành phần lên tiêu chí và lĩnh vực; có mã thì trả tổng của mã đó.
 * @customfunction PAR_ROLLUP PAR_ROLLUP
 * @param codes Cột mã tiêu chí
 * @param points Cột điểm (tối đa, đạt hoặc mục tiêu)
 * @param [code] Mã cần tính tổng (để trống: cả cột)
 * @returns Điểm đã cộng dồn
 */
export function parRollup(codes: any[][], points: any[][], code?: any[][]): any[][] {
  return callPar("PAR_ROLLUP", [codes, points, code]);
}

/**
 * Chỉ số = (điểm đạt + điểm thưởng − điểm trừ) ÷ điểm tối đa × 100 (2 chữ số thập phân; có thưởng/trừ thì không quá 100).
 * @customfunction PAR_INDEX PAR_INDEX
 * @param achieved Điểm đạt
 * @param max Điểm tối đa
 * @param [bonus] Điểm thưởng (ô hoặc các ô, cộng lại)
 * @param [penalty] Điểm trừ, gõ âm hay dương đều trừ (ô hoặc các ô)
 * @returns Chỉ số (%)
 */
export function parIndex(achieved: any[][], max: any[][], bonus?: any[][], penalty?: any[][]): any[][] {
  return callPar("PAR_INDEX", [achieved, max, bonus, penalty]);
}

/**
 * Điểm cuối cùng của mỗi dòng: vòng chấm gần nhất có điểm (thẩm định lần 2, rồi lần 1, rồi tự chấm).
 * @customfunction PAR_FINAL PAR_FINAL
 * @param self Điểm tự chấm (ô hoặc cột)
 * @param round1 Điểm thẩm định lần 1 (ô hoặc cột)
 * @param [round2] Điểm thẩm định lần 2 / sau giải trình (ô hoặc cột)
 * @returns Điểm cuối cùng
 */
export function parFinal(self: any[][], round1: any[][], round2?: any[][]): any[][] {
  return callPar("PAR_FINAL", [self, round1, round2]);
}

/**
 * Xếp loại theo chỉ số (mặc định A ≥ 90, B ≥ 80, C ≥ 70, D).
 * @customfunction PAR_GRADE PAR_GRADE
 * @param index Chỉ số (%)
 * @param [thresholds] Bảng ngưỡng: cột mức tối thiểu, cột nhãn
 * @returns Xếp loại
 */
export function parGrade(index: any[][], thresholds?: any[][]): any[][] {
  return callPar("PAR_GRADE", [index, thresholds]);
}

/**
 * Kiểm tra từng dòng (mã, điểm tối đa, điểm đạt, mục tiêu): trả cột nội dung lỗi, trống nếu đúng.
 * @customfunction PAR_CHECK PAR_CHECK
 * @param codes Cột mã tiêu chí
 * @param max Cột điểm tối đa
 * @param achieved Cột điểm đạt
 * @param [target] Cột mục tiêu
 * @returns Nội dung lỗi của từng dòng
 */
export function parCheck(codes: any[][], max: any[][], achieved: any[][], target?: any[][]): any[][] {
  return callPar("PAR_CHECK", [codes, max, achieved, target]);
}

/**
 * Xếp hạng chỉ số như bảng Tổng hợp đơn vị (làm tròn 2 chữ số; đồng hạng 1, 2, 2, 4; liền hạng 1, 2, 2, 3).
 * @customfunction PAR_RANK PAR_RANK
 * @param value Chỉ số cần xếp hạng (ô hoặc cột)
 * @param values Chỉ số của tất cả đơn vị
 * @param [dense] TRUE: xếp hạng liền (1, 2, 2, 3)
 * @returns Xếp hạng
 */
export function parRank(value: any[][], values: any[][], dense?: any[][]): any[][] {
  return callPar("PAR_RANK", [value, values, dense]);
}

/**
 * Cấp của mã tiêu chí: 1 lĩnh vực, 2 tiêu chí, 3 tiêu chí thành phần.
 * @customfunction PAR_LEVEL PAR_LEVEL
 * @param codes Mã tiêu chí (STT)
 * @returns Cấp
 */
export function parLevel(codes: any[][]): any[][] {
  return callPar("PAR_LEVEL", [codes]);
}

/**
 * Mã tiêu chí cha (1.3.2 → 1.3).
 * @customfunction PAR_PARENT PAR_PARENT
 * @param codes Mã tiêu chí (STT)
 * @returns Mã tiêu chí cha
 */
export function parParent(codes: any[][]): any[][] {
  return callPar("PAR_PARENT", [codes]);
}

/**
 * Hạn hoàn thành đọc từ ô thời gian (Quý II/2026, Tháng 6/2026, 30/6/2026…), dạng ngày; trống nếu không có hạn cụ thể (Thường xuyên).
 * @customfunction PAR_DUE PAR_DUE
 * @param text Ô hoặc cột thời gian hoàn thành
 * @param [year] Năm của kế hoạch, cho ô không ghi năm (Quý II)
 * @returns Hạn (định dạng ô là ngày)
 */
export function parDue(text: any[][], year?: any[][]): any[][] {
  return callPar("PAR_DUE", [text, year]);
}

/**
 * Quá hạn: hạn đã qua (trước ngày tính, mặc định hôm nay) mà chưa hoàn thành và không phải “Không thực hiện”.
 * @customfunction PAR_OVERDUE PAR_OVERDUE
 * @param due Hạn (ngày, hoặc ô thời gian như Quý II/2026)
 * @param status Tình trạng thực hiện
 * @param [as_of] Ngày tính (mặc định hôm nay)
 * @returns TRUE nếu quá hạn
 */
export function parOverdue(due: any[][], status: any[][], as_of?: any[][]): any[][] {
  return callPar("PAR_OVERDUE", [due, status, as_of]);
}

/** Function id → implementation, registered with the runtime by the entry file. */
export const FUNCTIONS = {
  PAR_DELTA: parDelta,
  PAR_LOST: parLost,
  PAR_ROLLUP: parRollup,
  PAR_INDEX: parIndex,
  PAR_FINAL: parFinal,
  PAR_GRADE: parGrade,
  PAR_RANK: parRank,
  PAR_CHECK: parCheck,
  PAR_LEVEL: parLevel,
  PAR_PARENT: parParent,
  PAR_DUE: parDue,
  PAR_OVERDUE: parOverdue,
} as const;
