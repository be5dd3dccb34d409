import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { planTable, weakCriteria } from "../../shared/plan.js";
import { kindOf, layoutKeys, PLAN_COLUMNS } from "../../shared/plan-columns.js";
import { seed001Messy } from "../fixtures/seed001.js";

const analysis = analyzeSheet(seed001Messy(), { sheet: "Phụ lục" });
/** the columns of a new plan, in order: the printed annex, then the working columns */
const KEYS = layoutKeys().keys;
const col = (key: string) => KEYS.indexOf(key as (typeof KEYS)[number]);
/** a column of staff's own, just after ours */
const OWN = KEYS.length;
const COLUMNS = KEYS.map((k) => PLAN_COLUMNS.find((c) => c.key === k) as (typeof PLAN_COLUMNS)[number]);

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

describe("weak criteria where a unit scored a criterion on its own row", () => {
  it("lists the criterion itself with its own figures, none of its blank sub-criteria; the rest of the sheet as usual", () => {
    const grid = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "Lĩnh vực 1", 3, 2.5],
      ["1.1", "a", 1, null],
      ["1.2", "b", 2, null],
      ["2", "Lĩnh vực 2", 3, null],
      ["2.1", "c", 1, 1],
      ["2.2", "d", 2, 0.5],
      ["2.3", "e", 1, null],
    ];
    expect(weakCriteria(analyzeSheet(grid)).map((r) => [r.code, r.max, r.achieved, r.lost])).toEqual([
      ["1", 3, 2.5, 0.5],
      ["2.2", 2, 0.5, 1.5],
      ["2.3", 1, 0, 1],
    ]);
  });
});

describe("planTable", () => {
  const table = planTable(analysis, "vi");

  it("groups the rows under bold area headings, in the seed's columns", () => {
    expect(table.grid[table.headerRow]).toEqual(COLUMNS.map((c) => c.vi));
    expect(table.grid[table.headerRow]?.slice(0, 10)).toEqual([
      "STT",
      "Nội dung",
      "Điểm bị mất",
      "Giải pháp / nhiệm vụ",
      "Sản phẩm",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời gian hoàn thành",
      "Kinh phí",
      "Ghi chú",
    ]);
    const areas = table.grid.filter((_, i) => table.kinds[i] === "area").map((r) => r[col("stt")]);
    expect(areas).toEqual(["I", "III", "IV", "V", "VI", "VII"]);
    expect(table.kinds.filter((k) => k === "item")).toHaveLength(28);
    const first = table.grid[table.kinds.indexOf("item")] as unknown[];
    const at = (k: string) => first[col(k)];
    expect(["stt", "name", "lost", "code", "max", "achieved", "target", "priority"].map(at)).toEqual([1, "1.1.1. Ban hành kế hoạch CCHC", 0.5, "1.1.1", 0.5, 0, 0.5, 10]);
    expect(first[col("owner")]).toBe("Văn phòng Sở");
    expect(first[col("status")]).toBe("Cần khắc phục");
  });

  it("keeps every typed cell on re-generation, without duplicating rows", () => {
    const typed = table.grid.map((r) => [...r]);
    const at = typed.findIndex((r) => r[col("code")] === "3.3.4");
    (typed[at] as unknown[])[col("solution")] = "Rà soát hồ sơ trễ hạn hằng tuần";
    (typed[at] as unknown[])[col("owner")] = "Phòng Nghiệp vụ";
    (typed[at] as unknown[])[col("deadline")] = "Quý II/2021";
    (typed[at] as unknown[])[OWN] = "cột riêng";
    typed.splice(at + 1, 0, [null, null, "Việc phát sinh do phòng tự thêm"]);
    const again = planTable(analysis, "vi", { values: typed });
    const row = again.grid.find((r) => r[col("code")] === "3.3.4") as unknown[];
    expect(row[col("solution")]).toBe("Rà soát hồ sơ trễ hạn hằng tuần");
    expect(row[col("owner")]).toBe("Phòng Nghiệp vụ");
    expect(row[col("deadline")]).toBe("Quý II/2021");
    expect(row[OWN]).toBe("cột riêng");
    const next = again.grid[again.grid.indexOf(row) + 1] as unknown[];
    expect(next[2]).toBe("Việc phát sinh do phòng tự thêm");
    expect(again.grid.filter((r) => r[col("code")] === "3.3.4")).toHaveLength(1);
    expect(again.kinds.filter((k) => k === "item")).toHaveLength(28);
  });

  it("marks a criterion no longer weak as resolved instead of deleting it", () => {
    const typed = table.grid.map((r) => [...r]);
    const at = typed.findIndex((r) => r[col("code")] === "1.8");
    (typed[at] as unknown[])[col("evidence")] = "Công văn 123/SYT-VP";
    const better = seed001Messy().map((r) => (r[0] === "1.8" ? [r[0], r[1], "2", "2", "2", "0", r[6]] : r));
    const again = planTable(analyzeSheet(better), "vi", { values: typed });
    const row = again.grid.find((r) => r[col("code")] === "1.8") as unknown[];
    expect(row[col("status")]).toBe("Đã khắc phục");
    expect(row[col("evidence")]).toBe("Công văn 123/SYT-VP");
    expect(row[col("lost")]).toBe(0);
    expect(again.stats).toMatchObject({ weak: 27, resolved: 1 });
  });

  it("never loses a typed cell, whatever is typed where (property)", () => {
    const typedCols = KEYS.map((k, i) => (kindOf(k) === "generated" ? -1 : i)).filter((i) => i >= 0);
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
    expect(en.grid[en.headerRow]?.[col("solution")]).toBe("Solution / task");
  });
});

