// Tổng hợp đơn vị through the built Code.js on a fake spreadsheet: every criteria sheet a unit, class colours as
// rules, two embedded charts, Hoàn tác, and service calls that grow with sheets at most, never with rows.
import { beforeAll, describe, expect, it } from "vitest";
import { UNDO_SHEET, UNITS_SHEET_NAMES } from "../../shared/index.js";
import { unitGrid, type UnitSpec } from "../fixtures/units.js";
import { fakeServices, FakeSpreadsheet, type FakeSheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

const UNITS: [string, UnitSpec][] = [
  ["TTYT Đại Lộc", { title: ["ĐƠN VỊ: TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", "NĂM 2024"], lost: { "2.2": 6.5, "2.1": 5 } }],
  ["BVĐK", { title: ["Đơn vị: Bệnh viện Đa khoa tỉnh"], lost: { "1.1": 5, "2.3": 3.75 } }],
  ["CDC", { title: ["Năm 2024"], lost: { "2.1": 10, "2.4": 1.5 } }],
  ["Quế Sơn", { title: ["Năm 2024"], lost: { "1.1": 10, "1.2": 8.5, "2.1": 10 }, drop: ["2.5"] }],
];

function book(rows = 0, units = UNITS) {
  const b = new FakeSpreadsheet();
  b._add("Hướng dẫn")._load([["Các đơn vị gửi bảng trước 15/12"]]);
  for (const [name, spec] of units) {
    const grid = unitGrid(spec);
    for (let i = 0; i < rows; i++) grid.splice(grid.length - 1, 0, [`2.5.${i + 1}`, `Khảo sát ${i + 1}`, 0, 0]);
    b._add(name)._load(grid);
  }
  return { b, ...loadCode(fakeServices(b)) };
}

type State = { canUndo: boolean; notice: string; units: { rank: number; unit: string; index: number; grade: string }[] };

describe("Tổng hợp đơn vị (built Code.js, fake SpreadsheetApp)", () => {
  beforeAll(ensureBuilt);

  it("ranks 1, 2, 2, 4 with classes, links each unit to its sheet, colours classes by rule and draws two charts", () => {
    const { b, g } = book();
    const state = g.sidebarUnits() as State;
    expect(state.units.map((u) => [u.unit, u.index, u.rank, u.grade])).toEqual([
      ["Bệnh viện Đa khoa tỉnh", 91.25, 1, "A"],
      ["CDC", 88.5, 2, "B"],
      ["TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", 88.5, 2, "B"],
      ["Quế Sơn", 70, 4, "C"],
    ]);
    expect(state.canUndo).toBe(true);
    const ws = b._find(UNITS_SHEET_NAMES.units) as FakeSheet;
    expect(b._active?._name).toBe(UNITS_SHEET_NAMES.units);
    const values = ws.getDataRange().getValues();
    const formulas = ws.getDataRange().getFormulas();
    expect(values.slice(6, 10).map((r) => [r[7], r[8], r[9]])).toEqual([[91.25, 1, "A"], [88.5, 2, "B"], [88.5, 2, "B"], [70, 4, "C"]]);
    expect(values[10]?.[1]).toBe("Trung bình");
    expect(formulas[6]?.[1]).toBe(`=HYPERLINK("#gid=${b._find("BVĐK")?.getSheetId()}&range=A1","Bệnh viện Đa khoa tỉnh")`);
    expect(ws._rules.map((r) => [r.formula, r.background, r.ranges[0]?.getA1Notation()])).toEqual([
      ['=$J7="A"', "#d9ead3", "A7:N10"],
      ['=$J7="B"', "#cfe2f3", "A7:N10"],
      ['=$J7="C"', "#fff2cc", "A7:N10"],
      ['=$J7="D"', "#f4cccc", "A7:N10"],
    ]);
    expect(ws._charts.map((c) => [c.type, c.ranges[0]?.getA1Notation(), c.options.title])).toEqual([
      ["COMBO", "B17:F21", "Chỉ số CCHC theo đơn vị (%)"],
      ["COLUMN", "B23:D27", "Tỉ lệ điểm từng lĩnh vực theo đơn vị (%)"],
    ]);
    expect(ws._charts[0]?.options.series).toEqual({ 1: { type: "line" }, 2: { type: "line" }, 3: { type: "line" } });

    const cmp = b._find(UNITS_SHEET_NAMES.comparison) as FakeSheet;
    const row21 = cmp.getDataRange().getValues().findIndex((r) => r[0] === "2.1");
    expect(cmp.getDataRange().getValues()[row21]?.slice(3, 7)).toEqual([20, 10, 15, 10]);
    expect([3, 4, 5, 6].map((c) => cmp._peek(row21, c)?.background ?? null)).toEqual([null, "#f4c7c3", null, "#f4c7c3"]);
    expect(cmp.frozenColumns).toBe(3);
  });

  it("makes the same number of service calls on short and long sheets, and one more set per sheet", () => {
    const calls = (rows: number, units = UNITS) => {
      const { b, g } = book(rows, units);
      const before = b._calls.count;
      g.sidebarUnits();
      return b._calls.count - before;
    };
    const four = calls(0);
    expect(calls(2000)).toBe(four);
    // a unit sheet costs its reads (name and id for the marks, data range, values, formulas) and its id for the
    // links (the first three units have no finding between them, so only the sheet count changes)
    expect(calls(0, UNITS.slice(0, 3)) - calls(0, UNITS.slice(0, 2))).toBe(6);
    expect(calls(0, UNITS.slice(0, 2)) - calls(0, UNITS.slice(0, 1))).toBe(6);
  });

  it("never reads its own sheets as units, and Hoàn tác removes them again", () => {
    const { b, g } = book();
    g.sidebarUnits();
    const first = (b._find(UNITS_SHEET_NAMES.units) as FakeSheet).getDataRange().getValues();
    (b._find(UNITS_SHEET_NAMES.units) as FakeSheet).getRange(1, 1).setValues([["ghi chú của tôi"]]);
    expect((g.sidebarUnits() as State).units).toHaveLength(4);
    g.sidebarUndo();
    // the second run's undo puts back the sheet as the user left it
    const back = (b._find(UNITS_SHEET_NAMES.units) as FakeSheet).getDataRange().getValues();
    expect(back[0]?.[0]).toBe("ghi chú của tôi");
    expect(back.slice(1, 10)).toEqual(first.slice(1, 10));
    expect(b._find(UNDO_SHEET)).toBeUndefined();
  });

  it("says so from the menu when no sheet holds a criteria table", () => {
    const b = new FakeSpreadsheet();
    b._add("Trang 1")._load([["Danh sách đơn vị"]]);
    const { g } = loadCode(fakeServices(b));
    g.menuUnits();
    expect(b.toasts).toEqual(["Không có trang tính nào chứa bảng tiêu chí (STT, Tiêu chí, Điểm tối đa) để tổng hợp. Chưa ghi gì."]);
    expect(b._sheets.map((s) => s._name)).toEqual(["Trang 1"]);
  });
});
