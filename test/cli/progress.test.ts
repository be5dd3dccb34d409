// cchc progress: the acceptance example on the bundled sample's 28-task plan, and the plan's
// re-generation keeping every status, date, typed cell and what staff did to the sheet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHEET_NAMES } from "../../shared/index.js";
import { OVERDUE_ARGB } from "../../cli/plan-sheet.js";
import { cchc, open, readSheet, save, sheet, tmp } from "./helpers.js";

const SAMPLE = "samples/bang-tieu-chi-2021.xlsx";

let t: Awaited<ReturnType<typeof tmp>>;
let planned: string;
beforeAll(async () => {
  t = await tmp();
  const scored = t.path("mau.cham-diem.xlsx");
  planned = t.path("mau.ke-hoach.xlsx");
  expect((await cchc("score", SAMPLE, "-o", scored)).code).toBe(0);
  expect((await cchc("plan", scored, "-o", planned, "--as-of", "2026-01-05")).code).toBe(0);
});
afterAll(() => t.done());

/** The plan sheet's header row (1-based) and a column's 1-based index by its title. */
async function layout(file: string) {
  const wb = await open(file);
  const ws = sheet(wb, SHEET_NAMES.plan);
  const rows = readSheet(ws).values;
  const header = rows.findIndex((r) => r.includes("Mã tiêu chí"));
  const col = (title: string) => (rows[header] as unknown[]).indexOf(title) + 1;
  const items = rows.map((r, i) => (typeof r[col("Mã tiêu chí") - 1] === "string" && /\./.test(r[col("Mã tiêu chí") - 1] as string) ? i + 1 : -1)).filter((i) => i > 0);
  return { wb, ws, rows, header: header + 1, col, items };
}

/** Staff report progress: 20 done, 5 under way, the last 3 not started and due Quý I/2026. */
async function reportProgress(): Promise<string> {
  const { wb, ws, col, items } = await layout(planned);
  expect(items).toHaveLength(28);
  items.forEach((r, i) => {
    ws.getCell(r, col("Tình trạng thực hiện")).value = i < 20 ? "Đã hoàn thành" : i < 25 ? "Đang thực hiện" : "Chưa thực hiện";
    ws.getCell(r, col("Thời gian hoàn thành")).value = i < 25 ? "Quý II/2026" : "Quý I/2026";
    if (i < 20) ws.getCell(r, col("Ngày hoàn thành")).value = new Date(Date.UTC(2026, 2, 20));
    if (i < 20) ws.getCell(r, col("Văn bản / sản phẩm kiểm chứng")).value = `Công văn số ${100 + i}/SYT-VP`;
  });
  return save(wb, t.path("mau.tien-do-nhap.xlsx"));
}

