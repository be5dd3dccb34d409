// Commands started on a sheet the add-on writes, and jumps from a finding, in the built Code.js.
import { beforeAll, describe, expect, it } from "vitest";
import { runPlan, SHEET_NAMES } from "../../shared/index.js";
import { seed001Clean } from "../fixtures/seed001.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

describe("our own sheets", () => {
  beforeAll(ensureBuilt);

  it("are never scored as criteria when no criteria sheet is remembered (a plan made elsewhere)", () => {
    const book = new FakeSpreadsheet();
    const plan = book._add(SHEET_NAMES.plan);
    book._mark(plan, "plan");
    const made = runPlan({ name: "Bảng", values: seed001Messy() });
    if (made.notScored) throw new Error("the seed is scored");
    const grid = made.table.grid;
    plan._load(grid);
    const { g } = loadCode(fakeServices(book));
    const state = g.sidebarScore() as { report: unknown; notice: string };
    expect(state.report).toBeNull();
    expect(state.notice).toContain("do tiện ích tạo ra");
    expect(book._find(SHEET_NAMES.findings)).toBeFalsy();
    expect(plan._peek(4, 1)?.note ?? "").toBe("");
  });

  it("a finding jumps to its cell on the scored sheet, whichever sheet is active", () => {
    const book = new FakeSpreadsheet();
    const criteria = book._add("Bảng tiêu chí");
    criteria._load(seed001Messy());
    const other = book._add("Ghi chú");
    const { g } = loadCode(fakeServices(book));
    g.sidebarScore();
    other.activate();
    g.sidebarSelect("D48", "Bảng tiêu chí");
    expect(book._active?._name).toBe("Bảng tiêu chí");
    expect(book.activeRange).toMatch(/^D48(:D48)?$/);
  });
});

const SUMMARY = [["TỔNG HỢP ĐIỂM TỰ CHẤM CỦA CÁC PHÒNG"], ["Phòng", "Điểm"], ["Văn phòng Sở", 31.5], ["Nghiệp vụ Y", 12.25]];
const LOG = [["SỔ THEO DÕI KIỂM TRA HỒ SƠ"], ["Ngày", "Đơn vị"], ["12/3/2021", "Bệnh viện Đa khoa tỉnh"]];
const PLAN = [["KẾ HOẠCH KHẮC PHỤC (bản của Văn phòng)"], ["STT", "Nội dung tồn tại"], [1, "Chưa ban hành kế hoạch đúng hạn"]];
const CRITERIA = "Bảng tiêu chí 2021";

const VARIANTS: { label: string; user: [string, unknown[][]][]; summary: string; findings: string; plan: string }[] = [
  { label: "Tổng hợp", user: [["Tổng hợp", SUMMARY]], summary: "Tổng hợp (2)", findings: "Kiểm tra", plan: "Kế hoạch khắc phục" },
  { label: "TỔNG HỢP", user: [["TỔNG HỢP", SUMMARY]], summary: "Tổng hợp (2)", findings: "Kiểm tra", plan: "Kế hoạch khắc phục" },
  { label: "NFD Kiểm tra", user: [["Kiểm tra".normalize("NFD"), LOG]], summary: "Tổng hợp", findings: "Kiểm tra (2)", plan: "Kế hoạch khắc phục" },
  { label: "“ Kế hoạch khắc phục ”", user: [[" Kế hoạch khắc phục ", PLAN]], summary: "Tổng hợp", findings: "Kiểm tra", plan: "Kế hoạch khắc phục (2)" },
];

