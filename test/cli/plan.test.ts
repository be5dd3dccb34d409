// cchc plan: the remediation plan sheet, printable, and re-generated without losing what staff typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import { columnLetter, progressChoices, SHEET_NAMES } from "../../shared/index.js";
import { seed001Clean } from "../fixtures/seed001.js";
import { cchc, open, readSheet, save, sheet, tmp } from "./helpers.js";
import { cleanWorkbook, CRITERIA_SHEET } from "./workbooks.js";
import { withAchievedBlank } from "../fixtures/unscored.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

interface PlanView {
  rows: unknown[][];
  header: number;
  col: (title: string) => number;
  rowOf: (code: string) => unknown[][];
  /** the sheet row (1-based) of a criterion's line, 0 when it has none */
  line: (code: string) => number;
  /** the column letter of a title */
  letter: (title: string) => string;
}

async function planOf(file: string): Promise<PlanView> {
  const rows = readSheet(sheet(await open(file), SHEET_NAMES.plan)).values;
  const header = rows.findIndex((r) => r.includes("Mã tiêu chí"));
  const titles = rows[header] ?? [];
  const col = (title: string) => titles.indexOf(title);
  const isCode = (code: string) => (r: unknown[]) => r[col("Mã tiêu chí")] === code;
  return {
    rows,
    header,
    col,
    rowOf: (code) => rows.filter(isCode(code)),
    line: (code) => rows.findIndex(isCode(code)) + 1,
    letter: (title) => columnLetter(col(title)),
  };
}

/** The clean workbook planned afresh, its plan read back and opened for staff to edit. */
async function planFresh(name: string) {
  const input = await save(cleanWorkbook(), t.path(`${name}.xlsx`));
  const planned = t.path(`${name}.ke-hoach.xlsx`);
  await cchc("plan", input, "-o", planned);
  const wb = await open(planned);
  return { p: await planOf(planned), wb, ws: sheet(wb, SHEET_NAMES.plan) };
}

const items = (p: PlanView, status: string) => p.rows.filter((r) => r[p.col("Tình trạng theo điểm")] === status);