describe("planTable re-generation keeps what staff typed", () => {
  const table = planTable(analysis, "vi");
  const keyCol = (t: { columns: { key: string | null }[] }, key: string) => t.columns.findIndex((c) => c.key === key);
  const rowOf = (t: ReturnType<typeof planTable>, code: string) => t.grid.filter((r) => r[keyCol(t, "code")] === code);
  const edits = [
    { code: "1.1.1", key: "solution", text: "Họp giao ban hằng tháng" },
    { code: "3.3.4", key: "evidence", text: "Đạt 50%" },
    { code: "7.4.2", key: "note", text: "Xem lại quy trình ISO" },
    { code: "1.8", key: "owner", text: "Phòng Nghiệp vụ" },
  ];
  /** a row without its trailing blank cells */
  const trim = (r: readonly unknown[]) => {
    let n = r.length;
    while (n > 0 && (r[n - 1] === null || r[n - 1] === undefined || r[n - 1] === "")) n--;
    return r.slice(0, n);
  };
  const typedPlan = () => {
    const typed = table.grid.map((r) => [...r]);
    for (const e of edits) (typed.find((r) => r[col("code")] === e.code) as unknown[])[col(e.key)] = e.text;
    return typed;
  };
  const expectEdits = (t: ReturnType<typeof planTable>) => {
    for (const e of edits) {
      const rows = rowOf(t, e.code);
      expect(rows).toHaveLength(1);
      expect((rows[0] as unknown[])[keyCol(t, e.key)]).toBe(e.text);
    }
    expect(t.kinds.filter((k) => k === "item")).toHaveLength(28);
    expect(t.kinds.filter((k) => k === "area")).toHaveLength(6);
    expect(t.stats.keptCells).toBe(edits.length);
  };

  it.each(["Mã số", "Mã TC", "Code", "MÃ TIÊU CHÍ\n"])("finds the plan when the code column is titled %j", (title) => {
    const typed = typedPlan();
    (typed[table.headerRow] as unknown[])[col("code")] = title;
    const again = planTable(analysis, "vi", { values: typed });
    expect(again.grid[again.headerRow]?.[col("code")]).toBe(title.trim());
    expectEdits(again);
    expect(planTable(analysis, "vi", { values: again.grid }).grid).toEqual(again.grid);
  });

  it("matches rows by criterion name when staff deleted the code column", () => {
    const typed = typedPlan().map((r) => r.filter((_, c) => c !== col("code")));
    const again = planTable(analysis, "vi", { values: typed });
    expect(again.columns.at(-1)?.key).toBe("code");
    expectEdits(again);
    expect(again.kinds.filter((k) => k === "kept")).toHaveLength(0);
    expect(planTable(analysis, "vi", { values: again.grid }).grid).toEqual(again.grid);
  });

  it("keeps a sheet it cannot read, verbatim, after the new table", () => {
    const wide = Array.from({ length: 22 }, (_, c) => (c === 21 ? "ô xa" : null));
    const old: unknown[][] = [["Kế hoạch riêng của phòng"], [], ["Việc", "Người làm", "Hạn"], ["Rà soát hồ sơ", "Anh Bình", "Quý II"], wide];
    const again = planTable(analysis, "vi", { values: old });
    expect(again.kinds.filter((k) => k === "item")).toHaveLength(28);
    const tail = again.grid.slice(-5).map(trim);
    expect(tail[0]?.[0]).toMatch(/không đối chiếu được/);
    expect(tail.slice(1)).toEqual([0, 2, 3, 4].map((i) => trim(old[i] as unknown[])));
    expect(again.stats).toMatchObject({ keptRows: 4, keptCells: 8 });
    expect(planTable(analysis, "vi", { values: again.grid }).grid).toEqual(again.grid);
  });

  it("keeps one heading per area when staff typed on it", () => {
    const typed = typedPlan();
    const at = table.kinds.indexOf("area", table.kinds.indexOf("area") + 1);
    (typed[at] as unknown[])[col("note")] = "Lĩnh vực ưu tiên";
    (typed[at] as unknown[])[OWN] = "cột riêng";
    const again = planTable(analysis, "vi", { values: typed, formulas: typed.map((_, i) => (i === at ? Array.from({ length: OWN + 2 }, (_, c) => (c === OWN + 1 ? "=1+1" : null)) : [])) });
    const headings = again.grid.filter((_, i) => again.kinds[i] === "area");
    expect(headings.map((r) => r[col("stt")])).toEqual(["I", "III", "IV", "V", "VI", "VII"]);
    expect(headings[1]?.[col("note")]).toBe("Lĩnh vực ưu tiên");
    expect(headings[1]?.[OWN]).toBe("cột riêng");
    expect(again.formulas).toEqual([{ row: again.grid.indexOf(headings[1] as unknown[]), col: OWN + 1, formula: "=1+1" }]);
    expect(again.kinds.filter((k) => k === "kept")).toHaveLength(0);
    expectEdits({ ...again, stats: { ...again.stats, keptCells: again.stats.keptCells - 2 } });
    const formulas = again.grid.map(() => [] as unknown[]);
    for (const f of again.formulas) (formulas[f.row] as unknown[])[f.col] = f.formula;
    expect(planTable(analysis, "vi", { values: again.grid, formulas }).grid).toEqual(again.grid);
  });

  it("keeps one heading per area when staff number them I, II…", () => {
    const typed = typedPlan();
    const areaRows = table.kinds.map((k, i) => (k === "area" ? i : -1)).filter((i) => i >= 0);
    const roman = ["I", "II", "III", "IV", "V", "VI"];
    areaRows.forEach((r, i) => ((typed[r] as unknown[])[col("stt")] = roman[i]));
    (typed[areaRows[0] as number] as unknown[])[col("name")] = null; // "I" is area 1: its name is filled back
    (typed[areaRows[2] as number] as unknown[])[col("name")] = "Cải cách tổ chức bộ máy hành chính"; // found by name
    const again = planTable(analysis, "vi", { values: typed });
    const headings = again.grid.filter((_, i) => again.kinds[i] === "area");
    expect(headings.map((r) => r[col("stt")])).toEqual(roman);
    expect(headings[0]?.[col("name")]).toBe("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
    expect(headings[2]?.[col("name")]).toBe("Cải cách tổ chức bộ máy hành chính");
    expect(again.kinds.filter((k) => k === "kept")).toHaveLength(0);
    // staff's own cells on the headings: five numerals (their "I" is ours too) and the reworded name
    expectEdits({ ...again, stats: { ...again.stats, keptCells: again.stats.keptCells - 6 } });
    expect(planTable(analysis, "vi", { values: again.grid }).grid).toEqual(again.grid);
  });

  it("keeps a signature block typed below the table at the end, blank lines and all", () => {
    const typed: unknown[][] = table.grid.map((r) => [...r]);
    const block = [["Nơi nhận:", null, null, "GIÁM ĐỐC"], ["- Như trên;"], [], [], [null, null, null, "Nguyễn Văn A"]];
    typed.push([], ...block.map((r) => [null, null, ...r]));
    const worse = seed001Messy().map((r) => (r[0] === "7.4.4" ? [r[0], r[1], "0,5", "0,25", "0,5", "0,25", r[6]] : r));
    const again = planTable(analyzeSheet(worse), "vi", { values: typed });
    const n = again.grid.length;
    expect(again.grid.slice(n - 5).map(trim)).toEqual(block.map((r) => trim([null, null, ...r])));
    expect(again.kinds[n - 6]).toBe("blank");
    expect(again.grid[n - 7]?.[col("code")]).toBe("7.4.4");
    expect(planTable(analyzeSheet(worse), "vi", { values: again.grid }).grid).toEqual(again.grid);
  });

  it("never loses or repeats a typed cell, whatever the layout (property)", () => {
    const width = KEYS.length;
    const typedCols = KEYS.map((k, i) => (kindOf(k) === "generated" ? -1 : i)).filter((i) => i >= 0);
    const items = table.kinds.map((k, i) => (k === "item" ? i : -1)).filter((i) => i >= 0);
    const areas = table.kinds.map((k, i) => (k === "area" ? i : -1)).filter((i) => i >= 0);
    const text = fc.string({ minLength: 1, maxLength: 8 });
    const edit = fc.oneof(
      fc.record({ at: fc.constantFrom(...items), col: fc.constantFrom(...typedCols, width), text }),
      fc.record({ at: fc.constantFrom(...areas), col: fc.constantFrom(...typedCols, col("max"), width), text }),
    );
    // a row of staff's own: inserted before row `at` (past the end: below the table)
    const insert = fc.record({ at: fc.integer({ min: table.headerRow + 1, max: table.grid.length + 3 }), col: fc.constantFrom(col("name"), ...typedCols), text });
    const layout = fc.constantFrom("as is", "renamed", "no code column");
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(insert, { maxLength: 4 }), layout, (edits, inserts, how) => {
        const typed: unknown[][] = table.grid.map((r) => [...r]);
        const tokens: string[] = [];
        const token = (text: string) => (tokens.push(`‹${tokens.length}›${text}`), tokens.at(-1) as string);
        for (const e of edits) (typed[e.at] as unknown[])[e.col] = token(e.text);
        for (const i of [...inserts].sort((a, b) => b.at - a.at)) {
          const row = new Array<unknown>(width).fill(null);
          row[i.col] = token(i.text);
          while (typed.length < i.at) typed.push([]);
          typed.splice(i.at, 0, row);
        }
        if (how === "renamed") (typed[table.headerRow] as unknown[])[col("code")] = "Mã số";
        const values = how === "no code column" ? typed.map((r) => r.filter((_, c) => c !== col("code"))) : typed;
        const again = planTable(analysis, "vi", { values });
        const twice = planTable(analysis, "vi", { values: again.grid });
        expect(twice.grid).toEqual(again.grid);
        const cells = again.grid.flat().filter((v) => typeof v === "string" && v.startsWith("‹"));
        const outCol = (c: number) => (how === "no code column" && c > col("code") ? c - 1 : c);
        const live = edits.filter((e, i) => !edits.slice(i + 1).some((x) => x.at === e.at && x.col === e.col));
        const insertTokens = tokens.slice(edits.length);
        // each surviving token once, no more (an edit typed twice on one cell leaves the second)
        expect(cells.sort()).toEqual([...live.map((e) => tokens[edits.indexOf(e)] as string), ...insertTokens].sort());
        for (const e of live) {
          const t = tokens[edits.indexOf(e)];
          const code = table.grid[e.at]?.[col("code")];
          const row = code ? rowOf(again, code as string)[0] : again.grid.find((r, i) => again.kinds[i] === "area" && r.includes(t));
          expect(row?.[outCol(e.col)]).toBe(t);
        }
        for (const t of insertTokens) expect(again.kinds[again.grid.findIndex((r) => r.includes(t))]).toBe("kept");
        expect(again.kinds.filter((k) => k === "item")).toHaveLength(28);
        expect(again.kinds.filter((k) => k === "area")).toHaveLength(6);
      }),
      { numRuns: 150 },
    );
  });

  it("reads a plan written in English, and refreshes only our own counts line above it", () => {
    const en = planTable(analysis, "en");
    const typed = en.grid.map((r) => [...r]);
    (typed.find((r) => r[col("code")] === "1.8") as unknown[])[col("solution")] = "Weekly review";
    typed.splice(1, 0, ["Sở Y tế tỉnh Lai Châu"]);
    const better = seed001Messy().map((r) => (r[0] === "1.8" ? [r[0], r[1], "2", "2", "2", "0", r[6]] : r));
    const again = planTable(analyzeSheet(better, { sheet: "Phụ lục" }), "vi", { values: typed });
    expect(again.grid.slice(0, 5).map((r) => r[0])).toEqual([
      "APPENDIX",
      "Sở Y tế tỉnh Lai Châu",
      en.grid[1]?.[0],
      en.grid[2]?.[0],
      expect.stringMatching(/^\(Lập từ bảng “Phụ lục”: 27 tiêu chí/),
    ]);
    expect(again.grid[again.headerRow]?.[col("solution")]).toBe("Solution / task");
    expect((again.grid.find((r) => r[col("code")] === "1.8") as unknown[])[col("solution")]).toBe("Weekly review");
    expect(again.stats).toMatchObject({ weak: 27, resolved: 1, keptCells: 2, keptRows: 1 });
  });

  it("counts only cells staff typed", () => {
    expect(planTable(analysis, "vi", { values: table.grid }).stats).toMatchObject({ keptCells: 0, keptRows: 0 });
    const typed = table.grid.map((r) => [...r]);
    const at = (code: string) => typed.find((r) => r[col("code")] === code) as unknown[];
    at("1.1.1")[col("solution")] = "Ban hành trong quý I";
    at("1.8")[col("owner")] = "Phòng Nghiệp vụ";
    at("1.7")[col("owner")] = "  Văn phòng  sở "; // what the sheet suggests, spaced and cased otherwise
    at("6.3")[OWN] = "cột riêng";
    expect(planTable(analysis, "vi", { values: typed }).stats).toMatchObject({ keptCells: 3, keptRows: 0 });
  });

  it("gives criteria no longer in the set no priority, and counts them apart from resolved ones", () => {
    const typed = table.grid.map((r) => [...r]);
    const line = (cells: Record<string, unknown>) => KEYS.map((k) => cells[k] ?? null);
    typed.push(line({ stt: "8", name: "LĨNH VỰC CŨ" }));
    typed.push(line({ stt: 29, code: "8.1", name: "Tiêu chí cũ", max: 1, achieved: 0, lost: 1, priority: 5, solution: "Đã làm" }));
    const again = planTable(analysis, "vi", { values: typed });
    const row = again.grid.find((r) => r[col("code")] === "8.1") as unknown[];
    expect(row[col("priority")]).toBeNull();
    expect(row[col("solution")]).toBe("Đã làm");
    expect(row[col("status")]).toBe("Không còn trong bộ tiêu chí");
    expect(again.stats).toMatchObject({ weak: 28, resolved: 0, dropped: 1 });
    expect(again.grid.filter((r) => r[col("priority")] === 5)).toHaveLength(1);
  });
});