describe.each(VARIANTS)("Sheets beside a user's $label", ({ user, summary, findings, plan }) => {
  beforeAll(ensureBuilt);

  function book() {
    const b = new FakeSpreadsheet();
    b._add(CRITERIA)._load(seed001Clean());
    for (const [name, grid] of user) b._add(name)._load(grid);
    return b;
  }

  it("Tính điểm → Tính điểm → Lập kế hoạch → Lập kế hoạch keeps the user's sheets and makes ours once", () => {
    const b = book();
    const before = user.map(([name]) => b._find(name)!._dump());
    const { g } = loadCode(fakeServices(b));
    const first = g.sidebarScore() as { notice: string };
    if (summary !== "Tổng hợp") expect(first.notice).toContain(`kết quả ghi vào trang “${summary}”`);
    if (findings !== "Kiểm tra") expect(first.notice).toContain(`kết quả ghi vào trang “${findings}”`);
    // figures and formulas (the marks of fixed findings come off on the second run)
    const figures = () => {
      const range = b._find(CRITERIA)!.getDataRange();
      return [range.getValues(), range.getFormulas()];
    };
    const scored = figures();
    const second = g.sidebarScore() as { notice: string };
    expect(second.notice).not.toContain("kết quả ghi vào trang");
    expect(figures()).toEqual(scored);
    const p1 = g.sidebarPlan() as { notice: string };
    if (plan !== "Kế hoạch khắc phục") expect(p1.notice).toContain(`kết quả ghi vào trang “${plan}”`);
    const planned = b._find(plan)!._dump();
    g.sidebarPlan();
    expect(b._find(plan)!._dump()).toBe(planned);
    expect(user.map(([name]) => b._find(name)!._dump())).toEqual(before);
    expect(b._sheets.map((s) => s._name).sort()).toEqual([CRITERIA, ...user.map(([n]) => n), findings, summary, plan, "_cchc_hoan_tac"].sort());
  });

  it("Hoàn tác removes only our sheets", () => {
    const b = book();
    const before = user.map(([name]) => b._find(name)!._dump());
    const { g } = loadCode(fakeServices(b));
    g.sidebarScore();
    g.sidebarUndo();
    expect(b._sheets.map((s) => s._name)).toEqual([CRITERIA, ...user.map(([n]) => n)]);
    expect(user.map(([name]) => b._find(name)!._dump())).toEqual(before);
  });
});

describe("Sheets finds its sheets by their mark", () => {
  beforeAll(ensureBuilt);

  it("our summary renamed by the user is still ours: rewritten in place, no second summary", () => {
    const b = new FakeSpreadsheet();
    b._add(CRITERIA)._load(seed001Clean());
    const { g } = loadCode(fakeServices(b));
    g.sidebarScore();
    b._find("Tổng hợp")!.setName("Tổng hợp 2021");
    b._active = b._find(CRITERIA)!;
    g.sidebarScore();
    expect(b._sheets.map((s) => s._name)).toContain("Tổng hợp 2021");
    expect(b._find("Tổng hợp")).toBeUndefined();
  });

  it("a user standing on their own “Tổng hợp” gets it read as theirs (no table: the criteria sheet is used), never as ours", () => {
    const b = new FakeSpreadsheet();
    b._add(CRITERIA)._load(seed001Clean());
    const own = b._add("Tổng hợp");
    own._load(SUMMARY);
    b._active = own;
    const before = own._dump();
    const { g } = loadCode(fakeServices(b));
    const state = g.sidebarScore() as { notice: string };
    expect(state.notice).toContain("Trang đang mở “Tổng hợp” không có bảng tiêu chí nên đã dùng trang “Bảng tiêu chí 2021”");
    expect(state.notice).toContain("kết quả ghi vào trang “Tổng hợp (2)”");
    expect(own._dump()).toBe(before);
  });

  it("a finding jumps to the scored sheet whatever the case and normalisation of the name it is given", () => {
    const b = new FakeSpreadsheet();
    b._add(CRITERIA)._load(seed001Clean());
    const other = b._add("Ghi chú");
    const { g } = loadCode(fakeServices(b));
    g.sidebarScore();
    other.activate();
    g.sidebarSelect("D48", ` ${CRITERIA.toUpperCase().normalize("NFD")} `);
    expect(b._active?._name).toBe(CRITERIA);
  });
});

describe("Sheets shares its mark with cchc and Excel (named ranges)", () => {
  beforeAll(ensureBuilt);

  it("an .xlsx scored by cchc and opened in Sheets: its sheets are found by their named ranges, none added", () => {
    const b = new FakeSpreadsheet();
    b._add(CRITERIA)._load(seed001Clean());
    const user = b._add("Tổng hợp");
    user._load(SUMMARY);
    // as Sheets imports the .xlsx: the defined names become named ranges, there is no developer metadata
    const findings = b._add("Kiểm tra");
    findings._load([["KẾT QUẢ KIỂM TRA BẢNG CHẤM ĐIỂM"]]);
    const summary = b._add("Tổng hợp (2)");
    summary._load([["TỔNG HỢP CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"]]);
    b._named.set("cchc_own_findings", findings.getRange(1, 1) as never);
    b._named.set("cchc_own_summary", summary.getRange(1, 1) as never);
    b._active = b._find(CRITERIA)!;
    const before = user._dump();
    const { g } = loadCode(fakeServices(b));
    const state = g.sidebarScore() as { notice: string };
    expect(state.notice).not.toContain("kết quả ghi vào trang");
    expect(b._sheets.map((s) => s._name)).toEqual([CRITERIA, "Tổng hợp", "Kiểm tra", "Tổng hợp (2)", "_cchc_hoan_tac"]);
    expect(user._dump()).toBe(before);
    // both marks from now on
    expect(summary._metadata.map((m) => [m._key, m._value])).toEqual([["cchc.own", "summary"]]);
  });

  it("a sheet scored in Sheets carries the named ranges an .xlsx download turns into defined names", () => {
    const b = new FakeSpreadsheet();
    b._add(CRITERIA)._load(seed001Clean());
    const { g } = loadCode(fakeServices(b));
    g.sidebarScore();
    g.sidebarPlan();
    const where = Object.fromEntries([...b._named].map(([name, range]) => [name, range._sheet._name]));
    expect(where).toEqual({
      cchc_own_undo: "_cchc_hoan_tac",
      cchc_own_findings: "Kiểm tra",
      cchc_own_summary: "Tổng hợp",
      cchc_own_plan: "Kế hoạch khắc phục",
    });
  });
});

