// Tổng hợp đơn vị in Excel, through the office-addin-mock fake: every criteria sheet is a unit, our sheets never are.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { UNDO_SHEET, UNITS_SHEET_NAMES } from "../../shared/index.js";
import { undoCommand } from "../../addin/excel/commands.js";
import { unitsCommand } from "../../addin/excel/units.js";
import { unitGrid, type UnitSpec } from "../fixtures/units.js";
import { FakeExcel, officeFor } from "./fake-excel.js";
import { MIN_EXCEL_API } from "../../addin/excel/support.js";

const AT = "2025-01-15T08:00:00.000Z";

beforeEach(() => {
  (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
});
afterEach(() => {
  delete (globalThis as any).Office;
});

const UNITS: [string, UnitSpec][] = [
  ["TTYT Đại Lộc", { title: ["ĐƠN VỊ: TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", "NĂM 2024"], lost: { "2.2": 6.5, "2.1": 5 } }],
  ["BVĐK", { title: ["Đơn vị: Bệnh viện Đa khoa tỉnh"], lost: { "1.1": 5, "2.3": 3.75 } }],
  ["CDC", { title: ["Năm 2024"], lost: { "2.1": 10, "2.4": 1.5 } }],
  ["Quế Sơn", { title: ["Năm 2024"], lost: { "1.1": 10, "1.2": 8.5, "2.1": 10 }, drop: ["2.5"] }],
];

function workbook(rows = 0): FakeExcel {
  const xl = new FakeExcel();
  xl.addSheet("Hướng dẫn", [["Các đơn vị gửi bảng trước 15/12"]]);
  for (const [name, spec] of UNITS) {
    const grid = unitGrid(spec);
    // a taller sheet for the round-trip count: more criteria rows under area 2, same figures
    for (let i = 0; i < rows; i++) grid.splice(grid.length - 1, 0, [`2.5.${i + 1}`, `Khảo sát ${i + 1}`, 0, 0]);
    xl.addSheet(name, grid);
  }
  return xl;
}

describe("Tổng hợp đơn vị (Excel)", () => {
  it("ranks the sheets 1, 2, 2, 4, writes both sheets with class colours, links and two native charts", async () => {
    const xl = workbook();
    const out = await unitsCommand(xl.context, {}, { at: AT });
    expect(out.units.map((u) => [u.unit, u.index, u.rank, u.grade])).toEqual([
      ["Bệnh viện Đa khoa tỉnh", 91.25, 1, "A"],
      ["CDC", 88.5, 2, "B"],
      ["TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", 88.5, 2, "B"],
      ["Quế Sơn", 70, 4, "C"],
    ]);
    expect(out.notice).toBe("Đã tổng hợp 4 đơn vị vào trang “Tổng hợp đơn vị” và “So sánh tiêu chí”; 0 lỗi, 1 cảnh báo khi tổng hợp.");
    const ws = xl.sheet(UNITS_SHEET_NAMES.units)!;
    expect(xl.active).toBe(UNITS_SHEET_NAMES.units);
    expect(ws.get(4, 1)?.value).toBe("Đơn vị");
    expect([6, 7, 8, 9].map((r) => [ws.get(r, 1)?.value, ws.get(r, 7)?.value, ws.get(r, 8)?.value, ws.get(r, 9)?.value])).toEqual([
      ["Bệnh viện Đa khoa tỉnh", 91.25, 1, "A"],
      ["CDC", 88.5, 2, "B"],
      ["TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", 88.5, 2, "B"],
      ["Quế Sơn", 70, 4, "C"],
    ]);
    expect(ws.get(10, 1)?.value).toBe("Trung bình");
    expect(ws.hyperlinks.get("B7")).toEqual({ documentReference: "'BVĐK'!A1", textToDisplay: "Bệnh viện Đa khoa tỉnh" });
    expect(ws.conditionalFormats.map((c) => [c.range, c.custom.rule.formula, c.custom.format.fill.color])).toEqual([
      ["A7:N10", '=$J7="A"', "#C6EFCE"],
      ["A7:N10", '=$J7="B"', "#DDEBF7"],
      ["A7:N10", '=$J7="C"', "#FFEB9C"],
      ["A7:N10", '=$J7="D"', "#FFC7CE"],
    ]);
    // the index chart: units with their index and one line per class threshold (A 90, B 80, C 70)
    expect(ws.charts.map((c) => [c.type, c.source])).toEqual([
      ["ColumnClustered", `${UNITS_SHEET_NAMES.units}!B17:F21`],
      ["ColumnClustered", `${UNITS_SHEET_NAMES.units}!B23:D27`],
    ]);
    expect(ws.charts[0]?.series).toEqual({ 1: { chartType: "Line" }, 2: { chartType: "Line" }, 3: { chartType: "Line" } });
    expect(ws.charts[0]?.mock.title.text).toBe("Chỉ số CCHC theo đơn vị (%)");
    expect(ws.get(17, 1)?.value).toBe("Bệnh viện Đa khoa tỉnh");

    const cmp = xl.sheet(UNITS_SHEET_NAMES.comparison)!;
    expect(cmp.get(3, 3)?.value).toBe("Bệnh viện Đa khoa tỉnh");
    expect(cmp.get(8, 0)?.value).toBe("2.1");
    expect([3, 4, 5, 6].map((c) => cmp.get(8, c)?.value)).toEqual([20, 10, 15, 10]);
    expect(cmp.hyperlinks.get("F4")).toEqual({ documentReference: "'TTYT Đại Lộc'!A1", textToDisplay: "TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC" });
    expect(cmp.frozen).toBe(`at:${UNITS_SHEET_NAMES.comparison}!A1:C4`);
  });

  it("makes the same few round trips whatever the rows, and never reads its own sheets as units", async () => {
    const counts: number[] = [];
    for (const rows of [0, 3000]) {
      const xl = workbook(rows);
      const out = await unitsCommand(xl.context, {}, { at: AT });
      expect(out.syncs).toBe(xl.syncs);
      counts.push(xl.syncs);
      // again, over a workbook that now holds our two sheets: still four units
      const again = await unitsCommand(xl.context, {}, { at: AT });
      expect(again.units).toHaveLength(4);
    }
    expect(counts).toEqual([3, 3]);
  });

  it("runs again into the same two sheets: a formula reading them keeps working, the two charts stay two", async () => {
    const xl = workbook();
    await unitsCommand(xl.context, {}, { at: AT });
    const [units, comparison] = [xl.sheet(UNITS_SHEET_NAMES.units), xl.sheet(UNITS_SHEET_NAMES.comparison)];
    const chartsOnce = units?.charts.length;
    expect(chartsOnce).toBe(2);
    const memo = xl.addSheet("Tờ trình");
    memo.type(0, 0, `='${UNITS_SHEET_NAMES.units}'!B6`);
    memo.type(1, 0, `='${UNITS_SHEET_NAMES.comparison}'!A1`);
    const typed = xl.snapshot("Tờ trình");
    const once = [xl.snapshot(UNITS_SHEET_NAMES.units), xl.snapshot(UNITS_SHEET_NAMES.comparison)];

    await unitsCommand(xl.context, {}, { at: AT });
    expect(xl.snapshot("Tờ trình")).toEqual(typed);
    expect(xl.sheet(UNITS_SHEET_NAMES.units)).toBe(units);
    expect(xl.sheet(UNITS_SHEET_NAMES.comparison)).toBe(comparison);
    expect([xl.snapshot(UNITS_SHEET_NAMES.units), xl.snapshot(UNITS_SHEET_NAMES.comparison)]).toEqual(once);
    expect(units?.charts).toHaveLength(2);
    await undoCommand(xl.context);
    expect(xl.snapshot("Tờ trình")).toEqual(typed);
  });

  it("Hoàn tác removes the sheets it created, and puts back ones it replaced", async () => {
    const xl = workbook();
    await unitsCommand(xl.context, {}, { at: AT });
    expect(xl.sheet(UNDO_SHEET)?.visibility).toBe("Hidden");
    await undoCommand(xl.context);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Hướng dẫn", ...UNITS.map(([n]) => n)]);

    await unitsCommand(xl.context, {}, { at: AT });
    // staff type a note on our sheet; the next run replaces it, Hoàn tác brings it back
    xl.sheet(UNITS_SHEET_NAMES.units)?.type(0, 0, "ghi chú của tôi");
    await unitsCommand(xl.context, {}, { at: AT });
    expect(xl.sheet(UNITS_SHEET_NAMES.units)?.get(0, 0)?.value).not.toBe("ghi chú của tôi");
    await undoCommand(xl.context);
    expect(xl.sheet(UNITS_SHEET_NAMES.units)?.get(0, 0)?.value).toBe("ghi chú của tôi");
  });

  it("a sheet of the user's called “Tổng hợp đơn vị” is never replaced: ours takes the next free name, and says so", async () => {
    const xl = workbook();
    xl.addSheet(UNITS_SHEET_NAMES.units, [["Bảng tổng hợp tự làm"]]);
    const before = xl.snapshot(UNITS_SHEET_NAMES.units);
    const out = await unitsCommand(xl.context, {}, { at: AT });
    expect(xl.snapshot(UNITS_SHEET_NAMES.units)).toEqual(before);
    expect(xl.sheet(`${UNITS_SHEET_NAMES.units} (2)`)?.get(6, 1)?.value).toBe("Bệnh viện Đa khoa tỉnh");
    expect(out.notice).toContain(`${UNITS_SHEET_NAMES.units} (2)`);
    // marked as ours: the next run writes there again, never into the user's sheet
    await unitsCommand(xl.context, {}, { at: AT });
    expect(xl.sheets.filter((s) => s.name.startsWith(UNITS_SHEET_NAMES.units)).map((s) => s.name).sort()).toEqual([UNITS_SHEET_NAMES.units, `${UNITS_SHEET_NAMES.units} (2)`]);
    expect(xl.snapshot(UNITS_SHEET_NAMES.units)).toEqual(before);
  });

  it("says so and writes nothing when no sheet holds a criteria table", async () => {
    const xl = new FakeExcel();
    xl.addSheet("Trang 1", [["Danh sách đơn vị"], ["BV A"]]);
    const out = await unitsCommand(xl.context, { lang: "en" }, { at: AT });
    expect(out.notice).toBe("No sheet holds a criteria table (Code, Criterion, Max points) to consolidate. Nothing was written.");
    expect(xl.sheets.map((s) => s.name)).toEqual(["Trang 1"]);
    expect(xl.syncs).toBe(2);
  });
});

describe("Tổng hợp đơn vị on Excel 2019 (ExcelApi 1.7, no shared runtime)", () => {
  it("ranks and writes both sheets, skipping only the page setup that Excel cannot do", async () => {
    const xl = workbook();
    xl.api = MIN_EXCEL_API;
    (globalThis as any).Office = new OfficeMockObject(officeFor(MIN_EXCEL_API, false) as never);
    const out = await unitsCommand(xl.context, {}, { at: AT });
    expect(out.units.map((u) => u.rank)).toEqual([1, 2, 2, 4]);
    expect(xl.sheet(UNITS_SHEET_NAMES.units)?.get(6, 1)?.value).toBe("Bệnh viện Đa khoa tỉnh");
    expect(xl.sheet(UNITS_SHEET_NAMES.comparison)).toBeDefined();
    expect(xl.sheet(UNITS_SHEET_NAMES.units)?.charts).toHaveLength(2);
  });
});
