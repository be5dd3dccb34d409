// One mark for every host: a workbook scored by cchc and opened in Excel has its sheets recognised by the same
// defined names, so Excel rewrites them in place and keeps the user's own “Tổng hợp”.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { scoreCommand } from "../../addin/excel/commands.js";
import { cchc, open, readSheet, save, tmp } from "../cli/helpers.js";
import { userSummary, withUserSheets } from "../cli/user-sheets.js";
import { FakeExcel } from "./fake-excel.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());
beforeEach(() => {
  (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
});
afterEach(() => {
  delete (globalThis as any).Office;
});

describe("cchc → Excel", () => {
  it("Excel finds the sheets cchc wrote by their defined names: nothing added, the user's sheet kept", async () => {
    const input = await save(withUserSheets([userSummary("Tổng hợp")]), t.path("cross-in.xlsx"));
    const scored = t.path("cross-scored.xlsx");
    expect((await cchc("score", input, "-o", scored)).code).toBe(0);
    // the workbook as Excel opens it: every sheet's cells and the workbook's defined names
    const wb = await open(scored);
    const xl = new FakeExcel();
    for (const ws of wb.worksheets) xl.addSheet(ws.name, readSheet(ws).values);
    for (const d of wb.definedNames.model) if (d.ranges[0]) xl.names.set(d.name, d.ranges[0]);
    xl.active = wb.worksheets[0]!.name;
    const userBefore = xl.snapshot("Tổng hợp");
    const out = await scoreCommand(xl.context, {}, "2024-01-01T00:00:00.000Z");
    expect(out.notice).not.toContain("kết quả ghi vào trang");
    expect(xl.sheets.map((s) => s.name).sort()).toEqual([wb.worksheets[0]!.name, "Tổng hợp", "Kiểm tra", "Tổng hợp (2)", "_cchc_hoan_tac"].sort());
    expect(xl.snapshot("Tổng hợp")).toEqual(userBefore);
  });
});
