import { describe, expect, it } from "vitest";
import { PAR_FUNCTIONS, runParFunction } from "../../shared/functions.js";
import { SEED001_ROWS } from "../fixtures/seed001.js";

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const run = (name: string, ...args: unknown[]) => runParFunction(name, args);

describe("the PAR_* function table", () => {
  it("declares the twelve functions with vi/en descriptions for every parameter", () => {
    expect(PAR_FUNCTIONS.map((f) => f.name)).toEqual([
      "PAR_DELTA", "PAR_LOST", "PAR_INDEX", "PAR_FINAL", "PAR_GRADE", "PAR_RANK", "PAR_LEVEL", "PAR_PARENT", "PAR_ROLLUP", "PAR_CHECK", "PAR_DUE", "PAR_OVERDUE",
    ]);
    for (const f of PAR_FUNCTIONS) {
      expect(f.description.vi && f.description.en).toBeTruthy();
      for (const p of f.params) expect(p.description.vi && p.description.en && /^[a-z][a-z0-9_]*$/.test(p.name)).toBeTruthy();
    }
  });
});

describe("PAR_DELTA / PAR_LOST / PAR_INDEX", () => {
  it("work on single cells and answer one value", () => {
    expect(run("PAR_DELTA", 1.5, 1.18)).toEqual({ ok: true, value: 0.32 });
    expect(run("PAR_LOST", "3", "2,967")).toEqual({ ok: true, value: 0.033 });
    expect(run("PAR_INDEX", 51.077, 70.5)).toEqual({ ok: true, value: 72.45 });
  });

  it("work on whole columns, blank where a cell is blank, exact to the thousandth", () => {
    expect(run("PAR_DELTA", col(0.3, 1, null), col(0.1, 0.25, 1))).toEqual({ ok: true, value: [[0.2], [0.75], [""]] });
    expect(run("PAR_LOST", col(1, 1), 0.9)).toEqual({ ok: true, value: [[0.1], [0.1]] });
  });

  it("explain bad input with the cell's position", () => {
    const r = run("PAR_DELTA", col(1, "abc"), col(1, 1));
    expect(r).toMatchObject({ ok: false, kind: "value" });
    expect(!r.ok && r.message).toContain("ô thứ 2");
    expect(run("PAR_DELTA", col(1, 2, 3), col(1, 2))).toMatchObject({ ok: false });
  });
});

/** A codes column as staff select it: header, section label, sub-criteria, the total row and a note. */
const REAL_CODES = col("STT", "I", "1", "1.1", "1.2", null, "Tổng cộng", "Ghi chú: tự chấm");

describe("functions over a whole real column", () => {
  it("PAR_LEVEL / PAR_PARENT leave the header, section label, total and note rows blank and compute the rest", () => {
    expect(run("PAR_LEVEL", REAL_CODES)).toEqual({ ok: true, value: [[""], [""], [1], [2], [2], [""], [""], [""]] });
    expect(run("PAR_PARENT", REAL_CODES)).toEqual({ ok: true, value: [[""], [""], [""], ["1"], ["1"], [""], [""], [""]] });
  });

  it("PAR_ROLLUP ignores words in the points column on rows without a code", () => {
    const pts = col("Điểm đạt", null, null, "0,5", 1, null, 1.5, "xem phụ lục");
    expect(run("PAR_ROLLUP", REAL_CODES, pts)).toEqual({ ok: true, value: [[""], [""], [1.5], [0.5], [1], [""], [""], [""]] });
  });

  it("PAR_ROLLUP still refuses a non-number on a code row, naming its position", () => {
    const r = run("PAR_ROLLUP", REAL_CODES, col(null, null, null, "abc", 1, null, null, null));
    expect(r).toMatchObject({ ok: false, kind: "value" });
    expect(!r.ok && r.message).toContain("ô thứ 4");
  });

  it("an error only when no cell of the codes range is a code", () => {
    const r = run("PAR_LEVEL", col("STT", "Tổng cộng"));
    expect(r).toMatchObject({ ok: false, kind: "value" });
    expect(!r.ok && r.message).toContain("“STT”");
    expect(runParFunction("PAR_PARENT", ["Tổng cộng"], "en")).toMatchObject({ ok: false, kind: "value" });
    expect(run("PAR_ROLLUP", col("Tiêu chí", "Tổng cộng"), col(1, 2))).toMatchObject({ ok: false, kind: "value" });
    // an empty cell is not a mistake: the formula filled down past the table stays quiet
    expect(run("PAR_LEVEL", null)).toEqual({ ok: true, value: "" });
  });
});