describe("Sheets: the open sheet has no criteria table", () => {
  beforeAll(ensureBuilt);
  const COVER = [["SỞ Y TẾ TỈNH …"], ["HỒ SƠ TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2021"], [], ["Người lập: Văn phòng Sở"]];

  it("Tính điểm and Lập kế hoạch use the user's sheet with the most criteria, say so, and never write on the cover", () => {
    const b = new FakeSpreadsheet();
    const cover = b._add("Bìa");
    cover._load(COVER);
    b._add("Năm 2020")._load(seed001Clean().slice(0, 12));
    b._add(CRITERIA)._load(seed001Clean());
    const before = cover._dump();
    const { g } = loadCode(fakeServices(b));
    const state = g.sidebarScore() as { report: { sheet: string }; notice: string; notices: { en: string } };
    expect(state.report.sheet).toBe(CRITERIA);
    expect(state.notice).toMatch(/^Trang đang mở “Bìa” không có bảng tiêu chí nên đã dùng trang “Bảng tiêu chí 2021”/);
    expect(state.notices.en).toMatch(/^The open sheet “Bìa” has no criteria table/);
    expect(b._active?._name).toBe(CRITERIA);
    b._active = cover;
    const plan = g.sidebarPlan() as { report: { sheet: string } };
    expect(plan.report.sheet).toBe(CRITERIA);
    expect(cover._dump()).toBe(before);
  });

  it("no sheet with a table: the usual notice, nothing written", () => {
    const b = new FakeSpreadsheet();
    b._add("Bìa")._load(COVER);
    b._add("Ghi chú")._load([["Danh sách cán bộ"]]);
    const { g } = loadCode(fakeServices(b));
    const state = g.sidebarScore() as { notice: string };
    expect(state.notice).toContain("Không tìm thấy dòng tiêu đề");
    expect(b._sheets.map((s) => s._name)).toEqual(["Bìa", "Ghi chú"]);
  });
});

describe("Sheets rewrites its result sheets in place", () => {
  beforeAll(ensureBuilt);
  /** a sheet's values cell by cell (Hoàn tác puts values back, not our formatting) */
  const values = (dump: string | undefined) =>
    (dump ?? "").split("\n").map((line) => {
      const at = line.indexOf("=");
      return `${line.slice(0, at)}=${JSON.stringify((JSON.parse(line.slice(at + 1)) as unknown[])[0])}`;
    });

  it("Tính điểm again and Hoàn tác keep the same Kiểm tra and Tổng hợp sheets (formulas elsewhere reading them keep working)", () => {
    const book = new FakeSpreadsheet();
    book._add("Bảng tiêu chí")._load(seed001Messy());
    const { g } = loadCode(fakeServices(book));
    g.sidebarScore();
    const [summary, findings] = [book._find(SHEET_NAMES.summary), book._find(SHEET_NAMES.findings)];
    expect(summary).toBeTruthy();
    expect(findings).toBeTruthy();
    const once = values(findings?._dump());
    book._find("Bảng tiêu chí")?.activate();
    g.sidebarScore();
    expect(book._find(SHEET_NAMES.summary)).toBe(summary);
    expect(book._find(SHEET_NAMES.findings)).toBe(findings);
    expect(values(findings?._dump())).not.toEqual(once);
    g.sidebarUndo();
    expect(book._find(SHEET_NAMES.findings)).toBe(findings);
    expect(values(findings?._dump())).toEqual(once);
  });
});
