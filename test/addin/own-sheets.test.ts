// Excel: a user's own "Tổng hợp", "TỔNG HỢP", NFD "Kiểm tra", " Kế hoạch khắc phục " survive Tính điểm, Lập kế
// hoạch and Hoàn tác; ours are marked by a defined name (as the CLI marks them), found again when renamed, never
// multiplied; hidden criteria rows are reported at their row without a call per row.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { blockOfAddress, OWN_MARK_NAME, type CellBlock } from "../../shared/index.js";
import { planCommand, scoreCommand, undoCommand } from "../../addin/excel/commands.js";
import { seed001Clean } from "../fixtures/seed001.js";
import { FakeExcel } from "./fake-excel.js";

const AT = "2024-01-01T00:00:00.000Z";
const CRITERIA = "Bảng tiêu chí 2021";

beforeEach(() => {
  (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
});
afterEach(() => {
  delete (globalThis as any).Office;
});

const SUMMARY = [["TỔNG HỢP ĐIỂM TỰ CHẤM CỦA CÁC PHÒNG"], ["Phòng", "Điểm"], ["Văn phòng Sở", 31.5], ["Nghiệp vụ Y", 12.25]];
const LOG = [["SỔ THEO DÕI KIỂM TRA HỒ SƠ"], ["Ngày", "Đơn vị"], ["12/3/2021", "Bệnh viện Đa khoa tỉnh"]];
const PLAN = [["KẾ HOẠCH KHẮC PHỤC (bản của Văn phòng)"], ["STT", "Nội dung tồn tại"], [1, "Chưa ban hành kế hoạch đúng hạn"]];

function book(user: [string, unknown[][]][]) {
  const xl = new FakeExcel();
  xl.addSheet(CRITERIA, seed001Clean());
  for (const [name, grid] of user) xl.addSheet(name, grid);
  xl.active = CRITERIA;
  return xl;
}

const VARIANTS: { label: string; user: [string, unknown[][]][]; summary: string; findings: string; plan: string }[] = [
  { label: "Tổng hợp", user: [["Tổng hợp", SUMMARY]], summary: "Tổng hợp (2)", findings: "Kiểm tra", plan: "Kế hoạch khắc phục" },
  { label: "TỔNG HỢP", user: [["TỔNG HỢP", SUMMARY]], summary: "Tổng hợp (2)", findings: "Kiểm tra", plan: "Kế hoạch khắc phục" },
  { label: "NFD Kiểm tra", user: [["Kiểm tra".normalize("NFD"), LOG]], summary: "Tổng hợp", findings: "Kiểm tra (2)", plan: "Kế hoạch khắc phục" },
  { label: "“ Kế hoạch khắc phục ”", user: [[" Kế hoạch khắc phục ", PLAN]], summary: "Tổng hợp", findings: "Kiểm tra", plan: "Kế hoạch khắc phục (2)" },
];

describe.each(VARIANTS)("Excel beside a user's $label", ({ user, summary, findings, plan }) => {
  it("Tính điểm → Tính điểm → Lập kế hoạch → Lập kế hoạch keeps the user's sheets and makes ours once", async () => {
    const xl = book(user);
    const before = user.map(([name]) => xl.snapshot(name));
    const first = await scoreCommand(xl.context, {}, AT);
    expect(first.syncs).toBe(2);
    if (summary !== "Tổng hợp") expect(first.notice).toContain(`kết quả ghi vào trang “${summary}”`);
    if (findings !== "Kiểm tra") expect(first.notice).toContain(`kết quả ghi vào trang “${findings}”`);
    const scored = xl.snapshot(CRITERIA);
    const second = await scoreCommand(xl.context, {}, AT);
    expect(second.notice).not.toContain("kết quả ghi vào trang");
    expect(xl.snapshot(CRITERIA)).toEqual(scored);
    xl.active = CRITERIA;
    const p1 = await planCommand(xl.context, {}, AT);
    if (plan !== "Kế hoạch khắc phục") expect(p1.notice).toContain(`kết quả ghi vào trang “${plan}”`);
    const planned = xl.snapshot(plan);
    await planCommand(xl.context, {}, AT);
    expect(xl.snapshot(plan)).toEqual(planned);
    expect(user.map(([name]) => xl.snapshot(name))).toEqual(before);
    expect(xl.sheets.map((s) => s.name).sort()).toEqual([CRITERIA, ...user.map(([n]) => n), findings, summary, plan, "_cchc_hoan_tac"].sort());
    expect(xl.names.get(OWN_MARK_NAME.summary)).toBe(`'${summary}'!$A$1`);
    expect(xl.names.get(OWN_MARK_NAME.plan)).toBe(`'${plan}'!$A$1`);
  });

  it("Hoàn tác removes only our sheets", async () => {
    const xl = book(user);
    const before = user.map(([name]) => xl.snapshot(name));
    await scoreCommand(xl.context, {}, AT);
    await undoCommand(xl.context);
    expect(xl.sheets.map((s) => s.name)).toEqual([CRITERIA, ...user.map(([n]) => n)]);
    expect(user.map(([name]) => xl.snapshot(name))).toEqual(before);
  });
});

describe("Excel finds its sheets by their mark", () => {
  it("a user standing on their own “Tổng hợp” gets it read as theirs (no table: the criteria sheet is used), never as ours", async () => {
    const xl = book([["Tổng hợp", SUMMARY]]);
    xl.active = "Tổng hợp";
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.notice).toContain("Trang đang mở “Tổng hợp” không có bảng tiêu chí nên đã dùng trang “Bảng tiêu chí 2021”");
    expect(out.notice).toContain("kết quả ghi vào trang “Tổng hợp (2)”");
    expect(xl.snapshot("Tổng hợp")).toEqual(book([["Tổng hợp", SUMMARY]]).snapshot("Tổng hợp"));
  });

  it("our summary renamed by the user is still ours: replaced in place, no second summary", async () => {
    const xl = book([]);
    await scoreCommand(xl.context, {}, AT);
    const ours = xl.sheet("Tổng hợp")!;
    ours.name = "Tổng hợp 2021";
    xl.mark(OWN_MARK_NAME.summary, "Tổng hợp 2021"); // Excel moves the name with the sheet
    await scoreCommand(xl.context, {}, AT);
    expect(xl.sheets.map((s) => s.name)).toContain("Tổng hợp 2021");
    expect(xl.sheet("Tổng hợp")).toBeUndefined();
  });

  it("started on our plan, the remembered criteria sheet is found whatever its case and normalisation", async () => {
    const xl = book([]);
    await planCommand(xl.context, {}, AT);
    xl.settings.set("cchc.sheet", ` ${CRITERIA.toUpperCase().normalize("NFD")} `);
    xl.active = "Kế hoạch khắc phục";
    const out = await planCommand(xl.context, {}, AT);
    expect(out.report?.sheet).toBe(CRITERIA);
  });
});