describe("PAR_GRADE", () => {
  it("uses the national groups by default and a table when given", () => {
    expect(run("PAR_GRADE", col(95, 85, 72.45, 10))).toEqual({ ok: true, value: [["A"], ["B"], ["C"], ["D"]] });
    const table = [[85, "Tốt"], [70, "Khá"], [50, "Trung bình"], [0, "Yếu"]];
    expect(run("PAR_GRADE", 72.45, table)).toEqual({ ok: true, value: "Khá" });
  });

  it("compares the index as given: 89,9999 has not reached 90", () => {
    expect(run("PAR_GRADE", 89.9999)).toEqual({ ok: true, value: "B" });
    expect(run("PAR_GRADE", col("89,9999", "89,99", "90", 90))).toEqual({ ok: true, value: [["B"], ["B"], ["A"], ["A"]] });
    expect(run("PAR_GRADE", 69.9996, [[70, "Khá"], [0, "Yếu"]])).toEqual({ ok: true, value: "Yếu" });
  });

  it("an index the sheet computed as 0,963/1,07×100 shows 90 and is graded A", () => {
    expect(run("PAR_GRADE", (0.963 / 1.07) * 100)).toEqual({ ok: true, value: "A" });
  });
});

describe("PAR_LEVEL / PAR_PARENT", () => {
  it("read the tree from the codes, 1.1 after 1.9 as 1.10", () => {
    const codes = col("1", "1.9", 1.1, "1.10.1", "6.2.2.");
    expect(run("PAR_LEVEL", codes)).toEqual({ ok: true, value: [[1], [2], [2], [3], [3]] });
    expect(run("PAR_PARENT", codes)).toEqual({ ok: true, value: [[""], ["1"], ["1"], ["1.10"], ["6.2"]] });
  });
});

describe("PAR_ROLLUP", () => {
  const codes = col(...SEED001_ROWS.map((r) => r[0]));
  const achieved = col(...SEED001_ROWS.map((r) => r[3]));

  it("rolls the seed's achieved column up exactly", () => {
    const r = run("PAR_ROLLUP", codes, achieved);
    expect(r.ok).toBe(true);
    const out = (r.ok ? r.value : []) as number[][];
    const at = (code: string) => out[SEED001_ROWS.findIndex((x) => x[0].trim().replace(/\.$/, "") === code)]?.[0];
    expect(at("3")).toBe(12.217);
    expect(at("3.3")).toBe(7.717);
    expect(at("3.3.4")).toBe(2.967);
  });

  it("a leaf shows its own points, a parent the sum of its leaves, a duplicate code counts once", () => {
    expect(run("PAR_ROLLUP", col("1", "1.1", "1.1"), col(null, 6, 4))).toEqual({ ok: true, value: [[6], [6], [4]] });
    expect(run("PAR_ROLLUP", col("1", "1.1", "1.1"), col(null, 6, 4), "1")).toEqual({ ok: true, value: 6 });
    expect(run("PAR_ROLLUP", col("1", "1.1", "1.2", "2", "1.2"), col(null, 1, 2, 3, 5))).toEqual({ ok: true, value: [[3], [1], [2], [3], [5]] });
  });

  it("a whole column of thousands of distinct figures comes back row by row, each its own value", () => {
    // more distinct figures than the rows that share one array: every row still says its own figure
    const n = 6000;
    const codes = col("1", ...Array.from({ length: n }, (_, k) => `1.${k + 1}`));
    const points = col(null, ...Array.from({ length: n }, (_, k) => `${k % 7 === 0 ? 1 : k},${String(k % 1000).padStart(3, "0")}`));
    const r = run("PAR_ROLLUP", codes, points);
    const out = (r.ok ? r.value : []) as number[][];
    expect(out).toHaveLength(n + 1);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const want = (k % 7 === 0 ? 1000 : k * 1000) + (k % 1000);
      sum += want;
      expect(out[k + 1]).toEqual([want / 1000]);
    }
    expect(out[0]).toEqual([sum / 1000]);
  });

  it("reads a range whose rows differ in length cell by cell, as one list", () => {
    expect(run("PAR_LEVEL", [["1"], ["1.1", "1.2"], ["2"]])).toEqual({ ok: true, value: [[1], [2], [2], [1]] });
  });

  it("answers one code's total", () => {
    expect(run("PAR_ROLLUP", codes, achieved, "3")).toEqual({ ok: true, value: 12.217 });
    expect(run("PAR_ROLLUP", codes, achieved, "9")).toMatchObject({ ok: false, kind: "na" });
  });
});

