import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankAll, rankOf } from "../../shared/rank.js";
import { unitTitle, titleYear } from "../../shared/unit-name.js";

describe("ranking by the index as published", () => {
  it("standard competition 1, 2, 2, 4 and dense 1, 2, 2, 3", () => {
    expect(rankAll([91.25, 88.5, 88.5, 70])).toEqual([1, 2, 2, 4]);
    expect(rankAll([91.25, 88.5, 88.5, 70], "dense")).toEqual([1, 2, 2, 3]);
    expect(rankAll([70, null, 91.25])).toEqual([2, null, 1]);
  });

  it("ties on two decimals: 88,499 and 88,50 share a place, float noise does not split one", () => {
    expect(rankAll([88.499, 88.5, 88.494])).toEqual([1, 1, 3]);
    expect(rankAll([(0.963 / 1.07) * 100, 90])).toEqual([1, 1]);
  });

  it("rankOf agrees with rankAll for every value (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }).map((h) => h / 100), { minLength: 1, maxLength: 30 }), fc.boolean(), (xs, dense) => {
        const mode = dense ? "dense" : "standard";
        const all = rankAll(xs, mode);
        xs.forEach((x, i) => expect(rankOf(x, xs, mode)).toBe(all[i]));
        // a higher index never ranks below a lower one
        xs.forEach((x, i) => xs.forEach((y, j) => x > y && expect(all[i] as number).toBeLessThan(all[j] as number)));
      }),
    );
  });
});

describe("the unit named in the title rows", () => {
  const at = (rows: unknown[][]) => unitTitle(rows, rows.length);

  it("reads ĐƠN VỊ: …, Đơn vị: …, Tên đơn vị …, and a name in the next cell", () => {
    expect(at([["ĐƠN VỊ: BỆNH VIỆN ĐA KHOA TỈNH"]])).toEqual({ name: "BỆNH VIỆN ĐA KHOA TỈNH", cell: "A1" });
    expect(at([[], ["", "Đơn vị : Trung tâm Y tế huyện Quế Sơn."]])).toEqual({ name: "Trung tâm Y tế huyện Quế Sơn", cell: "B2" });
    expect(at([["Tên đơn vị Trung tâm Kiểm soát bệnh tật"]])?.name).toBe("Trung tâm Kiểm soát bệnh tật");
    expect(at([["Tên đơn vị:", null, "Bệnh viện Phổi"]])?.name).toBe("Bệnh viện Phổi");
    // decomposed diacritics (macOS copies) read the same
    expect(at([["Đơn vị: BV Nhi".normalize("NFD")]])?.name).toBe("BV Nhi");
  });

  it("is not fooled by Đơn vị tính, Đơn vị chủ quản or a heading without a colon", () => {
    expect(at([["Đơn vị tính: điểm"], ["Đơn vị chủ quản: Sở Y tế"], ["Đơn vị được đánh giá năm 2024"]])).toBeNull();
    expect(at([["Đơn vị tính: điểm"], ["Đơn vị: BV Tâm thần"]])?.name).toBe("BV Tâm thần");
  });

  it("reads the year of the title", () => {
    expect(titleYear([["KẾT QUẢ CHẤM ĐIỂM NĂM 2024 (kèm Quyết định 12/QĐ-SYT 2025)"]], 1)).toBe(2024);
    expect(titleYear([["Kỳ đánh giá 2023"]], 1)).toBe(2023);
    expect(titleYear([["Bảng chấm điểm"]], 1)).toBeNull();
  });
});

describe("consolidation order (property)", () => {
  it("units come in rank order, ties share a rank and the next rank skips (standard) or not (dense)", async () => {
    const { consolidate } = await import("../../shared/consolidate.js");
    const unit = (i: number, index: number | null) => ({
      unit: `Đơn vị ${i}`, nameFrom: "file" as const, nameCell: "", file: `${i}.xlsx`, sheet: "S", year: null,
      max: 100, self: null, achieved: index ?? 0, bonus: null, penalty: null, score: index ?? 0, index,
      areas: [], criteria: [], declaredTotal: null, totalRow: 0, codeColumn: "A", maxColumn: "C", counts: { errors: 0, warnings: 0 },
    });
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10000 }).map((h) => h / 100), { nil: null }), { minLength: 1, maxLength: 40 }), fc.boolean(), (xs, dense) => {
        const c = consolidate(xs.map((x, i) => unit(i, x)), { rank: dense ? "dense" : "standard" });
        const ranks = c.units.map((u) => u.rank);
        const ranked = ranks.filter((r): r is number => r !== null);
        // ranked first, in non-decreasing rank; equal published indexes, equal ranks
        expect(ranks.slice(0, ranked.length)).toEqual(ranked);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i] as number).toBeGreaterThanOrEqual(ranked[i - 1] as number);
        c.units.forEach((u, i) => {
          const v = c.units[i + 1];
          if (v && u.index !== null && v.index !== null) expect(u.rank === v.rank).toBe(u.index === v.index);
        });
        if (ranked.length) expect(ranked[0]).toBe(1);
        // standard: a rank is 1 + the number of units above it; dense: 1 + the number of distinct indexes above
        c.units.forEach((u) => {
          if (u.index === null) return;
          const above = c.units.filter((v) => v.index !== null && (v.index as number) > (u.index as number));
          expect(u.rank).toBe(1 + (dense ? new Set(above.map((v) => v.index)).size : above.length));
        });
      }),
    );
  });
});