describe("Excel: hidden criteria rows", () => {
  it("are counted and reported at their row, in the same two round trips", async () => {
    const xl = book([]);
    const grid = seed001Clean();
    const row = grid.findIndex((r) => r[0] === "1.3.2");
    xl.sheet(CRITERIA)!.hiddenRows.add(row).add(row + 1);
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.syncs).toBe(2);
    const hidden = out.report!.diagnostics.filter((d) => d.code === "HIDDEN_ROW");
    expect(hidden.map((d) => [d.row, d.criterion])).toEqual([
      [row + 1, "1.3.2"],
      [row + 2, "1.3.3"],
    ]);
    expect(hidden[0]?.message).toContain("đang bị ẩn");
    expect(out.report!.totals.max).toBe(70.5);
  });

  it("a host without ExcelApi 1.9 still scores (hidden rows are then not reported)", async () => {
    (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: (_: string, v: string) => v !== "1.9" } } });
    const xl = book([]);
    xl.noSpecialCells = true;
    xl.sheet(CRITERIA)!.hiddenRows.add(5);
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report!.diagnostics.some((d) => d.code === "HIDDEN_ROW")).toBe(false);
    expect(out.report!.totals.max).toBe(70.5);
  });
});

describe("Excel marks on awkward hosts and workbooks", () => {
  it("a host that refuses calls on null objects still finds our sheets by their marks, in 4 round trips", async () => {
    const xl = book([["TỔNG HỢP", SUMMARY]]);
    await scoreCommand(xl.context, {}, AT);
    xl.strictNullObjects = true;
    xl.active = CRITERIA;
    const before = xl.syncs;
    const out = await scoreCommand(xl.context, {}, AT);
    expect(xl.syncs - before).toBe(4);
    expect(out.notice).not.toContain("kết quả ghi vào trang");
    expect(xl.sheets.map((s) => s.name).sort()).toEqual([CRITERIA, "TỔNG HỢP", "Kiểm tra", "Tổng hợp (2)", "_cchc_hoan_tac"].sort());
  });

  it("our summary deleted by the user (its mark now #REF!): the next run makes a new one and marks it", async () => {
    const xl = book([]);
    await scoreCommand(xl.context, {}, AT);
    xl.sheets = xl.sheets.filter((s) => s.name !== "Tổng hợp");
    xl.names.set(OWN_MARK_NAME.summary, "#REF!");
    await scoreCommand(xl.context, {}, AT);
    expect(xl.sheet("Tổng hợp")).toBeDefined();
    expect(xl.names.get(OWN_MARK_NAME.summary)).toBe("'Tổng hợp'!$A$1");
  });

  it("an empty active sheet: no crash on the hidden-rows query; the criteria sheet is used, the empty one untouched", async () => {
    const xl = book([]);
    xl.addSheet("Trống");
    xl.active = "Trống";
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.sheet).toBe(CRITERIA);
    expect(xl.sheet("Trống")?.cells.size).toBe(0);
  });

  it("a workbook holding only an empty sheet: no header, nothing written", async () => {
    const xl = new FakeExcel();
    xl.addSheet("Trống");
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.headerRow).toBe(0);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Trống"]);
  });
});

