import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { layoutKeys } from "../../shared/plan-columns.js";
import { planTable } from "../../shared/plan.js";
import { parsePercent, parseStatus, periodOf, progressReport } from "../../shared/progress.js";
import { seed001Messy } from "../fixtures/seed001.js";

const KEYS = layoutKeys().keys;
const col = (k: string) => KEYS.indexOf(k as (typeof KEYS)[number]);
const asOf = { y: 2026, m: 4, d: 15 };

/** The sample's 28-task plan: 20 done, 5 under way, 3 not started due Quý I/2026. */
function acceptancePlan(): unknown[][] {
  const table = planTable(analyzeSheet(seed001Messy(), { sheet: "Phụ lục" }), "vi");
  const grid = table.grid.map((r) => [...r]);
  let n = 0;
  grid.forEach((r, i) => {
    if (table.kinds[i] !== "item") return;
    const status = n < 20 ? "Đã hoàn thành" : n < 25 ? "Đang thực hiện" : "Chưa thực hiện";
    r[col("progressStatus")] = status;
    r[col("deadline")] = n < 25 ? "Quý II/2026" : "Quý I/2026";
    n++;
  });
  return grid;
}

describe("progress report", () => {
  it("counts the acceptance example: 28 tasks, 71,43 % done, 3 overdue, as of 15/04/2026", () => {
    const report = progressReport(acceptancePlan(), asOf, "vi");
    expect(report?.json).toMatchObject({
      asOf: "2026-04-15",
      period: "Quý II/2026",
      tasks: 28,
      done: 20,
      inProgress: 5,
      notStarted: 3,
      dropped: 0,
      overdue: 3,
      percentDone: 71.43,
    });
    expect(report?.report).toBe("6 tháng đầu năm 2026");
    expect(report?.json.overdueTasks).toHaveLength(3);
    expect(report?.json.overdueTasks[0]).toMatchObject({ due: "2026-03-31" });
    expect(report?.json.overdueTasks.every((t) => /^\d+(\.\d+)+$/.test(t.code) && t.row > 0)).toBe(true);
    const owners = report?.json.owners ?? [];
    expect(owners.reduce((s, o) => s + o.tasks, 0)).toBe(28);
    expect(owners.reduce((s, o) => s + o.overdue, 0)).toBe(3);
    expect(report?.findings).toEqual([]);
    // every point lost sits in a done or an open task
    const total = planTable(analyzeSheet(seed001Messy()), "vi").rows.reduce((s, r) => s + Math.round(r.lost * 1000), 0);
    expect(Math.round(((report?.points.done ?? 0) + (report?.points.open ?? 0)) * 1000)).toBe(total);
  });

  it("leaves dropped tasks out of the share done and never calls them overdue", () => {
    const grid = acceptancePlan();
    const last = grid.map((r) => r[col("progressStatus")]).lastIndexOf("Chưa thực hiện");
    (grid[last] as unknown[])[col("progressStatus")] = "Không thực hiện";
    const r = progressReport(grid, asOf, "vi")?.json;
    expect(r).toMatchObject({ tasks: 28, dropped: 1, overdue: 2, percentDone: 74.07 });
  });

  it("reads a blank status from % hoàn thành or a date done, and flags what it cannot read at the cell", () => {
    const grid = acceptancePlan();
    const rows = grid.map((r, i) => (r[col("progressStatus")] === "Chưa thực hiện" ? i : -1)).filter((i) => i >= 0);
    const [a, b, c] = rows as [number, number, number];
    (grid[a] as unknown[])[col("progressStatus")] = null;
    (grid[a] as unknown[])[col("percent")] = 100;
    (grid[b] as unknown[])[col("progressStatus")] = "Tạm dừng";
    (grid[c] as unknown[])[col("deadline")] = "khi có chỉ đạo";
    const r = progressReport(grid, asOf, "vi");
    expect(r?.json).toMatchObject({ done: 21, overdue: 1 });
    expect(r?.findings.map((f) => [f.code, f.cell])).toEqual([
      ["PROGRESS_STATUS_UNKNOWN", `Q${b + 1}`],
      ["DEADLINE_UNREADABLE", `H${c + 1}`],
    ]);
  });

  it("reads a hand-made annex (seed 004's columns) and skips its headings and signature block", () => {
    const grid = [
      ["PHỤ LỤC I"],
      ["DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
      ["STT", "Nội dung nhiệm vụ", "Sản phẩm", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Tình trạng thực hiện"],
      ["A", "MỤC TIÊU CỤ THỂ"],
      [1, "Rà soát TTHC", "Danh mục TTHC", "Phòng KHNV", "Các khoa, phòng", "Quý I, Quý II", "Đang thực hiện"],
      [2, "Tỷ lệ hồ sơ đúng hạn", "Báo cáo", "Phòng KHNV", "Các khoa, phòng", "Thường xuyên", null],
      [3, "Sổ sức khỏe điện tử", "Báo cáo", "Phòng TCKT", null, "Tháng 3", "Hoàn thành"],
      [],
      [null, "Nơi nhận:", null, "GIÁM ĐỐC"],
    ];
    const r = progressReport(grid, { y: 2026, m: 7, d: 1 }, "vi");
    expect(r?.json).toMatchObject({ tasks: 3, done: 1, inProgress: 1, notStarted: 1, overdue: 1, period: "Quý III/2026" });
    expect(r?.json.overdueTasks).toEqual([{ row: 5, code: "", owner: "Phòng KHNV", due: "2026-06-30" }]);
    expect(r?.json.owners).toEqual([
      { owner: "Phòng KHNV", tasks: 2, done: 0, inProgress: 1, overdue: 1 },
      { owner: "Phòng TCKT", tasks: 1, done: 1, inProgress: 0, overdue: 0 },
    ]);
  });

  it("says nothing about a sheet that is not a plan", () => {
    expect(progressReport([["a", "b"], [1, 2]], asOf, "vi")).toBeNull();
  });

  it("names the period and the report it belongs to", () => {
    expect([1, 4, 7, 10].map((m) => periodOf({ y: 2026, m, d: 1 }, "vi"))).toEqual([
      { period: "Quý I/2026", report: "Quý I/2026" },
      { period: "Quý II/2026", report: "6 tháng đầu năm 2026" },
      { period: "Quý III/2026", report: "9 tháng đầu năm 2026" },
      { period: "Quý IV/2026", report: "Năm 2026" },
    ]);
  });

  it("reads statuses and shares as staff type them", () => {
    expect(["Đã hoàn thành", "hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không thực hiện", "Done", "", "abc"].map(parseStatus)).toEqual([
      "done",
      "done",
      "inProgress",
      "notStarted",
      "dropped",
      "done",
      "blank",
      "unknown",
    ]);
    expect([50, "50%", "50 %", 0.5, 1, 100, 120, "nửa", null].map(parsePercent)).toEqual([50, 50, 50, 50, 1, 100, "invalid", "invalid", null]);
  });
});
