// Generated criteria sheets of any length: areas → criteria → three sub-criteria, parents typed by hand
// (area 1's achieved figure deliberately off), one area named like a formula.
export const HEADER = ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đạt được", "Mục tiêu", "Tăng/giảm", "Phòng phụ trách"];
export const TRAP_NAME = '=HYPERLINK("x")';

export interface Generated {
  grid: unknown[][];
  /** 0-based grid rows of leaves (sub-criteria) */
  leafRows: number[];
}

export function criteriaSheet(rows: number): Generated {
  const grid: unknown[][] = [HEADER];
  const leafRows: number[] = [];
  // numbers, as a Vietnamese-locale Excel stores what staff type
  const fmt = (x: number) => Math.round(x * 1000) / 1000;
  for (let area = 1; grid.length < rows; area++) {
    const areaRow = grid.length;
    grid.push([String(area), area === 2 ? TRAP_NAME : `LĨNH VỰC ${area}`, "", "", "", "", ""]);
    let areaMax = 0, areaAch = 0, areaTarget = 0;
    for (let c = 1; c <= 5 && grid.length < rows; c++) {
      const critRow = grid.length;
      grid.push([`${area}.${c}`, `Tiêu chí ${area}.${c}`, "", "", "", "", `Phòng ${c}`]);
      let max = 0, ach = 0, target = 0;
      for (let s = 1; s <= 3 && grid.length < rows; s++) {
        const a = [0, 0.25, 0.5][(area + c + s) % 3] as number;
        leafRows.push(grid.length);
        grid.push([`${area}.${c}.${s}`, `Tiêu chí thành phần ${area}.${c}.${s}`, 0.5, fmt(a), 0.5, fmt(0.5 - a), ""]);
        max += 0.5; ach += a; target += 0.5;
      }
      grid[critRow] = [`${area}.${c}`, `Tiêu chí ${area}.${c}`, fmt(max), fmt(ach), fmt(target), fmt(target - ach), `Phòng ${c}`];
      areaMax += max; areaAch += ach; areaTarget += target;
    }
    // a hand-typed total that drifted, as in seed 001's area 3
    grid[areaRow] = [String(area), area === 2 ? TRAP_NAME : `LĨNH VỰC ${area}`, fmt(areaMax), fmt(areaAch + (area === 1 ? 0.5 : 0)), fmt(areaTarget), fmt(areaTarget - areaAch), ""];
  }
  return { grid, leafRows };
}