describe("PAR_CHECK", () => {
  it("gives a column of findings, blank where the row is sound", () => {
    const r = run("PAR_CHECK", col("1", "1.1", "1.2"), col(2, 1, 1), col(2, 1, 1.5));
    expect(r.ok).toBe(true);
    const out = (r.ok ? r.value : []) as string[][];
    expect(out[0]?.[0]).toContain("tổng các tiêu chí con");
    expect(out[1]?.[0]).toBe("");
    expect(out[2]?.[0]).toContain("vượt điểm tối đa");
  });

  it("names each blank achieved cell on its own row, even when every one is blank (a template)", () => {
    const r = run("PAR_CHECK", col("1", "1.1", "1.2"), col(3, 1, 2), col(null, null, null));
    expect(r).toEqual({ ok: true, value: [[""], ["Tiêu chí chưa có điểm đạt; tạm tính là 0."], ["Tiêu chí chưa có điểm đạt; tạm tính là 0."]] });
  });

  it("refuses ranges of different sizes, as PAR_DELTA does", () => {
    const r = run("PAR_CHECK", col("1", "1.1", "1.2"), col(2, 1), col(2, 1, 1));
    expect(r).toMatchObject({ ok: false, kind: "value" });
    expect(!r.ok && r.message).toBe("cột mã và điểm tối đa phải có cùng số ô");
    expect(run("PAR_CHECK", col("1", "1.1"), col(2, 1), col(2, 1), col(2, 1, 1))).toMatchObject({ ok: false, kind: "value" });
    expect(run("PAR_CHECK", col("1", "1.1"), col(2, 2), col(2, 2, 1))).toMatchObject({ ok: false, kind: "value" });
  });
});

describe("PAR_CHECK positions", () => {
  it("names the duplicate's first position within the range", () => {
    const r = run("PAR_CHECK", col("1", "1.1", "1.1"), col(1, 1, 1), col(1, 1, 1));
    const out = (r.ok ? r.value : []) as string[][];
    expect(out[2]?.[0]).toContain("dòng 2");
  });
});

describe("PAR_DUE / PAR_OVERDUE", () => {
  it("reads a deadline as a date serial, blank when there is no single due date", () => {
    expect(run("PAR_DUE", "Quý II/2026")).toEqual({ ok: true, value: 46203 });
    expect(run("PAR_DUE", "Thường xuyên")).toEqual({ ok: true, value: "" });
    expect(run("PAR_DUE", "Quý II", 2026)).toEqual({ ok: true, value: 46203 });
    expect(run("PAR_DUE", col("Thời gian hoàn thành", "30/6/2026", "Cả năm", null))).toEqual({ ok: true, value: [[""], [46203], [""], [""]] });
    const bad = run("PAR_DUE", "sớm nhất có thể");
    expect(bad).toMatchObject({ ok: false, kind: "value", message: expect.stringContaining("sớm nhất có thể") });
  });

  it("says TRUE only for a task past due and neither done nor dropped", () => {
    const asOf = "2026-04-15";
    expect(run("PAR_OVERDUE", "Quý I/2026", "Chưa thực hiện", asOf)).toEqual({ ok: true, value: true });
    expect(run("PAR_OVERDUE", 46112, "Đang thực hiện", asOf)).toEqual({ ok: true, value: true });
    expect(run("PAR_OVERDUE", "Quý I/2026", "Đã hoàn thành", asOf)).toEqual({ ok: true, value: false });
    expect(run("PAR_OVERDUE", "Quý I/2026", "Không thực hiện", asOf)).toEqual({ ok: true, value: false });
    expect(run("PAR_OVERDUE", "Quý II/2026", "", asOf)).toEqual({ ok: true, value: false });
    expect(run("PAR_OVERDUE", "Thường xuyên", "", asOf)).toEqual({ ok: true, value: false });
    expect(run("PAR_OVERDUE", col("Quý I/2026", "Quý I/2026"), col("Đã hoàn thành", null), new Date(Date.UTC(2026, 3, 15)))).toEqual({ ok: true, value: [[false], [true]] });
    expect(run("PAR_OVERDUE", "Quý I/2026", "", "15/04/2026")).toEqual({ ok: true, value: true });
    expect(run("PAR_OVERDUE", "Quý I/2026", "", "mai")).toMatchObject({ ok: false, kind: "value" });
  });
});

