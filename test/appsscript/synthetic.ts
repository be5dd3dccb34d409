// Criteria sheets of any length with the same findings at the top, for "calls do not grow with rows".
const HEADER = ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm", "Phòng phụ trách", "Ghi chú"];

/** About `rows` criteria rows: areas of 4 criteria × 3 sub-criteria; area 1's achieved typed 1 point too high. */
export function syntheticSheet(rows: number): unknown[][] {
  const grid: unknown[][] = [["BẢNG CHẤM ĐIỂM (thử)"], [], HEADER];
  const body: unknown[][] = [];
  for (let area = 1; body.length < rows; area++) {
    const areaRow = [String(area), `Lĩnh vực ${area}`, 12, 6 + (area === 1 ? 1 : 0), 12, 6, ""];
    body.push(areaRow);
    for (let c = 1; c <= 4; c++) {
      body.push([`${area}.${c}`, `Tiêu chí ${area}.${c}`, 3, 1.5, 3, 1.5, "Văn phòng Sở"]);
      for (let s = 1; s <= 3; s++) body.push([`${area}.${c}.${s}`, `Tiêu chí thành phần ${area}.${c}.${s}`, 1, 0.5, 1, 0.5, "", "ghi chú"]);
    }
  }
  grid.push(...body);
  const areas = body.filter((r) => !String(r[0]).includes(".")).length;
  grid.push(["", "Tổng cộng", 12 * areas, 6 * areas, 12 * areas, 6 * areas]);
  return grid;
}
