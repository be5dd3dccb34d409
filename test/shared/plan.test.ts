import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { PLAN_COLUMNS, planTable, weakCriteria } from "../../shared/plan.js";
import { seed001Messy } from "../fixtures/seed001.js";

const analysis = analyzeSheet(seed001Messy(), { sheet: "Phụ lục" });
const col = (key: string) => PLAN_COLUMNS.findIndex((c) => c.key === key);

describe("weak criteria", () => {
  it("lists exactly the 28 leaves that lost points, by code, ranked by points lost", () => {
    const rows = weakCriteria(analysis);
    expect(rows).toHaveLength(28);
    expect(rows.map((r) => r.code).slice(0, 4)).toEqual(["1.1.1", "1.3.2", "1.3.3", "1.5.3"]);
    expect(rows.find((r) => r.priority === 1)).toMatchObject({ lost: 2, code: "1.8" });
    expect(new Set(rows.map((r) => r.priority)).size).toBe(28);
    expect(rows.find((r) => r.code === "3.3.4")).toMatchObject({ lost: 0.033, owner: "Văn phòng Sở", area: "3" });
  });

  it("marks rows whose target plans no gain", () => {
    const rows = weakCriteria(analysis);
    expect(rows.find((r) => r.code === "3.3.2")?.status).toBe("noGain");
    expect(rows.find((r) => r.code === "7.2.2")?.status).toBe("noGain");
    expect(rows.find((r) => r.code === "1.8")?.status).toBe("open");
  });
});

describe("planTable", () => {
  const table = planTable(analysis, "vi");

  it("groups the rows under bold area headings, in the seed's columns", () => {
    expect(table.grid[table.headerRow]).toEqual(PLAN_COLUMNS.map((c) => c.vi));
    const areas = table.grid.filter((_, i) => table.kinds[i] === "area").map((r) => r[col("stt")]);
    expect(areas).toEqual(["1", "3", "4", "5", "6", "7"]);
    expect(table.kinds.filter((k) => k === "item")).toHaveLength(28);
    const first = table.grid[table.kinds.indexOf("item")] as unknown[];
    expect(first.slice(0, 8)).toEqual([1, "1.1.1", "Ban hành kế hoạch CCHC", 0.5, 0, 0.5, 0.5, 10]);
    expect(first[col("owner")]).toBe("Văn phòng Sở");
    expect(first[col("status")]).toBe("Cần khắc phục");
  });

  it("keeps every typed cell on re-generation, without duplicating rows", () => {
    const typed = table.grid.map((r) => [...r]);
    const at = typed.findIndex((r) => r[col("code")] === "3.3.4");
    (typed[at] as unknown[])[col("solution")] = "Rà soát hồ sơ trễ hạn hằng tuần";
    (typed[at] as unknown[])[col("owner")] = "Phòng Nghiệp vụ";
    (typed[at] as unknown[])[col("deadline")] = "Quý II/2021";
    (typed[at] as unknown[])[17] = "cột riêng";
    typed.splice(at + 1, 0, [null, null, "Việc phát sinh do phòng tự thêm"]);
    const again = planTable(analysis, "vi", { values: typed });
    const row = again.grid.find((r) => r[col("code")] === "3.3.4") as unknown[];
    expect(row[col("solution")]).toBe("Rà soát hồ sơ trễ hạn hằng tuần");
    expect(row[col("owner")]).toBe("Phòng Nghiệp vụ");
    expect(row[col("deadline")]).toBe("Quý II/2021");
    expect(row[17]).toBe("cột riêng");
    const next = again.grid[again.grid.indexOf(row) + 1] as unknown[];
    expect(next[2]).toBe("Việc phát sinh do phòng tự thêm");
    expect(again.grid.filter((r) => r[col("code")] === "3.3.4")).toHaveLength(1);
    expect(again.kinds.filter((k) => k === "item")).toHaveLength(28);
  });

  it("marks a criterion no longer weak as resolved instead of deleting it", () => {
    const typed = table.grid.map((r) => [...r]);
    const at = typed.findIndex((r) => r[col("code")] === "1.8");
    (typed[at] as unknown[])[col("progress")] = "Đã hoàn thành tháng 6";
    const better = seed001Messy().map((r) => (r[0] === "1.8" ? [r[0], r[1], "2", "2", "2", "0", r[6]] : r));
    const again = planTable(analyzeSheet(better), "vi", { values: typed });
    const row = again.grid.find((r) => r[col("code")] === "1.8") as unknown[];
    expect(row[col("status")]).toBe("Đã khắc phục");
    expect(row[col("progress")]).toBe("Đã hoàn thành tháng 6");
    expect(row[col("lost")]).toBe(0);
    expect(again.stats).toMatchObject({ weak: 27, resolved: 1 });
  });

  it("never loses a typed cell, whatever is typed where (property)", () => {
    const typedCols = PLAN_COLUMNS.map((c, i) => [c, i] as const).filter(([c]) => c.kind !== "generated").map(([, i]) => i);
    const items = table.kinds.map((k, i) => (k === "item" ? i : -1)).filter((i) => i >= 0);
    const edit = fc.record({
      row: fc.constantFrom(...items),
      col: fc.constantFrom(...typedCols),
      text: fc.oneof(fc.string({ minLength: 1 }), fc.integer().map(String), fc.constant("=HYPERLINK(\"x\")")),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const typed = table.grid.map((r) => [...r]);
        for (const e of edits) (typed[e.row] as unknown[])[e.col] = e.text;
        const again = planTable(analysis, "vi", { values: typed });
        const twice = planTable(analysis, "vi", { values: again.grid });
        for (const out of [again, twice]) {
          for (const e of edits) {
            const code = (typed[e.row] as unknown[])[col("code")];
            const row = out.grid.find((r) => r[col("code")] === code) as unknown[];
            const last = edits.filter((x) => x.row === e.row && x.col === e.col).at(-1);
            if (last?.text.trim()) expect(row[e.col]).toBe(last.text);
          }
          expect(out.kinds.filter((k) => k === "item")).toHaveLength(28);
        }
        expect(twice.grid).toEqual(again.grid);
      }),
      { numRuns: 60 },
    );
  });

  it("writes in English on request", () => {
    const en = planTable(analysis, "en");
    expect(en.grid[en.headerRow]?.[col("solution")]).toBe("Solution");
  });
});
