import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { scoreEdits } from "../../shared/writeback.js";
import { distrust } from "../../shared/trust.js";
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

  it("leaves staff's own formula alone where it gives the right figure; rewrites it where it does not", () => {
    const grid = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "Lĩnh vực 1", 3, 2.5],
      ["1.1", "a", 1, 1],
      ["1.2", "b", 2, 1.5],
      ["2", "Lĩnh vực 2", 2, 9],
      ["2.1", "c", 2, 1],
    ];
    const formulas = grid.map((row) => row.map(() => ""));
    (formulas[1] as string[])[2] = "=C3+C4";
    (formulas[1] as string[])[3] = "=D3+D4";
    (formulas[4] as string[])[3] = "=D6*9";
    const edits = scoreEdits(analyzeSheet(grid, { formulas }), "formulas", formulas);
    expect(edits.some((e) => e.cell === "C2" || e.cell === "D2")).toBe(false);
    expect(edits.find((e) => e.cell === "D5")).toMatchObject({ formula: "=SUM(D6)", value: 1 });
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


describe("a figure typed on a parent, with nothing below it in its column", () => {
  const HEAD = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"];
  // a unit that scored its areas, not their criteria: 2,5 and 1 typed on the areas, 3,5 on the total
  const byArea = () => [
    HEAD,
    ["1", "Lĩnh vực 1", 3, 2.5, 3, 0.5],
    ["1.1", "a", 1, null, 1, null],
    ["1.2", "b", 2, null, 2, null],
    ["2", "Lĩnh vực 2", 2, 1, 2, 1],
    ["2.1", "c", 1, null, 1, null],
    ["2.2", "d", 1, null, 1, null],
    ["", "Tổng cộng", 5, 3.5, 5, 1.5],
  ];
  const cells = (grid: unknown[][]) => scoreEdits(analyzeSheet(grid)).map((e) => e.cell);

  it("is kept as typed: no 0 written over 2,5, nor over the total, nor a change computed from blanks", () => {
    const a = analyzeSheet(byArea());
    const edits = scoreEdits(a);
    expect(edits.map((e) => e.cell)).toEqual(["C2", "E2", "C5", "E5", "C8", "E8"]);
    const d = a.report.diagnostics;
    expect(d.filter((x) => x.code === "SCORE_WITHOUT_PARTS").map((x) => [x.cell, x.found])).toEqual([["D2", 2.5], ["D5", 1]]);
    expect(d.find((x) => x.cell === "D2")?.message).toBe(
      "Tiêu chí này ghi điểm đạt 2,5 nhưng các tiêu chí thành phần bên dưới để trống cột này: giữ nguyên như đã nhập, không thay bằng tổng của các ô trống và chưa tính vào chỉ số. Nhập số liệu cho từng tiêu chí thành phần rồi tính điểm lại.",
    );
    // no mismatch reported against a sum of blanks; the total is held, and says so once
    expect(d.some((x) => x.code === "ROLLUP_MISMATCH" || x.code === "TOTAL_MISMATCH" || x.code === "DELTA_MISMATCH")).toBe(false);
    expect(d.filter((x) => x.code === "WRITE_HELD").map((x) => x.detail)).toEqual(["D8, F8"]);
    // a sheet scored on its criteria' rows is no unscored sheet, and its blank sub-criteria are no news
    expect(d.some((x) => x.code === "SHEET_NOT_SCORED" || x.code === "SCORE_MISSING")).toBe(false);
    expect(distrust(a.report)).toBe("partsBlank");
  });

  it("holds its area and the total where the other area is scored in full; no index is shown as a result", () => {
    const grid = byArea();
    grid[5] = ["2.1", "c", 1, 1, 1, null];
    grid[6] = ["2.2", "d", 1, 0.5, 1, null];
    grid[4] = ["2", "Lĩnh vực 2", 2, 3, 2, 1];
    const a = analyzeSheet(grid);
    const edits = scoreEdits(a);
    // area 2's wrong 3 is replaced by its sum; area 1's 2,5 and the total stay
    expect(edits.find((e) => e.cell === "D5")).toMatchObject({ formula: "=SUM(D6:D7)", value: 1.5 });
    expect(edits.some((e) => e.cell === "D2" || e.cell === "D8" || e.cell === "F2" || e.cell === "F8")).toBe(false);
    expect(a.report.diagnostics.filter((x) => x.code === "SCORE_WITHOUT_PARTS").map((x) => x.cell)).toEqual(["D2"]);
    expect(a.report.diagnostics.filter((x) => x.code === "WRITE_HELD").map((x) => x.detail)).toEqual(["D8, F8"]);
    expect(a.report.diagnostics.some((x) => x.code === "SCORE_MISSING")).toBe(false);
    expect(distrust(a.report)).toBe("partsBlank");
  });

  it("on the total row alone: kept, named as the total row, in English too", () => {
    const grid = byArea().map((row, r) => (r > 0 && r < 7 ? row.map((v, c) => (c === 3 || c === 5 ? null : v)) : row));
    expect(cells(grid)).toEqual(["C2", "E2", "C5", "E5", "C8", "E8"]);
    const d = analyzeSheet(grid, { settings: { lang: "en" } }).report.diagnostics;
    expect(d.filter((x) => x.code === "SCORE_WITHOUT_PARTS").map((x) => [x.cell, x.message])).toEqual([
      ["D8", "The total row has Achieved 3.5 typed but the sub-criteria below leave this column blank: kept as typed, not replaced by a sum of blanks, and not in the index yet. Enter each sub-criterion's figure, then score again."],
    ]);
    expect(d.some((x) => x.code === "WRITE_HELD")).toBe(false);
  });

  it("a blank template gets its maxima and targets summed, and nothing in the achieved or change column", () => {
    const grid = byArea().map((row, r) => (r > 0 ? row.map((v, c) => (c === 3 || c === 5 ? null : v)) : row));
    for (const mode of ["formulas", "values"] as const) {
      expect(scoreEdits(analyzeSheet(grid), mode).every((e) => e.col === 2 || e.col === 4)).toBe(true);
    }
  });

  it("a template's change column as typed is not checked against blanks read as 0, nor rewritten", () => {
    // the change column kept from last year's sheet, the achieved column emptied for this year
    const grid = byArea().map((row, r) => (r > 0 ? row.map((v, c) => (c === 3 ? null : v)) : row));
    const a = analyzeSheet(grid);
    expect(a.report.diagnostics.map((d) => d.code)).toEqual(["SHEET_NOT_SCORED"]);
    expect(scoreEdits(a).some((e) => e.col === 5)).toBe(false);
  });

  it("targets set on the areas only are kept, and no change is made up from them; the index still stands", () => {
    const grid = byArea().map((row, r) => (r > 0 && /\./.test(String(row[0])) ? row.map((v, c) => (c === 3 ? 0.5 : c === 4 ? null : v)) : row));
    const a = analyzeSheet(grid);
    const edits = scoreEdits(a);
    expect(edits.some((e) => e.col === 4 || e.col === 5)).toBe(false);
    expect(a.report.diagnostics.filter((x) => x.code === "SCORE_WITHOUT_PARTS").map((x) => [x.cell, x.message])).toEqual([
      ["E2", "Tiêu chí này ghi mục tiêu 3 nhưng các tiêu chí thành phần bên dưới để trống cột này: giữ nguyên như đã nhập, không thay bằng tổng của các ô trống. Nhập số liệu cho từng tiêu chí thành phần rồi tính điểm lại."],
      ["E5", "Tiêu chí này ghi mục tiêu 2 nhưng các tiêu chí thành phần bên dưới để trống cột này: giữ nguyên như đã nhập, không thay bằng tổng của các ô trống. Nhập số liệu cho từng tiêu chí thành phần rồi tính điểm lại."],
    ]);
    expect(distrust(a.report)).toBeNull();
    expect(a.report.totals.index).toBe(40);
  });

  it("a change typed beside a blank target is neither checked against the achieved score nor rewritten", () => {
    const grid = byArea().map((row, r) => (r > 0 && /\./.test(String(row[0])) ? row.map((v, c) => (c === 3 ? 0.5 : c === 4 ? null : c === 5 ? 0.25 : v)) : row));
    const a = analyzeSheet(grid);
    expect(a.report.diagnostics.some((x) => x.code === "DELTA_MISMATCH")).toBe(false);
    expect(scoreEdits(a).some((e) => e.col === 5)).toBe(false);
  });

  it("maxima typed on the areas only are kept: the sub-criteria lacking theirs are errors, no index is shown", () => {
    const grid = byArea().map((row, r) => (r > 0 && /\./.test(String(row[0])) ? row.map((v, c) => (c === 2 ? null : c === 3 ? 0.5 : v)) : row));
    const a = analyzeSheet(grid);
    expect(scoreEdits(a).some((e) => e.col === 2)).toBe(false);
    const d = a.report.diagnostics;
    expect(d.filter((x) => x.code === "SCORE_WITHOUT_PARTS").map((x) => [x.cell, x.role])).toEqual([["C2", "max"], ["C5", "max"]]);
    expect(d.find((x) => x.code === "SCORE_WITHOUT_PARTS")?.message).toContain("ghi điểm tối đa 3 nhưng");
    expect(d.filter((x) => x.code === "MAX_MISSING")).toHaveLength(4);
    expect(distrust(a.report)).not.toBeNull();
  });

  it("a held total that is blank is said to get no sum, not to be kept \u201cas typed\u201d", () => {
    const grid = byArea();
    grid[7] = ["", "Tổng cộng", 5, null, 5, null];
    const held = analyzeSheet(grid).report.diagnostics.filter((x) => x.code === "WRITE_HELD");
    expect(held.map((x) => [x.detail, x.expected])).toEqual([["", "D8, F8"]]);
    expect(held[0]?.message).toBe(
      "Chưa ghi tổng vào D8, F8: bên dưới có dòng chưa đọc được chắc chắn (mã hoặc ô bị lỗi, hoặc điểm chỉ ghi ở tiêu chí cha). Sửa các lỗi đó rồi tính điểm lại.",
    );
    grid[7] = ["", "Tổng cộng", 5, 3.5, 5, null];
    expect(analyzeSheet(grid, { settings: { lang: "en" } }).report.diagnostics.find((x) => x.code === "WRITE_HELD")?.message).toMatch(
      /^Left D8 as typed, not recomputed; no sum written into F8: /,
    );
  });

  it("a parent typed by hand while some of its parts are still blank is kept, not replaced by the sum so far", () => {
    const grid = byArea();
    grid[2] = ["1.1", "a", 1, 1, 1, null];
    grid[5] = ["2.1", "c", 1, 1, 1, null];
    grid[6] = ["2.2", "d", 1, 0, 1, null];
    const a = analyzeSheet(grid);
    const d = a.report.diagnostics;
    expect(d.filter((x) => x.code === "ROLLUP_INCOMPLETE").map((x) => [x.cell, x.found, x.expected])).toEqual([["D2", 2.5, 1]]);
    expect(d.find((x) => x.code === "ROLLUP_INCOMPLETE")?.message).toBe(
      "Điểm đạt ghi 2,5, tổng các tiêu chí thành phần đã nhập là 1 và còn tiêu chí thành phần để trống cột này: giữ nguyên như đã nhập, không thay bằng tổng. Nhập đủ số liệu cho các tiêu chí thành phần rồi tính điểm lại.",
    );
    expect(d.filter((x) => x.code === "SCORE_MISSING").map((x) => x.cell)).toEqual(["D4"]);
    // area 2 is complete and gets its SUM; the total, above area 1, keeps what is typed
    const edits = scoreEdits(a);
    expect(edits.some((e) => e.cell === "D2" || e.cell === "D8")).toBe(false);
    expect(edits.find((e) => e.cell === "D5")).toMatchObject({ formula: "=SUM(D6:D7)", value: 1 });
    expect(d.filter((x) => x.code === "WRITE_HELD").map((x) => x.detail)).toEqual(["D8, F8"]);
    expect(d.some((x) => x.code === "ROLLUP_MISMATCH")).toBe(false);
  });

  it("a parent's own SUM over blank parts is ours to rewrite, and a wrong sum over complete parts is still corrected", () => {
    const grid = byArea();
    grid[2] = ["1.1", "a", 1, 1, 1, null];
    grid[5] = ["2.1", "c", 1, 1, 1, null];
    grid[6] = ["2.2", "d", 1, 0.5, 1, null];
    const formulas = grid.map((row) => row.map(() => ""));
    (formulas[1] as string[])[3] = "=SUM(D3:D4)";
    const a = analyzeSheet(grid, { formulas });
    const edits = scoreEdits(a, "formulas", formulas);
    expect(edits.find((e) => e.cell === "D2")).toMatchObject({ formula: "=SUM(D3:D4)", value: 1 });
    expect(edits.find((e) => e.cell === "D5")).toMatchObject({ formula: "=SUM(D6:D7)", value: 1.5 });
    expect(a.report.diagnostics.filter((x) => x.code === "ROLLUP_MISMATCH").map((x) => x.cell)).toEqual(["D2", "D5"]);
    // the total typed by hand (3,5) over the blank 1.2 is kept, as a parent typed so would be
    expect(a.report.diagnostics.filter((x) => x.code === "ROLLUP_INCOMPLETE").map((x) => x.cell)).toEqual(["D8"]);
    expect(edits.some((e) => e.cell === "D8")).toBe(false);
  });

  it("a parent's figure brought in from another sheet by staff's formula, over parts still blank, is kept too", () => {
    const grid = byArea();
    grid[2] = ["1.1", "a", 1, 1, 1, null];
    const formulas = grid.map((row) => row.map(() => ""));
    (formulas[1] as string[])[3] = "='Chi tiết lĩnh vực 1'!D40";
    const a = analyzeSheet(grid, { formulas });
    expect(a.report.diagnostics.filter((x) => x.code === "ROLLUP_INCOMPLETE").map((x) => x.cell)).toEqual(["D2"]);
    expect(scoreEdits(a, "formulas", formulas).some((e) => e.cell === "D2")).toBe(false);
  });

  it("a zero typed on a parent over blanks is what the sum says: nothing to hold", () => {
    const grid = byArea().map((row, r) => (r === 1 ? ["1", "Lĩnh vực 1", 3, 0, 3, 3] : row));
    const d = analyzeSheet(grid).report.diagnostics;
    expect(d.filter((x) => x.code === "SCORE_WITHOUT_PARTS").map((x) => x.cell)).toEqual(["D5"]);
  });
});

