// Generated criteria sheets of any size, shaped like seed 001: areas → criteria → sub-criteria,
// figures typed as text with decimal commas, owners on criteria, a total row.
export function generateSheet(rows: number): unknown[][] {
  const grid: unknown[][] = [
    ["MỤC TIÊU, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"],
    [],
    ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đạt được", "Mục tiêu", "Tăng/giảm", "Phòng phụ trách", "Ghi chú"],
  ];
  const owners = ["Văn phòng Sở", "Tổ chức Cán bộ", "Kế hoạch Tài chính", "Nghiệp vụ"];
  const fig = (m: number) => String(m / 1000).replace(".", ",");
  let area = 0;
  while (grid.length < rows) {
    area++;
    const areaRow: unknown[] = [String(area), `LĨNH VỰC ${area}`, "", "", "", "", "", ""];
    grid.push(areaRow);
    let aMax = 0;
    let aAch = 0;
    for (let c = 1; c <= 10 && grid.length < rows; c++) {
      const critRow: unknown[] = [`${area}.${c}`, `Tiêu chí ${area}.${c}`, "", "", "", "", owners[(area + c) % owners.length], ""];
      grid.push(critRow);
      let cMax = 0;
      let cAch = 0;
      for (let s = 1; s <= 9 && grid.length < rows; s++) {
        const max = 250 * (1 + ((area + c + s) % 6));
        // about a third of the sub-criteria lose points, as in the real sheet (28 of 80)
        const weak = (area + c * 3 + s * 7) % 20 < 7;
        const achieved = weak ? Math.max(0, max - (1 + ((area * 7 + c * 13 + s * 17) % 4)) * 125 - ((s * 3) % 7)) : max;
        cMax += max;
        cAch += achieved;
        grid.push([`${area}.${c}.${s}`, `Tiêu chí thành phần ${area}.${c}.${s}`, fig(max), fig(achieved), fig(max), fig(max - achieved), "", ""]);
      }
      critRow.splice(2, 4, fig(cMax), fig(cAch), fig(cMax), fig(cMax - cAch));
      aMax += cMax;
      aAch += cAch;
    }
    areaRow.splice(2, 4, fig(aMax), fig(aAch), fig(aMax), fig(aMax - aAch));
  }
  grid.push(["", "Tổng cộng", "", "", "", "", "", ""]);
  return grid;
}
