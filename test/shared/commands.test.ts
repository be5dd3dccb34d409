import { describe, expect, it } from "vitest";
import { runPlan, runScore } from "../../shared/commands.js";
import { undoEdits } from "../../shared/snapshot.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { withAchievedBlank } from "../fixtures/unscored.js";

describe("runScore", () => {
  const values = seed001Messy();
  const result = runScore({ name: "Phụ lục", values }, {}, { summary: { values: [["cũ"]] } }, "2026-11-23T00:00:00.000Z");

  it("gives the host everything to write in one answer", () => {
    expect(result.report.totals.index).toBe(72.45);
    expect(result.edits.find((e) => e.cell === "D48")?.value).toBe(12.217);
    expect(result.findings.grid[result.findings.headerRow]?.[1]).toBe("Mã lỗi");
    expect(result.findings.links.map((l) => l.cell)).toContain("D48");
    expect(result.summary.grid[result.summary.totalRow]?.slice(2, 4)).toEqual([70.5, 51.077]);
    expect(result.sheetNames).toEqual({ findings: "Kiểm tra", summary: "Tổng hợp", appraisal: "Tự chấm - Thẩm định" });
  });

  it("marks each faulty cell once, errors first", () => {
    const cells = result.highlights.map((h) => h.cell);
    expect(new Set(cells).size).toBe(cells.length);
    const severities = result.highlights.map((h) => h.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === "error" ? -1 : 1)));
  });

  it("reports the sheet as it is after the write: the sums it fixed are corrections, not findings", () => {
    const codes = result.report.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("ROLLUP_MISMATCH");
    expect(codes).not.toContain("TOTAL_MISMATCH");
    expect(result.corrections).toContainEqual(
      expect.objectContaining({ cell: "D48", row: 48, col: 3, from: 12.72, to: 12.217, code: "ROLLUP_MISMATCH", finding: expect.objectContaining({ cell: "D48" }) }),
    );
    expect(result.corrections.every((c) => c.from !== c.to)).toBe(true);
    const rows = result.findings.grid.map((r) => r.join("|"));
    expect(rows).toContain("Đã sửa|ROLLUP_MISMATCH|D48|3|12,72 → 12,217");
    expect(result.notice).toMatch(/Đã sửa \d+ ô ghi sai tổng/);
    expect(result.report.totals).toMatchObject({ max: 70.5, achieved: 51.077, index: 72.45 });
  });

  it("turns figures typed as text into the same numbers, so parents get live SUMs; undo gives the text back", () => {
    expect(result.converted).toBeGreaterThan(50);
    expect(result.report.diagnostics.map((d) => d.code)).not.toContain("NUMBER_AS_TEXT");
    expect(result.edits.find((e) => e.cell === "D48")?.formula).toMatch(/^=SUM\(/);
    const byCell = new Map(undoEdits(result.snapshot.cells).map((e) => [e.cell, e.value]));
    for (const e of result.edits.filter((x) => !x.formula && typeof byCell.get(x.cell) === "string")) {
      // same figure: "0,5" → 0.5
      expect(Number(String(byCell.get(e.cell)).replace(",", "."))).toBe(e.value);
    }
    expect(result.notice).toMatch(/Đã chuyển \d+ ô điểm lưu dạng văn bản thành số/);
  });

  it("leaves text figures as typed when settings say so, writing figures where a SUM would skip them", () => {
    const kept = runScore({ name: "Phụ lục", values }, { convertTextFigures: false });
    expect(kept.converted).toBe(0);
    expect(kept.report.diagnostics.map((d) => d.code)).toContain("NUMBER_AS_TEXT");
    expect(kept.edits.find((e) => e.cell === "D48")).toMatchObject({ value: 12.217 });
    expect(kept.edits.find((e) => e.cell === "D48")?.formula).toBeUndefined();
  });

  it("snapshots the edited cells and the result sheets it replaces or creates", () => {
    expect(result.snapshot.cells).toHaveLength(result.edits.length);
    expect(undoEdits(result.snapshot.cells).find((e) => e.cell === "D48")?.value).toBe("12,72");
    expect(result.snapshot.sheets).toEqual([
      { name: "Kiểm tra", kind: "findings", existed: false },
      { name: "Tổng hợp", kind: "summary", existed: true, cells: [{ row: 0, col: 0, value: "cũ" }] },
    ]);
  });
});

describe("runPlan", () => {
  it("builds the plan and snapshots the plan sheet it replaces", () => {
    const r = runPlan({ name: "Phụ lục", values: seed001Messy() }, { lang: "en" });
    if (r.notScored) throw new Error("the seed is scored");
    expect(r.table.rows).toHaveLength(28);
    expect(r.sheetName).toBe("Kế hoạch khắc phục");
    expect(r.snapshot.sheets).toEqual([{ name: "Kế hoạch khắc phục", kind: "plan", existed: false }]);
  });

  it("makes no plan of a sheet nobody has scored (no table, nothing to snapshot), and says so", () => {
    const blank = withAchievedBlank(seed001Messy());
    const r = runPlan({ name: "Phụ lục", values: blank });
    expect(r.notScored).toBe(true);
    expect(r).not.toHaveProperty("table");
    expect(r.report.diagnostics.filter((d) => d.code === "SHEET_NOT_SCORED")).toHaveLength(1);
  });

  it("writes where the shell says when a user's sheet holds our name, and the snapshot says so", () => {
    const r = runPlan({ name: "Phụ lục", values: seed001Messy() }, {}, {}, undefined, { plan: "Kế hoạch khắc phục (2)" });
    if (r.notScored) throw new Error("the seed is scored");
    expect(r.sheetName).toBe("Kế hoạch khắc phục (2)");
    expect(r.snapshot.sheets).toEqual([{ name: "Kế hoạch khắc phục (2)", kind: "plan", existed: false }]);
  });
});