describe("a change column that says something else than target − achieved", () => {
  // "Tăng/giảm" here compares with last year's score, as some provinces' forms do: most rows disagree with E − D
  const lastYear = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"],
    ["1", "Lĩnh vực 1", 6, 4.5, 6, 0.5],
    ["1.1", "a", 2, 2, 2, 0.25],
    ["1.2", "b", 2, 1.5, 2, -0.25],
    ["1.3", "c", 2, 1, 2, 0.5],
    ["2", "Lĩnh vực 2", 2, 2, 2, 0],
    ["2.1", "d", 2, 2, 2, 0],
    ["", "Tổng cộng", 8, 6.5, 8, 0.5],
  ];

  it("is kept as typed and said once, not row by row; the other columns are still summed", () => {
    const a = analyzeSheet(lastYear);
    expect(a.deltaOwn).toBe(false);
    const d = a.report.diagnostics;
    expect(d.map((x) => [x.code, x.cell])).toEqual([["DELTA_COLUMN_OTHER", "F1"]]);
    expect(d[0]?.message).toBe(
      "Cột Tăng/giảm không phải mục tiêu − điểm đạt ở 4/6 dòng có số: có lẽ cột này so với số liệu khác (năm trước, lần chấm khác). Giữ nguyên như đã nhập, không kiểm tra và không tính lại cột này.",
    );
    const edits = scoreEdits(a);
    expect(edits.some((e) => e.col === 5)).toBe(false);
    expect(edits.map((e) => e.cell)).toContain("D2");
  });

  it("a few wrong changes in a column that is target − achieved are still findings, and corrected", () => {
    const grid = lastYear.map((row, r) => (r === 0 || r === 7 ? row : [...row.slice(0, 5), (row[4] as number) - (row[3] as number)]));
    grid[3] = ["1.2", "b", 2, 1.5, 2, 1];
    const a = analyzeSheet(grid);
    expect(a.deltaOwn).toBe(true);
    expect(a.report.diagnostics.filter((x) => x.code === "DELTA_MISMATCH").map((x) => x.cell)).toEqual(["F4"]);
    expect(scoreEdits(a, "values").find((e) => e.cell === "F4")).toMatchObject({ value: 0.5 });
  });
});