describe("PAR_FINAL and PAR_INDEX with bonus and penalty", () => {
  it("PAR_FINAL takes the latest round with a figure, per row", () => {
    expect(run("PAR_FINAL", 0.5, 0, 0.5)).toEqual({ ok: true, value: 0.5 });
    expect(run("PAR_FINAL", 0.5, 0)).toEqual({ ok: true, value: 0 });
    expect(run("PAR_FINAL", col(2, 2, 1, null), col(1, 1.5, null, null), col(2, null, null, null))).toEqual({ ok: true, value: [[2], [1.5], [1], [""]] });
    expect(run("PAR_FINAL", col(2, "1,5"), col(null, null))).toEqual({ ok: true, value: [[2], [1.5]] });
  });
  it("PAR_FINAL refuses columns of different sizes and text, naming the parameter in Vietnamese", () => {
    expect(run("PAR_FINAL", col(1, 2), col(1))).toMatchObject({ ok: false, kind: "value", message: "điểm tự chấm và điểm thẩm định lần 1 phải có cùng số ô" });
    expect(run("PAR_FINAL", col(1), col("đạt"))).toMatchObject({ ok: false, message: expect.stringContaining("điểm thẩm định lần 1") });
  });
  it("PAR_INDEX adds bonus, subtracts a penalty however it is typed, and stops at 100", () => {
    expect(run("PAR_INDEX", 85.4, 100, 1, 0.5)).toEqual({ ok: true, value: 85.9 });
    expect(run("PAR_INDEX", 7.5, 10, 0.5, -0.25)).toEqual({ ok: true, value: 77.5 });
    expect(run("PAR_INDEX", 7.5, 10, col(0.25, 0.25), "-0,25")).toEqual({ ok: true, value: 77.5 });
    expect(run("PAR_INDEX", 10, 10, 1)).toEqual({ ok: true, value: 100 });
    // without them, as before (an achieved figure over the max shows over 100: the sheet is wrong)
    expect(run("PAR_INDEX", 11, 10)).toEqual({ ok: true, value: 110 });
  });
});

describe("PAR_RANK", () => {
  const indexes = col(91.25, 88.5, "88,50", 70);

  it("ranks like the consolidated table: 1, 2, 2, 4, or dense 1, 2, 2, 3", () => {
    expect(run("PAR_RANK", indexes, indexes)).toEqual({ ok: true, value: [[1], [2], [2], [4]] });
    expect(run("PAR_RANK", indexes, indexes, true)).toEqual({ ok: true, value: [[1], [2], [2], [3]] });
    expect(run("PAR_RANK", 70, indexes, "dense")).toEqual({ ok: true, value: 3 });
  });

  it("ties on the index as published (two decimals) and skips a header in a whole column", () => {
    expect(run("PAR_RANK", 88.499, col("Chỉ số (%)", 88.5, 88.499, 91, null))).toEqual({ ok: true, value: 2 });
    expect(run("PAR_RANK", col(null, 91), col("Chỉ số", 91, 80))).toEqual({ ok: true, value: [[""], [1]] });
  });

  it("answers #N/A for a value not among those ranked and #VALUE! for text", () => {
    expect(run("PAR_RANK", 50, indexes)).toMatchObject({ ok: false, kind: "na", message: expect.stringContaining("50") });
    expect(run("PAR_RANK", "cao", indexes)).toMatchObject({ ok: false, kind: "value", message: expect.stringContaining("cao") });
  });
});

describe("PAR_* on Roman areas with criteria restarting", () => {
  const codes = col("STT", "I", "1", "2", "II", "1", "a)", "b)", "2", null, "Tổng cộng");
  const points = col("Điểm đạt", 3, 1, 2, 4, 2, 1, 1, 2, null, 7);
  it("PAR_LEVEL and PAR_PARENT answer by the row's path", () => {
    expect(run("PAR_LEVEL", codes)).toEqual({ ok: true, value: col("", 1, 2, 2, 1, 2, 3, 3, 2, "", "") });
    expect(run("PAR_PARENT", codes)).toEqual({ ok: true, value: col("", "", "I", "I", "", "II", "II.1", "II.1", "II", "", "") });
  });
  it("PAR_ROLLUP keeps criterion 1 of area II apart from criterion 1 of area I", () => {
    expect(run("PAR_ROLLUP", codes, points)).toEqual({ ok: true, value: col("", 3, 1, 2, 4, 2, 1, 1, 2, "", "") });
    expect(run("PAR_ROLLUP", codes, points, "II")).toEqual({ ok: true, value: 4 });
    expect(run("PAR_ROLLUP", codes, points, "II.1")).toEqual({ ok: true, value: 2 });
  });
});
