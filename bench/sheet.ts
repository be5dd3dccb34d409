// Generated criteria sheets of any size, shaped like seed 001: areas → criteria → sub-criteria,
// figures typed as text with decimal commas, owners on criteria, a total row.

/**
 * What the figure cells (max, achieved, target, change) hold:
 * - filled: a scored sheet whose sums agree;
 * - template: max and target typed, achieved and change blank (every sheet before scoring);
 * - blank: every figure blank; text: every figure a word; error: every figure `#N/A`.
 */
export type SheetFill = "filled" | "template" | "blank" | "text" | "error";
export const SHEET_FILLS: readonly SheetFill[] = ["filled", "template", "blank", "text", "error"];

export function generateSheet(rows: number, fill: SheetFill = "filled"): unknown[][] {
  const grid: unknown[][] = [
    ["MỤC TIÊU, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"],
    [],
    ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đạt được", "Mục tiêu", "Tăng/giảm", "Phòng phụ trách", "Ghi chú"],
  ];
  const owners = ["Văn phòng Sở", "Tổ chức Cán bộ", "Kế hoạch Tài chính", "Nghiệp vụ"];
  const fig = (m: number) => String(m / 1000).replace(".", ",");
  /** max, achieved, target, change as the fill has them */
  const figures = (max: number, achieved: number): unknown[] => {
    switch (fill) {
      case "filled":
        return [fig(max), fig(achieved), fig(max), fig(max - achieved)];
      case "template":
        return [fig(max), "", fig(max), ""];
      case "blank":
        return ["", "", "", ""];
      case "text":
        return ["chưa chấm", "đạt", "chưa có", "không đổi"];
      case "error":
        return ["#N/A", "#N/A", "#N/A", "#N/A"];
    }
  };
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
        grid.push([`${area}.${c}.${s}`, `Tiêu chí thành phần ${area}.${c}.${s}`, ...figures(max, achieved), "", ""]);
      }
      critRow.splice(2, 4, ...figures(cMax, cAch));
      aMax += cMax;
      aAch += cAch;
    }
    areaRow.splice(2, 4, ...figures(aMax, aAch));
  }
  grid.push(["", "Tổng cộng", "", "", "", "", "", ""]);
  // as a host hands values over (parsed from its JSON): every string flat, none built up from pieces
  return JSON.parse(JSON.stringify(grid)) as unknown[][];
}

/** One column of a grid as a host hands a whole-column range to a custom function (n × 1). */
export function column(grid: readonly unknown[][], c: number): unknown[][] {
  return grid.map((row) => [row[c] ?? ""]);
}