describe("plan", () => {
  let scored: string;
  let planned: string;
  beforeAll(async () => {
    const input = await save(cleanWorkbook(), t.path("in.xlsx"));
    scored = t.path("in.cham-diem.xlsx");
    planned = t.path("in.ke-hoach.xlsx");
    await cchc("score", input, "-o", scored);
  });

  it("adds “Kế hoạch khắc phục” with the 28 weak leaves under bold area headings, formatted for printing", async () => {
    const r = await cchc("plan", scored, "-o", planned);
    expect(r.err).toBe("");
    expect(r.code).toBe(0); // the scored copy has no errors left
    expect(r.out).toContain("28");
    const p = await planOf(planned);
    expect(items(p, "Cần khắc phục").length + items(p, "Chưa dự kiến tăng điểm").length).toBe(28);
    expect(p.rowOf("1.10")).toHaveLength(1);

    const wb = await open(planned);
    expect(wb.worksheets.map((w) => w.name)).toEqual([CRITERIA_SHEET, SHEET_NAMES.findings, SHEET_NAMES.summary, SHEET_NAMES.plan]);
    const ws = sheet(wb, SHEET_NAMES.plan);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${p.header + 1}:${p.header + 1}`);
    const headerCell = ws.getCell(p.header + 1, 1);
    expect(headerCell.font?.name).toBe("Times New Roman");
    expect(headerCell.font?.bold).toBe(true);
    expect(headerCell.border?.top?.style).toBe("thin");
    expect(headerCell.alignment?.wrapText).toBe(true);
    const areaRow = p.rows.findIndex((r) => r[0] === "I" && r[p.col("Mã tiêu chí")] === null);
    expect(ws.getCell(areaRow + 1, 3).font?.bold).toBe(true);
    expect(ws.getColumn(p.col("Nội dung") + 1).width).toBe(30);
  });

  it("keeps what staff typed, never duplicates rows, and marks criteria no longer weak as resolved", async () => {
    // staff type a solution and a progress note, and the 1.10 score improves to its maximum
    const wb = await open(planned);
    const ws = sheet(wb, SHEET_NAMES.plan);
    const p = await planOf(planned);
    const rowOf = p.line;
    ws.getCell(rowOf("1.10"), p.col("Giải pháp / nhiệm vụ") + 1).value = "Ban hành kế hoạch công tác năm trước 31/1";
    ws.getCell(rowOf("7.1.6"), p.col("Giải pháp / nhiệm vụ") + 1).value = "Cấp chữ ký số cho lãnh đạo các phòng";
    ws.getCell(rowOf("7.1.6"), p.col("Tình trạng thực hiện") + 1).value = "Đang thực hiện";
    const grid = seed001Clean();
    const row110 = grid.findIndex((r) => r[0] === "1.10") + 1;
    sheet(wb, CRITERIA_SHEET).getCell(`D${row110}`).value = 2;
    const edited = await save(wb, t.path("edited.xlsx"));

    const again = t.path("again.xlsx");
    const r = await cchc("plan", edited, "-o", again);
    expect(r.code).toBe(1); // area 1 and the total no longer add up: the user changed a leaf
    const q = await planOf(again);
    expect(q.rowOf("1.10")).toHaveLength(1);
    expect(q.rowOf("1.10")[0]?.[q.col("Tình trạng theo điểm")]).toBe("Đã khắc phục");
    expect(q.rowOf("1.10")[0]?.[q.col("Giải pháp / nhiệm vụ")]).toBe("Ban hành kế hoạch công tác năm trước 31/1");
    expect(q.rowOf("7.1.6")[0]?.[q.col("Giải pháp / nhiệm vụ")]).toBe("Cấp chữ ký số cho lãnh đạo các phòng");
    expect(q.rowOf("7.1.6")[0]?.[q.col("Tình trạng thực hiện")]).toBe("Đang thực hiện");
    expect(items(q, "Cần khắc phục").length + items(q, "Chưa dự kiến tăng điểm").length).toBe(27);

    // and once more, in place: nothing moves, nothing doubles
    expect((await cchc("plan", again, "--in-place")).code).toBe(1);
    const z = await planOf(again);
    expect(z.rows).toEqual(q.rows);
    expect((await open(again)).worksheets.filter((w) => w.name === SHEET_NAMES.plan)).toHaveLength(1);
  });
});

describe("text stays text", () => {
  it("a criterion named =HYPERLINK(\"x\") is text in every sheet written", async () => {
    const evil = '=HYPERLINK("x")';
    const grid = seed001Clean();
    for (const row of grid) if (row[0] === "7" || row[0] === "7.1.6") row[1] = evil;
    const input = await save(cleanWorkbook(grid), t.path("evil.xlsx"));
    const scored = t.path("evil.cham-diem.xlsx");
    const planned = t.path("evil.ke-hoach.xlsx");
    await cchc("score", input, "-o", scored);
    const r = await cchc("plan", scored, "-o", planned, "--json");
    expect((JSON.parse(r.out) as { plan: { code: string; name: string }[] }).plan.find((p) => p.code === "7.1.6")?.name).toBe(evil);

    const wb = await open(planned);
    const found: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          // the only formulas are ours: sums, differences and the findings' links to cells
          expect(cell.formula ?? "", `${ws.name}!${cell.address}`).not.toContain('"x"');
          if (cell.value === evil) found.push(ws.name);
        }),
      );
    }
    expect(new Set(found)).toEqual(new Set([CRITERIA_SHEET, SHEET_NAMES.summary, SHEET_NAMES.plan]));
    expect(found.length).toBeGreaterThanOrEqual(4);
  });
});

describe("plan on paper", () => {
  it("gives a long criterion name the row height it needs, and leaves short rows at the default", async () => {
    const input = await save(cleanWorkbook(), t.path("heights.xlsx"));
    const output = t.path("heights.ke-hoach.xlsx");
    expect((await cchc("plan", input, "-o", output)).code).toBe(1);
    const ws = sheet(await open(output), SHEET_NAMES.plan);
    const p = await planOf(output);
    const rowOf = p.line;
    expect(ws.getRow(rowOf("1.9")).height).toBeGreaterThan(60); // a name of nearly 400 characters
    expect(ws.getRow(rowOf("3.3.4")).height ?? 15).toBeLessThanOrEqual(16); // "3.3.4. Kết quả giải quyết TTHC"
  });
});

describe("re-planning keeps staff's highlights and dropdowns", () => {
  it("carries a conditional format and a validation to the rows they were on, and writes ours once", async () => {
    const { p, wb, ws } = await planFresh("rules");
    const { letter } = p;
    const rowOf = (v: PlanView, code: string) => v.line(code);
    const first = p.header + 2;
    const last = p.rows.length;
    const lastCol = columnLetter(p.rows[p.header]?.length ? (p.rows[p.header] as unknown[]).length - 1 : 0);
    const status = letter("Tình trạng thực hiện");
    // staff colour late rows across the whole table, and mark one row of their own choosing
    ws.addConditionalFormatting({
      ref: `A${first}:${lastCol}${last}`,
      rules: [{ type: "expression", priority: 1, formulae: [`$${status}${first}="Chậm"`], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } } }],
    });
    const marked = rowOf(p, "7.1.6");
    ws.addConditionalFormatting({
      ref: `A${marked}:C${marked}`,
      rules: [{ type: "expression", priority: 2, formulae: ["TRUE"], style: { font: { bold: true } } }],
    });
    // a dropdown of units on the whole "Đơn vị chủ trì" column of the table, and a whole number on one note
    const units: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: ['"Văn phòng Sở,Phòng KHTC,Phòng TCCB"'] };
    const owner = p.col("Đơn vị chủ trì") + 1;
    for (let r = first; r <= last; r++) ws.getCell(r, owner).dataValidation = units;
    const note = p.col("Ghi chú") + 1;
    ws.getCell(marked, note).dataValidation = { type: "whole", operator: "between", allowBlank: true, formulae: [1, 9] };
    // and 1.1.2 loses points: its row enters the plan above 7.1.6, every row below moves down
    const grid = seed001Clean();
    const row112 = grid.findIndex((r) => r[0] === "1.1.2") + 1;
    sheet(wb, CRITERIA_SHEET).getCell(`D${row112}`).value = 0.5;
    const edited = await save(wb, t.path("rules.edited.xlsx"));

    const again = t.path("rules.again.xlsx");
    await cchc("plan", edited, "-o", again);
    await cchc("plan", again, "--in-place");
    const q = await planOf(again);
    const out = sheet(await open(again), SHEET_NAMES.plan);
    expect(rowOf(q, "1.1.2")).toBeGreaterThan(0);
    const moved = rowOf(q, "7.1.6");
    expect(moved).toBe(marked + 1);
    const cfs = (out as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cfs).toHaveLength(2);
    expect(cfs[0]).toMatchObject({ ref: `A${first}:${lastCol}${q.rows.length}`, rules: [{ type: "expression", formulae: [`$${status}${first}="Chậm"`] }] });
    expect(cfs[1]).toMatchObject({ ref: `A${moved}:C${moved}`, rules: [{ formulae: ["TRUE"] }] });
    // the units' dropdown on every row of the table, the new row included; the note's rule went with its row
    for (let r = first; r <= q.rows.length; r++) expect(out.getCell(r, owner).dataValidation, `row ${r}`).toMatchObject({ type: "list", formulae: units.formulae });
    expect(out.getCell(moved, note).dataValidation).toMatchObject({ type: "whole", formulae: [1, 9] });
    expect(out.getCell(marked, note).dataValidation).toBeUndefined();
    // our status dropdown, on the new row too
    const ours = out.getCell(rowOf(q, "1.1.2"), q.col("Tình trạng thực hiện") + 1).dataValidation;
    expect(ours).toMatchObject({ type: "list", formulae: [`"${progressChoices("vi").join(",")}"`] });
  });
});

describe("re-planning keeps staff's merged cells", () => {
  it("merges a solution again over the same criteria when they moved together; a merge whose rows were parted is not", async () => {
    const { p, wb, ws } = await planFresh("gop");
    const { letter } = p;
    const rowOf = (v: PlanView, code: string) => v.line(code);
    const [owner, solution] = [letter("Đơn vị chủ trì"), letter("Giải pháp / nhiệm vụ")];
    // 1.1.1, 1.3.2 and 1.3.3 follow each other; 7.3.1 and 7.3.2 too
    const [a, c] = [rowOf(p, "1.1.1"), rowOf(p, "1.3.3")];
    ws.getCell(`${solution}${a}`).value = "Ban hành quy chế kiểm tra CCHC";
    ws.mergeCells(`${solution}${a}:${solution}${c}`);
    ws.mergeCells(`${owner}${a}:${owner}${c}`);
    const [x, y] = [rowOf(p, "7.3.1"), rowOf(p, "7.3.2")];
    ws.mergeCells(`${solution}${x}:${solution}${y}`);
    // 1.1.2 loses points now: it enters between 1.1.1 and 1.3.2, parting the first merge
    const row112 = seed001Clean().findIndex((r) => r[0] === "1.1.2") + 1;
    sheet(wb, CRITERIA_SHEET).getCell(`D${row112}`).value = 0.5;
    const edited = await save(wb, t.path("gop.edited.xlsx"));
    const again = t.path("gop.again.xlsx");
    await cchc("plan", edited, "-o", again);
    const q = await planOf(again);
    const merges = Object.keys((sheet(await open(again), SHEET_NAMES.plan) as unknown as { _merges: Record<string, unknown> })._merges);
    const [x2, y2] = [rowOf(q, "7.3.1"), rowOf(q, "7.3.2")];
    expect(y2 - x2).toBe(1);
    // the parted merges are left out; the typed solution stays on 1.1.1's row
    expect(merges.filter((m) => !/^A\d+$/.test(m)).sort()).toEqual([`${solution}${x2}`]);
    expect(q.rows[rowOf(q, "1.1.1") - 1]?.[q.col("Giải pháp / nhiệm vụ")]).toBe("Ban hành quy chế kiểm tra CCHC");
  });
});

describe("plan on a sheet nobody has scored", () => {
  it("writes no plan of every criterion: says the sheet is not scored yet, exit 2, no file", async () => {
    const blank = withAchievedBlank(seed001Clean());
    const input = await save(cleanWorkbook(blank), t.path("mau.xlsx"));
    const out = t.path("mau.ke-hoach.xlsx");
    const r = await cchc("plan", input, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Trang “${CRITERIA_SHEET}” chưa được chấm: cột Điểm đạt còn trống ở mọi tiêu chí thành phần`);
    expect(r.err).toContain("Chưa ghi gì.");
    await expect(open(out)).rejects.toThrow();
    // cchc check says the same once, and gives no index or class
    const c = await cchc("check", input);
    expect(c.out).toContain("Tổng: chưa tính được chỉ số và xếp loại — bảng chưa được chấm");
    expect(c.out.match(/SHEET_NOT_SCORED/g)).toHaveLength(1);
    expect(c.out).not.toContain("SCORE_MISSING");
    expect(c.out).not.toContain("bị mất điểm");
  });
});
