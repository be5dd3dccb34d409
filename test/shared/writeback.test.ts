import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { scoreEdits } from "../../shared/writeback.js";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";

describe("scoreEdits", () => {
  const grid = seed001Clean();
  const analysis = analyzeSheet(grid);
  const leafRows = new Set(analysis.nodes.filter((n) => n.children.length === 0).map((n) => n.row));

  it("writes SUM formulas into parents, carrying their exact result", () => {
    const edits = scoreEdits(analysis, "formulas");
    expect(edits.find((e) => e.cell === "D38")).toMatchObject({ formula: "=SUM(D39,D43:D44,D52,D55)", value: 12.217 });
    expect(edits.find((e) => e.cell === "D110")).toMatchObject({ formula: "=SUM(D2,D24,D38,D56,D66,D77,D89)", value: 51.077 });
    expect(edits.find((e) => e.cell === "F38")).toMatchObject({ formula: "=E38-D38", value: 1.783 });
  });

  it("never touches a leaf's own figures", () => {
    for (const mode of ["formulas", "values"] as const) {
      for (const e of scoreEdits(analysis, mode)) {
        if (leafRows.has(e.row)) expect(e.col).toBe(5); // only the change column
      }
    }
  });

  it("in values mode writes only the figures that change", () => {
    const edits = scoreEdits(analysis, "values");
    expect(edits.map((e) => e.cell).sort()).toEqual(["D110", "D38", "F110", "F38"]);
    expect(edits.every((e) => e.formula === undefined)).toBe(true);
  });

  it("leaves cells alone that already hold the same formula with its result, as after a first Tính điểm", () => {
    const first = scoreEdits(analysis, "formulas");
    expect(first.every((e) => e.formula)).toBe(true);
    const values = grid.map((r) => [...r]);
    const formulas: string[][] = grid.map((r) => r.map(() => ""));
    for (const e of first) {
      (values[e.row] as unknown[])[e.col] = e.value;
      (formulas[e.row] as string[])[e.col] = e.formula as string;
    }
    expect(scoreEdits(analyzeSheet(values, { formulas }), "formulas", formulas)).toEqual([]);
    // a file saved without formula results (LibreOffice) shows blanks to readers that do not recompute: rewrite
    const blanks = values.map((r, i) => r.map((v, c) => (formulas[i]?.[c] ? null : v)));
    expect(scoreEdits(analyzeSheet(blanks, { formulas }), "formulas", formulas)).toHaveLength(first.length);
  });

  it("writes figures where a formula would read a figure typed as text (SUM skips text)", () => {
    const messy = analyzeSheet(seed001Messy());
    const edits = scoreEdits(messy, "formulas");
    // leaves hold "0,5"-style text: parents get numbers, typed-as-text parent figures become numbers too
    expect(edits.find((e) => e.cell === "D48")).toEqual({ row: 47, col: 3, cell: "D48", value: 12.217 });
    expect(edits.find((e) => e.cell === "D7")).toEqual({ row: 6, col: 3, cell: "D7", value: 6.18 });
    // a parent's change column reads cells we just wrote as numbers: a formula is safe there
    expect(edits.find((e) => e.cell === "F48")).toMatchObject({ formula: "=E48-D48", value: 1.783 });
    // a leaf's change column reads the leaf's text figures: a figure
    expect(edits.find((e) => e.cell === "F9")?.formula).toBeUndefined();
    expect(messy.report.diagnostics.filter((d) => d.code === "NUMBER_AS_TEXT").map((d) => d.role)).toEqual(["max", "achieved", "target", "delta"]);
  });
});

describe("edits whatever the column choices", () => {
  const leafFigures = (a: ReturnType<typeof analyzeSheet>) => {
    const cols = a.header?.columns ?? {};
    return new Set(a.nodes.filter((n) => n.children.length === 0).flatMap((n) => [cols.max, cols.achieved, cols.target].filter((c) => c !== undefined).map((c) => `${n.row},${c}`)));
  };
  const cases: [string, unknown[][], Record<string, string>][] = [
    // found by the pipeline fuzz: a points role chosen on the code column wrote a leaf's code cell
    ["target and change chosen on the code column", [["STT", "Tiêu chí", "Điểm tự chấm", "Điểm tối đa"], ["1", "a", 0, 1], ["2", "b", 1, 1]], { target: "A", delta: "A" }],
    // …and max chosen on the achieved column wrote the parent's cell twice (as max, then as achieved)
    ["max chosen on the achieved column", [["Tiêu chí", "STT", "Điểm tối đa", "Điểm tự chấm"], ["A", "1", 3, 2], ["a", "1.1", 1, 1], ["b", "1.2", 2, 1], ["Tổng cộng", "", 9, 9]], { max: "D" }],
    ["achieved chosen on a text column, a Tổng cộng row with figures and no code", [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Phòng phụ trách", "Tăng/giảm", "Mục tiêu"], ["1", "A", 3, 2, "VP", 0, 2], ["1.1", "a", 1, 1, "", 0, 1], ["1.2", "b", 2, 1, "KHTC", 0, 1], ["", "Tổng cộng", 3, 2, "", 0, 2]], { achieved: "E" }],
    ["achieved chosen on the change column", [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"], ["1", "A", 3, 2, 3, 1], ["1.1", "a", 1, 1, 2, 1], ["1.2", "b", 2, 1, 1, 0], ["Tổng cộng", "", 3, 2, 3, 1]], { achieved: "F" }],
  ];
  it.each(cases)("never touch a leaf's figure nor name a cell twice: %s", (_, grid, columns) => {
    for (const writeMode of ["formulas", "values"] as const) {
      const a = analyzeSheet(grid, { settings: { columns, writeMode } });
      const edits = scoreEdits(a);
      const cells = edits.map((e) => e.cell);
      expect(new Set(cells).size).toBe(cells.length);
      const leaves = leafFigures(a);
      for (const e of edits) expect(leaves.has(`${e.row},${e.col}`)).toBe(false);
      // one role per column, and the codes and names stay where the header puts them
      const used = Object.values(a.header?.columns ?? {});
      expect(new Set(used).size).toBe(used.length);
      expect(a.header?.columns.code).toBe(grid[0]!.indexOf("STT"));
    }
  });
  it("say why a choice was set aside: a column of text holds no figures", () => {
    const a = analyzeSheet(cases[2]![1], { settings: { columns: { achieved: "E" } } });
    expect(a.report.overrides).toEqual({});
    expect(a.report.columns.achieved).toBe("D");
    expect(a.report.diagnostics.map((d) => [d.code, d.found, d.detail])).toEqual([["COLUMN_OVERRIDE_IGNORED", "E", "D"]]);
  });
  it("give a chosen column its role and take it from the role the header gave it", () => {
    const a = analyzeSheet(cases[3]![1], { settings: { columns: { achieved: "F" } } });
    expect(a.report.columns).toMatchObject({ achieved: "F", target: "E" });
    expect(a.report.columns.delta).toBeUndefined();
  });
});

