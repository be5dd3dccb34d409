// The criteria sheet is the one with the most criteria rows; the others are named.
import { describe, expect, it } from "vitest";
import { chooseCriteriaSheet } from "../../shared/index.js";
import { seed001Clean } from "../fixtures/seed001.js";

const HEADER = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"];
/** an instructions sheet showing staff one example row under a real header */
const GUIDE = [["HƯỚNG DẪN NHẬP LIỆU"], ["Ví dụ:"], HEADER, ["1.1", "Kế hoạch CCHC", 1.5, 1], [], ["Ghi mã tiêu chí dạng 1.1, 1.1.1"]];
/** a real 14-criterion sheet of another province */
function fourteen(): unknown[][] {
  const rows: unknown[][] = [["BẢNG TỰ CHẤM ĐIỂM"], HEADER, ["1", "Lĩnh vực 1", 7, 5]];
  for (let i = 1; i <= 13; i++) rows.push([`1.${i}`, `Tiêu chí 1.${i}`, i === 13 ? 1 : 0.5, i % 2 ? 0.5 : 0]);
  return rows;
}

describe("chooseCriteriaSheet", () => {
  it("an instructions sheet with a one-row example loses to the real 14-criterion sheet, wherever it sits", () => {
    for (const order of [0, 1]) {
      const sheets = [
        { name: "Hướng dẫn", values: GUIDE },
        { name: "Bảng chấm", values: fourteen() },
      ];
      if (order) sheets.reverse();
      const choice = chooseCriteriaSheet(sheets);
      expect(sheets[choice!.index]?.name).toBe("Bảng chấm");
      expect(choice!.criteria).toBe(14);
      expect(choice!.others).toEqual([{ sheet: "Hướng dẫn", criteria: 1 }]);
    }
  });

  it("seed 001 wins over both, sheets without a header are not candidates", () => {
    const choice = chooseCriteriaSheet([
      { name: "Hướng dẫn", values: GUIDE },
      { name: "Ghi chú", values: [["Không có bảng ở đây"]] },
      { name: "Bảng 14", values: fourteen() },
      { name: "Bảng tiêu chí 2021", values: seed001Clean() },
    ]);
    expect(choice?.index).toBe(3);
    expect(choice?.others.map((o) => o.sheet)).toEqual(["Bảng 14", "Hướng dẫn"]);
  });

  it("equal counts: the first in tab order; no header anywhere: null", () => {
    expect(chooseCriteriaSheet([{ name: "A", values: fourteen() }, { name: "B", values: fourteen() }])?.index).toBe(0);
    expect(chooseCriteriaSheet([{ name: "A", values: [["x"]] }])).toBeNull();
  });
});