describe("Excel: the open sheet has no criteria table", () => {
  const COVER = [["SỞ Y TẾ TỈNH …"], ["HỒ SƠ TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2021"], [], ["Người lập: Văn phòng Sở"]];

  it("Tính điểm and Lập kế hoạch use the user's sheet with the most criteria, say so, and never write on the cover", async () => {
    const xl = new FakeExcel();
    xl.addSheet("Bìa", COVER);
    xl.addSheet("Năm 2020", seed001Clean().slice(0, 12));
    xl.addSheet(CRITERIA, seed001Clean());
    xl.active = "Bìa";
    const cover = xl.snapshot("Bìa");
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.sheet).toBe(CRITERIA);
    expect(out.notice).toMatch(/^Trang đang mở “Bìa” không có bảng tiêu chí nên đã dùng trang “Bảng tiêu chí 2021”/);
    expect(out.notices?.en).toMatch(/^The open sheet “Bìa” has no criteria table/);
    expect(out.syncs).toBe(4);
    expect(xl.snapshot("Bìa")).toEqual(cover);
    expect(xl.active).toBe(CRITERIA);
    xl.active = "Bìa";
    const plan = await planCommand(xl.context, {}, AT);
    expect(plan.report?.sheet).toBe(CRITERIA);
    expect(xl.snapshot("Bìa")).toEqual(cover);
  });

  it("a sheet of ours of any kind (here a consolidation) is never taken for the criteria sheet", async () => {
    const xl = new FakeExcel();
    xl.addSheet("Bìa", COVER);
    xl.addSheet("Tổng hợp đơn vị", seed001Clean());
    xl.mark(OWN_MARK_NAME.units, "Tổng hợp đơn vị");
    xl.addSheet("Bảng nhỏ", seed001Clean().slice(0, 12));
    xl.active = "Bìa";
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.sheet).toBe("Bảng nhỏ");
  });

  it("no sheet with a table: the usual notice, nothing written", async () => {
    const xl = new FakeExcel();
    xl.addSheet("Bìa", COVER);
    xl.addSheet("Ghi chú", [["Danh sách cán bộ"]]);
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.notice).toContain("Không tìm thấy dòng tiêu đề");
    expect(xl.sheets.map((s) => s.name)).toEqual(["Bìa", "Ghi chú"]);
  });
});

