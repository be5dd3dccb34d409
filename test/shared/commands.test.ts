import { describe, expect, it } from "vitest";
import { runPlan, runScore } from "../../shared/commands.js";
import { undoEdits } from "../../shared/snapshot.js";
import { seed001Messy } from "../fixtures/seed001.js";

describe("runScore", () => {
  const values = seed001Messy();
  const result = runScore({ name: "Phụ lục", values }, {}, { summary: { values: [["cũ"]] } }, "2026-11-23T00:00:00.000Z");

  it("gives the host everything to write in one answer", () => {
    expect(result.report.totals.index).toBe(72.45);
    expect(result.edits.find((e) => e.cell === "D48")?.value).toBe(12.217);
    expect(result.findings.grid[result.findings.headerRow]?.[1]).toBe("Mã lỗi");
    expect(result.findings.links.map((l) => l.cell)).toContain("D48");
    expect(result.summary.grid[result.summary.totalRow]?.slice(2, 4)).toEqual([70.5, 51.077]);
    expect(result.sheetNames).toEqual({ findings: "Kiểm tra", summary: "Tổng hợp", comparison: "Tự chấm - Thẩm định" });
  });

  it("marks each faulty cell once, errors first", () => {
    const cells = result.highlights.map((h) => h.cell);
    expect(new Set(cells).size).toBe(cells.length);
    expect(result.highlights[0]?.severity).toBe("error");
    expect(cells).toContain("D48");
  });

  it("snapshots the edited cells and the result sheets it replaces or creates", () => {
    expect(result.snapshot.cells).toHaveLength(result.edits.length);
    expect(undoEdits(result.snapshot.cells).find((e) => e.cell === "D48")?.value).toBe("12,72");
    expect(result.snapshot.sheets).toEqual([
      { name: "Kiểm tra", existed: false },
      { name: "Tổng hợp", existed: true, cells: [{ row: 0, col: 0, value: "cũ" }] },
    ]);
  });
});

describe("runPlan", () => {
  it("builds the plan and snapshots the plan sheet it replaces", () => {
    const r = runPlan({ name: "Phụ lục", values: seed001Messy() }, { lang: "en" });
    expect(r.table.rows).toHaveLength(28);
    expect(r.sheetName).toBe("Kế hoạch khắc phục");
    expect(r.snapshot.sheets).toEqual([{ name: "Kế hoạch khắc phục", existed: false }]);
  });
});
