import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { encodeLegacy } from "../../shared/legacy-encoding.js";
import { planTable } from "../../shared/plan.js";
import { ReportSchema } from "../../shared/report-schema.js";
import { ENCODINGS, LEGACY_VARIANTS, seed001Legacy, typedIn } from "../fixtures/legacy.js";
import { seed001Messy } from "../fixtures/seed001.js";

const unicode = analyzeSheet(seed001Messy(), { sheet: "Phụ lục" }).report;

describe("a criteria sheet typed in a legacy encoding", () => {
  it("finds the issue's TCVN3 header instead of saying there is none", () => {
    const grid = [
      ["STT", "Tiªu chÝ", "§iÓm tèi ®a", "§iÓm tù chÊm"],
      ["1", "C«ng t¸c chØ ®¹o", 2, 1.5],
      ["", "Tæng céng", 2, 1.5],
    ];
    const { report } = analyzeSheet(grid);
    expect(report.headerRow).toBe(1);
    expect(report.columns).toMatchObject({ code: "A", name: "B", max: "C", achieved: "D" });
    expect(report.criteria[0]?.name).toBe("Công tác chỉ đạo");
    expect(report.diagnostics.map((d) => d.code)).toEqual(["LEGACY_ENCODING"]);
    expect(report.diagnostics[0]).toMatchObject({ severity: "warning", found: "TCVN3", expected: 5, detail: "B, C, D", cell: "" });
    expect(report.diagnostics[0]?.message).toBe(
      "5 ô (cột B, C, D) gõ bằng bảng mã cũ TCVN3 (ABC, .VnTime); đã đọc thành Unicode. Bấm “Chuyển sang Unicode” (CLI: --to-unicode) để chuyển hẳn chữ trên trang.",
    );
  });

  for (const encoding of ENCODINGS) {
    for (const variant of LEGACY_VARIANTS) {
      it(`${encoding}, ${variant}: seed 001 scores exactly, with Unicode names, owners and plan, and says so once`, () => {
        const grid = seed001Legacy(encoding, variant);
        const { report, ...analysis } = analyzeSheet(grid, { sheet: "Phụ lục" });
        const plain = seed001Messy();
        // a cell typed in the legacy encoding comes back as its typist could type it
        const typed = (row: number, col: number, text: string) => (grid[row - 1]?.[col] === plain[row - 1]?.[col] ? text : typedIn(encoding, text));
        expect(ReportSchema.safeParse(report).success).toBe(true);
        expect(report.totals).toEqual(unicode.totals);
        expect(report.counts).toEqual({ ...unicode.counts, warnings: unicode.counts.warnings + 1 });
        expect(report.columns).toEqual(unicode.columns);
        const legacy = report.diagnostics.filter((d) => d.code === "LEGACY_ENCODING");
        expect(legacy).toHaveLength(1);
        expect(legacy[0]?.found).toBe(encoding);
        expect(report.diagnostics.filter((d) => d.code !== "LEGACY_ENCODING")).toEqual(unicode.diagnostics);
        // every text of every criterion: name, owner (inherited), note
        expect(report.criteria).toEqual(unicode.criteria.map((c) => ({ ...c, name: typed(c.row, 1, c.name), note: typed(c.row, 7, c.note) })));
        expect(report.owners.map((o) => o.owner)).toEqual(unicode.owners.map((o) => o.owner));
        const plan = planTable({ report, ...analysis }, "vi");
        expect(plan.grid.flat().join(" ")).not.toMatch(/[§ª«¬®¸µ¶·¹»¼½¾]|ieâ|oø|ñ/);
      });
    }
    it(`${encoding}: names which columns and counts the cells`, () => {
      const header = legacyFinding(seed001Legacy(encoding, "header"));
      expect(header).toMatchObject({ found: encoding, detail: "A, B, C, D, E, F, G, H" });
      const whole = legacyFinding(seed001Legacy(encoding, "whole"));
      expect(whole.detail).toBe("A, B, C, D, E, F, G, H");
      expect(Number(whole.expected)).toBeGreaterThan(100);
      expect(Number(legacyFinding(seed001Legacy(encoding, "mixed")).expected)).toBeLessThan(Number(whole.expected));
    });
  }

  it.each(ENCODINGS)("%s: coordinator, evidence and note are Unicode in the report and the plan", (encoding) => {
    const head = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Phòng phụ trách", "Phối hợp", "Tài liệu kiểm chứng", "Ghi chú"];
    const rows = [
      ["1", "Công tác chỉ đạo điều hành", 2, 1, "Văn phòng Sở", "Tổ chức cán bộ", "Quyết định số 12/QĐ-SYT", "Cần bổ sung minh chứng"],
      ["", "Tổng cộng", 2, 1, "", "", "", ""],
    ];
    const grid = [head, ...rows].map((r) => r.map((v) => (typeof v === "string" ? encodeLegacy(v, encoding) : v)));
    const { report, ...analysis } = analyzeSheet(grid);
    expect(report.criteria[0]).toMatchObject({ name: "Công tác chỉ đạo điều hành", owner: "Văn phòng Sở", coordinator: "Tổ chức cán bộ", evidence: "Quyết định số 12/QĐ-SYT", note: "Cần bổ sung minh chứng" });
    const plan = planTable({ report, ...analysis }, "vi");
    expect(plan.rows[0]).toMatchObject({ name: "Công tác chỉ đạo điều hành", owner: "Văn phòng Sở", coordinator: "Tổ chức cán bộ" });
  });

  it("reports each encoding when a sheet mixes both", () => {
    const grid = [
      ["STT", encodeLegacy("Tiêu chí", "TCVN3"), encodeLegacy("Điểm tối đa", "VNI"), "Điểm đạt"],
      ["1", "Kế hoạch", 1, 1],
    ];
    const codes = analyzeSheet(grid).report.diagnostics.map((d) => [d.code, d.found]);
    expect(codes).toEqual([
      ["LEGACY_ENCODING", "TCVN3"],
      ["LEGACY_ENCODING", "VNI"],
    ]);
  });

  it("says nothing on Unicode sheets", () => {
    expect(unicode.diagnostics.some((d) => d.code === "LEGACY_ENCODING")).toBe(false);
  });
});

function legacyFinding(grid: unknown[][]) {
  const d = analyzeSheet(grid).report.diagnostics.find((x) => x.code === "LEGACY_ENCODING");
  if (!d) throw new Error("no LEGACY_ENCODING finding");
  return d;
}
