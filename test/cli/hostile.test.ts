// Hostile cells in a real .xlsx: dates where points belong, errors, figures beyond any score. The CLI reports them,
// `check --json` stays valid under its published schema, and Hoàn tác's edits put dates back as xlsx dates.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEdits } from "../../cli/score-sheets.js";
import { ReportSchema, runScore, undoEdits, decodeSnapshot, encodeSnapshot } from "../../shared/index.js";
import { cchc, open, readSheet, save, sheet, tmp } from "./helpers.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

const MAY_1 = new Date(Date.UTC(2024, 4, 1));

/** Area 1's achieved cell holds 1 May 2024 (1,5 typed into a date-formatted cell), its max an error, a leaf 9·10¹². */
async function hostileFile(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bảng điểm");
  ws.addRows([
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu"],
    ["1", "Công tác chỉ đạo", null, MAY_1, 3],
    ["1.1", "a", 1, 1, 1],
    ["1.2", "b", 2, 0.5, 2],
    ["2", "Văn bản", 2, 9e12, 1e23],
    ["", "Tổng cộng", 5, 1.5, 9007199254740993],
  ]);
  ws.getCell("C2").value = { error: "#N/A" };
  ws.getCell("D2").numFmt = "dd/mm/yyyy";
  return save(wb, t.path(name));
}

describe("hostile values through the CLI", () => {
  it("check --json emits a report its published schema accepts, with each bad cell a finding and no huge number", async () => {
    const r = await cchc("check", await hostileFile("check.xlsx"), "--json");
    const report = JSON.parse(r.out) as unknown;
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const parsed = ReportSchema.parse(report);
    expect(parsed.diagnostics.map((d) => [d.code, d.cell])).toEqual(
      expect.arrayContaining([
        ["CELL_ERROR", "C2"],
        ["VALUE_DATE", "D2"],
        ["VALUE_IMPLAUSIBLE", "D5"],
        ["VALUE_IMPLAUSIBLE", "E5"],
        ["VALUE_IMPLAUSIBLE", "E6"],
      ]),
    );
    expect(parsed.diagnostics.find((d) => d.code === "VALUE_DATE")?.message).toContain("ô chứa ngày 01/05/2024");
    // the huge figures are named as typed (text), never carried as numbers
    const numbers: number[] = [];
    JSON.parse(r.out, (_, v: unknown) => (typeof v === "number" && numbers.push(v), v));
    expect(Math.max(...numbers.map(Math.abs))).toBeLessThanOrEqual(10_000);
    expect(parsed.diagnostics.find((d) => d.cell === "D5")?.found).toBe("9000000000000");
    expect(parsed.totals).toMatchObject({ max: 5, achieved: 1.5 });
  });

  it("score writes the area's sum where the date stood as points; Hoàn tác's edits put back the date as an xlsx date and the error as an error", async () => {
    const input = await hostileFile("score.xlsx");
    const output = t.path("score.out.xlsx");
    await cchc("score", input, "-o", output);
    const scored = sheet(await open(output), "Bảng điểm");
    expect(scored.getCell("D2").formula).toBe("SUM(D3:D4)");
    expect(scored.getCell("D2").numFmt).toBe("0.0##");
    expect(scored.getCell("C2").formula).toBe("SUM(C3:C4)");

    // what the snapshot of that run kept, through its stored form, applied to the scored file
    const grid = readSheet(sheet(await open(input), "Bảng điểm"));
    const snapshot = decodeSnapshot(encodeSnapshot(runScore({ name: "Bảng điểm", ...grid }).snapshot));
    const wb = await open(output);
    applyEdits(sheet(wb, "Bảng điểm"), undoEdits(snapshot!.cells));
    const undone = t.path("undone.xlsx");
    await save(wb, undone);
    const back = sheet(await open(undone), "Bảng điểm");
    expect(back.getCell("D2").value).toEqual(MAY_1);
    expect(back.getCell("D2").numFmt).toBe("dd/mm/yyyy");
    expect(back.getCell("C2").value).toEqual({ error: "#N/A" });
  });
});