describe("cchc progress (acceptance example)", () => {
  it("28 tasks, 71,43 % done, 3 overdue, period Quý II/2026 as of 15/04/2026", async () => {
    const input = await reportProgress();
    const out = t.path("mau.tien-do.xlsx");
    const r = await cchc("progress", input, "--as-of", "2026-04-15", "-o", out, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["asOf", "period", "tasks", "done", "inProgress", "notStarted", "dropped", "overdue", "percentDone", "owners", "overdueTasks"]);
    expect(json).toMatchObject({ asOf: "2026-04-15", period: "Quý II/2026", tasks: 28, done: 20, inProgress: 5, notStarted: 3, dropped: 0, overdue: 3, percentDone: 71.43 });
    const overdue = json.overdueTasks as { row: number; code: string; owner: string; due: string }[];
    expect(overdue.map((o) => o.due)).toEqual(["2026-03-31", "2026-03-31", "2026-03-31"]);
    const owners = json.owners as { owner: string; tasks: number; done: number; inProgress: number; overdue: number }[];
    expect(Object.keys(owners[0] ?? {})).toEqual(["owner", "tasks", "done", "inProgress", "overdue"]);
    expect(owners.reduce((s, o) => s + o.tasks, 0)).toBe(28);

    // the sheet: as-of date, period, counts; the overdue rows filled in the plan, the others not
    const wb = await open(out);
    const report = readSheet(sheet(wb, SHEET_NAMES.progress)).values;
    const text = report.flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("Tính đến ngày: 15/04/2026");
    expect(text).toContain("Kỳ báo cáo: Quý II/2026 (thuộc báo cáo 6 tháng đầu năm 2026)");
    expect(report.find((r) => r[0] === "Đã hoàn thành")?.slice(1, 3)).toEqual([20, 71.43]);
    expect(report.filter((r) => r[6] === "Chưa thực hiện")).toHaveLength(3);
    const plan = sheet(wb, SHEET_NAMES.plan);
    const fill = (row: number) => (plan.getCell(row, 2).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    for (const o of overdue) expect(fill(o.row)).toBe(OVERDUE_ARGB);
    const { items } = await layout(out);
    expect(items.filter((r) => fill(r) === OVERDUE_ARGB)).toHaveLength(3);

    // and in words
    const words = await cchc("progress", input, "--as-of", "2026-04-15", "-o", t.path("words.xlsx"));
    expect(words.out).toContain("28 nhiệm vụ · 20 đã hoàn thành (71,43%) · 3 quá hạn");
  });

  it("re-generating the plan after scores change keeps every status, date, typed cell and the sheet's look", async () => {
    const input = await reportProgress();
    const { wb, ws, col, items, header } = await layout(input);
    // staff's own touches: a hidden column, a wider column, a font, a fill, a tall row, a hidden row
    ws.getColumn(col("Kinh phí")).hidden = true;
    ws.getColumn(col("Giải pháp / nhiệm vụ")).width = 40;
    const first = items[0] as number;
    ws.getCell(first, col("Giải pháp / nhiệm vụ")).value = "Họp giao ban hằng tháng";
    ws.getCell(first, col("Giải pháp / nhiệm vụ")).font = { name: "Arial", size: 13, bold: true };
    ws.getCell(first, col("Ghi chú")).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.getRow(first).height = 80;
    ws.getRow(items[1] as number).hidden = true;
    // the score of the first weak criterion improves to its maximum on the criteria sheet
    const code = ws.getCell(first, col("Mã tiêu chí")).value as string;
    const criteria = wb.worksheets.find((w) => w.name !== SHEET_NAMES.plan && readSheet(w).values.some((r) => r[0] === code)) as typeof ws;
    const grid = readSheet(criteria).values;
    const at = grid.findIndex((r) => r[0] === code) + 1;
    criteria.getCell(at, 4).value = criteria.getCell(at, 3).value;
    const edited = await save(wb, t.path("edited.xlsx"));
    const before = readSheet(ws).values;

    const again = t.path("again.xlsx");
    await cchc("plan", edited, "-o", again, "--as-of", "2026-04-15");
    const after = await layout(again);
    expect(after.header).toBe(header);
    const keyed = (rows: unknown[][], c: (t: string) => number) =>
      new Map(rows.filter((r) => typeof r[c("Mã tiêu chí") - 1] === "string").map((r) => [r[c("Mã tiêu chí") - 1], r]));
    const was = keyed(before, col);
    const now = keyed(after.rows, after.col);
    for (const title of ["Tình trạng thực hiện", "Ngày hoàn thành", "Văn bản / sản phẩm kiểm chứng", "Thời gian hoàn thành", "Giải pháp / nhiệm vụ"]) {
      for (const [k, r] of was) expect(now.get(k)?.[after.col(title) - 1], `${String(k)} ${title}`).toEqual(r[col(title) - 1]);
    }
    expect(now.get(code)?.[after.col("Tình trạng theo điểm") - 1]).toBe("Đã khắc phục");
    const row = after.items.find((r) => after.ws.getCell(r, after.col("Mã tiêu chí")).value === code) as number;
    expect(after.ws.getColumn(after.col("Kinh phí")).hidden).toBe(true);
    expect(after.ws.getColumn(after.col("Giải pháp / nhiệm vụ")).width).toBe(40);
    expect(after.ws.getCell(row, after.col("Giải pháp / nhiệm vụ")).font).toMatchObject({ name: "Arial", size: 13, bold: true });
    expect((after.ws.getCell(row, after.col("Ghi chú")).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFFF00");
    expect(after.ws.getRow(row).height).toBe(80);
    expect(after.ws.getRow(after.items[1] as number).hidden).toBe(true);
    // overdue as of 15/04: the three not started, due Quý I
    expect(after.items.filter((r) => (after.ws.getCell(r, 2).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb === OVERDUE_ARGB)).toHaveLength(3);
  });
});

describe("the annex on paper", () => {
  it("prints ten columns on A4 landscape, one page wide, header repeated, numbered pages; the rest grouped", async () => {
    const { ws, header, col, items } = await layout(planned);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?J\$?\d+$/);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.headerFooter.oddFooter).toContain("Trang &P/&N");
    expect([1, 2, 3].map((r) => ws.getCell(r, 1).value)).toEqual(["PHỤ LỤC", "(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm …)", "KẾ HOẠCH KHẮC PHỤC ĐIỂM YẾU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"]);
    expect(ws.getColumn(col("Mã tiêu chí")).outlineLevel).toBe(1);
    expect(ws.getColumn(col("Ghi chú")).outlineLevel ?? 0).toBe(0);
    expect(ws.getCell(items[0] as number, 1).font?.size).toBeGreaterThanOrEqual(11);
    // the dropdown and the 0–100 share on every task row
    const dv = ws.getCell(items[5] as number, col("Tình trạng thực hiện")).dataValidation;
    expect(dv).toMatchObject({ type: "list", formulae: ['"Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Không thực hiện"'] });
    expect(ws.getCell(items[5] as number, col("% hoàn thành")).dataValidation).toMatchObject({ type: "decimal", formulae: [0, 100] });
  });

  it("prints the short column set, numbered on through the plan, when asked", async () => {
    const scored = t.path("short.cham-diem.xlsx");
    const out = t.path("short.ke-hoach.xlsx");
    await cchc("score", SAMPLE, "-o", scored);
    expect((await cchc("plan", scored, "-o", out, "--plan-columns", "short", "--numbering", "continuous")).code).toBe(0);
    const { ws, rows, header, col, items } = await layout(out);
    expect(rows[header - 1]?.slice(0, 6)).toEqual(["STT", "Nội dung", "Giải pháp / nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]);
    expect(ws.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?F\$?\d+$/);
    expect(items.map((r) => ws.getCell(r, col("STT")).value)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it("marks its report sheet as ours, and never replaces a user's sheet of that name", async () => {
    const input = await reportProgress();
    const wb = await open(input);
    wb.addWorksheet("Báo cáo tiến độ").getCell("A1").value = "Báo cáo của phòng, tự lập";
    const mine = await save(wb, t.path("user-report.xlsx"));
    const out = t.path("user-report.tien-do.xlsx");
    const r = await cchc("progress", mine, "--as-of", "2026-04-15", "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Báo cáo tiến độ (2)");
    const after = await open(out);
    expect(sheet(after, "Báo cáo tiến độ").getCell("A1").value).toBe("Báo cáo của phòng, tự lập");
    expect(readSheet(sheet(after, "Báo cáo tiến độ (2)")).values[0]?.[0]).toBe("BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC");
    expect(after.definedNames.model.find((d) => d.name === "cchc_own_progress")?.ranges[0]).toMatch(/Báo cáo tiến độ \(2\)/);
    // run again on its own output: the marked sheet is rewritten, no third one appears
    const again = t.path("user-report.2.xlsx");
    expect((await cchc("progress", out, "--as-of", "2026-04-16", "-o", again)).code).toBe(0);
    expect((await open(again)).worksheets.filter((w) => w.name.startsWith("Báo cáo tiến độ"))).toHaveLength(2);
  });

  it("refuses a file with no plan in it (exit 2, in Vietnamese)", async () => {
    const r = await cchc("progress", SAMPLE, "-o", t.path("none.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không tìm thấy bảng kế hoạch/);
  });
});