/** "C7" → "6,2", the fake's cell key */
function cellKey(address: string): string {
  const b = blockOfAddress(address) as CellBlock;
  return `${b.row},${b.col}`;
}

describe("Excel rewrites its result sheets in place: staff's formulas reading them keep working", () => {
  // a department's own report pulls figures and titles from our Tổng hợp and Kiểm tra
  const REPORT = "Báo cáo Sở";
  const LINES = [
    ["BÁO CÁO KẾT QUẢ TỰ CHẤM ĐIỂM"],
    ["Chỉ số", "='Tổng hợp'!B4"],
    ["Tiêu đề trang kiểm tra", "='Kiểm tra'!A1"],
    ["Cả hai", "='Tổng hợp'!A1&\" / \"&'Kiểm tra'!A1"],
  ];

  it("Tính điểm again, Hoàn tác, Lập kế hoạch: the formulas still read our sheets, and one chart stays one chart", async () => {
    const xl = book([]);
    await scoreCommand(xl.context, {}, AT);
    const report = xl.addSheet(REPORT);
    LINES.forEach((line, r) => line.forEach((v, c) => report.type(r, c, v)));
    const typed = xl.snapshot(REPORT);
    expect(typed).toContain("1,1=='Tổng hợp'!B4");
    const [summary, findings] = [xl.sheet("Tổng hợp"), xl.sheet("Kiểm tra")];
    const summaryOnce = xl.snapshot("Tổng hợp");
    const findingsOnce = xl.snapshot("Kiểm tra");
    expect(summary?.charts).toHaveLength(1);

    xl.active = CRITERIA;
    await scoreCommand(xl.context, {}, AT);
    expect(xl.snapshot(REPORT)).toEqual(typed);
    // the same sheets, rewritten: the summary as before, its chart replaced rather than added to; Kiểm tra now says
    // the sums are right (the first run corrected them)
    expect(xl.sheet("Tổng hợp")).toBe(summary);
    expect(xl.sheet("Kiểm tra")).toBe(findings);
    expect(xl.snapshot("Tổng hợp")).toEqual(summaryOnce);
    expect(xl.snapshot("Kiểm tra")).not.toEqual(findingsOnce);
    expect(summary?.charts).toHaveLength(1);
    // no link of the first run left on a cell the second run did not fill
    for (const address of findings?.hyperlinks.keys() ?? []) expect(xl.snapshot("Kiểm tra").some((c) => c.startsWith(`${cellKey(address)}=`))).toBe(true);

    // Hoàn tác puts the first run's findings back, into the same sheet
    await undoCommand(xl.context);
    expect(xl.snapshot(REPORT)).toEqual(typed);
    expect(xl.sheet("Kiểm tra")).toBe(findings);
    expect(xl.snapshot("Kiểm tra")).toEqual(findingsOnce);
    expect(summary?.charts.length).toBeLessThanOrEqual(1);

    xl.active = CRITERIA;
    await planCommand(xl.context, {}, AT);
    await undoCommand(xl.context);
    expect(xl.snapshot(REPORT)).toEqual(typed);
    expect(xl.sheet("Tổng hợp")).toBe(summary);
  });

  it("a host that refuses to list the charts of a sheet not there yet still scores, in a constant number of round trips", async () => {
    const xl = book([]);
    xl.strictNullObjects = true;
    const first = await scoreCommand(xl.context, {}, AT);
    const again = await scoreCommand(xl.context, {}, AT);
    expect(first.syncs).toBeLessThanOrEqual(4);
    expect(again.syncs).toBeLessThanOrEqual(4);
    expect(xl.sheet("Tổng hợp")?.charts).toHaveLength(1);
  });
});