describe("merged areas", () => {
  // areas as official forms print them: the title merged from the name column across the figure columns
  const grid = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", null, null, null, null],
    ["1", "Kế hoạch CCHC", 2, 1.5, 2, 0.5],
    ["2", "Báo cáo", 1, 1, 1, 0],
    ["II", "CẢI CÁCH THỂ CHẾ", null, null, null, null],
    ["1", "Văn bản QPPL", 3, 2, 3, 1],
    ["", "Tổng cộng", null, null, null, null],
  ];
  const titles = [
    { row: 1, col: 1, rows: 1, cols: 5 },
    { row: 4, col: 1, rows: 1, cols: 5 },
  ];

  it("get nothing written inside them, and no formula reads them: the total sums its areas' parts as values", () => {
    const a = analyzeSheet(grid, { merged: titles });
    const edits = scoreEdits(a);
    expect(edits.filter((e) => e.row === 1 || e.row === 4)).toEqual([]);
    // the total is a value: a SUM over the merged area cells would read blanks
    expect(edits.filter((e) => e.row === 6).map((e) => [e.cell, e.formula, e.value])).toEqual([
      ["C7", undefined, 6],
      ["D7", undefined, 4.5],
      ["E7", undefined, 6],
      ["F7", "=E7-D7", 1.5],
    ]);
  });

  it("without merges the same sheet gets the areas' sums and a total over them", () => {
    const edits = scoreEdits(analyzeSheet(grid));
    expect(edits.find((e) => e.cell === "C2")).toMatchObject({ formula: "=SUM(C3:C4)", value: 3 });
    expect(edits.find((e) => e.cell === "C7")).toMatchObject({ formula: "=SUM(C2,C5)", value: 6 });
  });

  it("a change cell merged down two rows is written in its top cell only; an origin moves the areas with the sheet", () => {
    // the grid starts at C11: criterion 1's change is H13, criterion 2's H14, merged together
    const origin = { row: 10, col: 2 };
    const changed = grid.map((row, r) => (r === 2 ? [...row.slice(0, 5), 9] : r === 3 ? [...row.slice(0, 5), 9] : row));
    const a = analyzeSheet(changed, { origin, merged: [{ row: 12, col: 7, rows: 2, cols: 1 }] });
    const cells = scoreEdits(a).map((e) => e.cell);
    expect(cells).toContain("H13");
    expect(cells).not.toContain("H14");
  });
});
