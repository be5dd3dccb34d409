// The layout families in Excel (fake workbook through office-addin-mock): same reading as the core and the CLI,
// and a slip in a code leaves the typed total as it is.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { scoreCommand } from "../../addin/excel/commands.js";
import { romanAreas, sections } from "../fixtures/layouts.js";
import { FakeExcel } from "./fake-excel.js";

const AT = "2024-01-01T00:00:00.000Z";

beforeEach(() => {
  (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
});
afterEach(() => {
  delete (globalThis as any).Office;
});

describe("Excel: Roman areas, sections, signature blocks", () => {
  it("scores areas I, II, III with criteria restarting, and a seed-004-shaped sheet, with no finding", async () => {
    for (const layout of [romanAreas("plain"), sections("blank-sections")]) {
      const xl = new FakeExcel();
      xl.addSheet("Bảng điểm", layout.grid);
      const out = await scoreCommand(xl.context, {}, AT);
      expect(out.report?.totals).toMatchObject({ max: layout.expected.max, achieved: layout.expected.achieved });
      expect(out.report?.diagnostics).toEqual([]);
      expect(out.report?.criteria.map((c) => c.code)).toEqual(layout.expected.paths);
    }
  });

  it("a mistyped code leaves the typed total and its area as they are", async () => {
    const grid = romanAreas("plain").grid.map((r) => [...r]);
    (grid[12] as unknown[])[0] = "2.."; // criterion 2 of area II
    const xl = new FakeExcel();
    xl.addSheet("Bảng điểm", grid);
    const out = await scoreCommand(xl.context, {}, AT);
    const ws = xl.sheet("Bảng điểm")!;
    expect([ws.get(16, 2)?.value, ws.get(16, 3)?.value, ws.get(10, 3)?.value]).toEqual([11, 8.5, 2.5]);
    expect(ws.get(16, 3)?.formula ?? "").not.toMatch(/SUM/);
    expect(out.report?.diagnostics.filter((d) => d.code === "WRITE_HELD").map((d) => d.detail)).toEqual(["C11, D11", "C17, D17"]);
  });
});