describe("where the table ends", () => {
  it("is the last criterion row, so a signature block below it is printed without borders", () => {
    const analysis = analyzeSheet(seed001Messy(), { sheet: "Phụ lục" });
    const first = planTable(analysis, "vi");
    const typed = [...first.grid.map((r) => [...r]), [], [null, "GIÁM ĐỐC"], [null, "Phan Văn A"]];
    const again = planTable(analysis, "vi", { values: typed });
    expect(again.kinds[again.tableEnd]).toBe("item");
    expect(again.grid.slice(again.tableEnd + 1).map((r) => r[1])).toContain("GIÁM ĐỐC");
    expect(first.tableEnd).toBe(first.grid.length - 1);
  });
});

describe("the printed annex", () => {
  const analysis = analyzeSheet(seed001Messy(), { sheet: "Phụ lục" });
  const table = planTable(analysis, "vi");

  it("opens with PHỤ LỤC, the reference to the plan and its title, kept once staff fill them in", () => {
    expect(table.grid.slice(0, 3).map((r) => r[0])).toEqual([
      "PHỤ LỤC",
      "(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm …)",
      "KẾ HOẠCH KHẮC PHỤC ĐIỂM YẾU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
    ]);
    expect(table.emphasis.slice(0, 4)).toEqual(["bold", "italic", "bold", "italic"]);
    const typed = table.grid.map((r) => [...r]);
    (typed[1] as unknown[])[0] = "(Kèm theo Kế hoạch số 125/KH-SYT ngày 20 tháng 01 năm 2026 của Sở Y tế)";
    (typed[2] as unknown[])[0] = "CÁC NHIỆM VỤ KHẮC PHỤC ĐIỂM YẾU CCHC NĂM 2026";
    const again = planTable(analysis, "vi", { values: typed });
    expect(again.grid.slice(0, 3).map((r) => r[0])).toEqual(["PHỤ LỤC", typed[1]?.[0], typed[2]?.[0]]);
    expect(again.sources.slice(0, again.headerRow + 1)).toEqual(Array.from({ length: again.headerRow + 1 }, (_, i) => i));
  });

  it("prints ten columns and groups the working ones after them", () => {
    expect(table.printLastCol).toBe(9);
    expect(table.working).toEqual({ from: 10, to: KEYS.length - 1 });
    expect(table.columns.slice(0, 10).reduce((s, c) => s + c.width, 0)).toBeLessThanOrEqual(145);
    expect(Object.keys(table.progress).sort()).toEqual(["deadline", "doneDate", "due", "percent", "progressStatus"]);
  });

  it("numbers items 1, 2, 3… in each area, or on through the plan when settings say so", () => {
    const items = (t: ReturnType<typeof planTable>) => t.grid.filter((_, i) => t.kinds[i] === "item").map((r) => r[col("stt")]);
    // each area starts again at 1: the numbers go 1, 2… n, 1, 2…
    const numbers = items(table) as number[];
    const perArea = table.kinds.reduce<number[]>((n, k) => (k === "area" ? [...n, 0] : k === "item" ? [...n.slice(0, -1), (n.at(-1) as number) + 1] : n), []);
    expect(numbers).toEqual(perArea.flatMap((n) => Array.from({ length: n }, (_, i) => i + 1)));
    expect(perArea.length).toBe(6);
    const continuous = planTable(analyzeSheet(seed001Messy(), { settings: { plan: { numbering: "continuous" } } }), "vi");
    expect(items(continuous)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it("prints the column set chosen in settings", () => {
    const short = planTable(analyzeSheet(seed001Messy(), { settings: { plan: { columns: "short" } } }), "vi");
    expect(short.grid[short.headerRow]?.slice(0, 6)).toEqual(["STT", "Nội dung", "Giải pháp / nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]);
    expect(short.printLastCol).toBe(5);
    const own = planTable(analyzeSheet(seed001Messy(), { settings: { plan: { columns: ["stt", "name", "solution", "deadline", "progressStatus"] } } }), "vi");
    expect(own.grid[own.headerRow]?.slice(0, 5)).toEqual(["STT", "Nội dung", "Giải pháp / nhiệm vụ", "Thời gian hoàn thành", "Tình trạng thực hiện"]);
  });

  it("fills the due date from the time staff typed, and says where every row came from", () => {
    const typed = table.grid.map((r) => [...r]);
    const at = typed.findIndex((r) => r[col("code")] === "1.8");
    (typed[at] as unknown[])[col("deadline")] = "Quý II/2026";
    typed.splice(at, 0, [null, "Việc riêng của phòng"]);
    const again = planTable(analysis, "vi", { values: typed });
    const row = again.grid.findIndex((r) => r[col("code")] === "1.8");
    expect(again.grid[row]?.[col("due")]).toBe(46203); // 30/6/2026
    expect(again.sources[row]).toBe(at + 1);
    expect(again.sources[row - 1]).toBe(at);
  });

  it("reads a plan made by an earlier version (17 columns): its columns stay, the new ones come after", () => {
    const oldTitles = ["STT", "Mã tiêu chí", "Tiêu chí / Nội dung thực hiện", "Điểm tối đa", "Điểm đạt", "Điểm bị mất", "Mục tiêu", "Ưu tiên", "Giải pháp thực hiện", "Sản phẩm", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Kinh phí dự kiến (triệu đồng)", "Tiến độ", "Ghi chú", "Trạng thái"];
    const old = [["KẾ HOẠCH KHẮC PHỤC ĐIỂM YẾU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"], [], oldTitles, ["1", null, "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"], [1, "1.1.1", "Ban hành kế hoạch CCHC", 0.5, 0, 0.5, 0.5, 10, "Ban hành trong quý I", null, "Văn phòng Sở", null, "Quý I/2026", null, "Đã hoàn thành", null, "Cần khắc phục"]];
    const again = planTable(analysis, "vi", { values: old });
    expect(again.grid[again.headerRow]?.slice(0, 17)).toEqual(oldTitles);
    expect(again.grid[again.headerRow]?.slice(17)).toEqual(["Tình trạng thực hiện", "% hoàn thành", "Ngày hoàn thành", "Văn bản / sản phẩm kiểm chứng", "Hạn (ngày)"]);
    const row = again.grid.find((r) => r[1] === "1.1.1") as unknown[];
    expect(row[8]).toBe("Ban hành trong quý I");
    expect(row[14]).toBe("Đã hoàn thành");
    expect(row[21]).toBe(46112); // 31/3/2026
    expect(again.printLastCol).toBe(15);
  });
});

describe("rows taken over keep their order", () => {
  it("a re-generated plan takes the old rows in their order, so a host can reshape the sheet in place (property)", () => {
    const analysis = analyzeSheet(seed001Messy(), { sheet: "Phụ lục" });
    const table = planTable(analysis, "vi");
    const codes = ["1.1.1", "1.8", "3.3.4", "5.3.2", "7.4.2"];
    fc.assert(
      fc.property(fc.subarray(codes), fc.array(fc.integer({ min: table.headerRow + 1, max: table.grid.length }), { maxLength: 3 }), (better, inserts) => {
        const typed: unknown[][] = table.grid.map((r) => [...r]);
        for (const at of [...inserts].sort((a, b) => b - a)) typed.splice(at, 0, [null, `việc riêng ${at}`]);
        // criteria reaching their maximum stay (resolved) where they were; none moves
        const grid = seed001Messy().map((r) => (better.includes(String(r[0])) ? [r[0], r[1], r[2], r[2], r[2], "0", r[6]] : r));
        const again = planTable(analyzeSheet(grid, { sheet: "Phụ lục" }), "vi", { values: typed });
        const taken = again.sources.filter((s): s is number => s !== null);
        expect(taken).toEqual([...taken].sort((a, b) => a - b));
        expect(new Set(taken).size).toBe(taken.length);
      }),
      { numRuns: 40 },
    );
  });
});
