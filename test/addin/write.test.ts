import { describe, expect, it } from "vitest";
import { Batch, officeValue, writeEdits, writeGrid } from "../../addin/excel/write.js";
import { FakeExcel } from "./fake-excel.js";

describe("writes", () => {
  it("splits a very large write into requests under Excel on the web's 5 MB limit", async () => {
    const xl = new FakeExcel();
    xl.addSheet("S");
    const ws = xl.context.workbook.worksheets.getItem("S");
    const big = Array.from({ length: 5000 }, (_, r) => Array.from({ length: 6 }, (_, c) => `${r}:${c} ${"x".repeat(400)}`));
    const batch = new Batch(xl.context);
    await writeGrid(batch, ws, 0, 0, big);
    await batch.flush();
    expect(xl.syncs).toBeGreaterThan(2);
    expect(Math.max(...xl.requestBytes)).toBeLessThan(5_000_000);
    expect(xl.sheet("S")!.get(4999, 5)?.value).toBe(big[4999]![5]);
  });

  it("keeps strings literal and merges runs of cells into one range", async () => {
    expect(officeValue("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(officeValue("1.10")).toBe("'1.10");
    expect(officeValue(null)).toBe("");
    // a date (Hoàn tác, or a Date from another host) as Excel keeps it: a serial number, its format set beside it
    expect(officeValue(new Date(Date.UTC(2024, 4, 1)))).toBe(45413);
    const xl = new FakeExcel();
    xl.addSheet("S");
    const ws = xl.context.workbook.worksheets.getItem("S");
    const batch = new Batch(xl.context);
    const edits = Array.from({ length: 100 }, (_, i) => ({ row: i, col: 2, cell: `C${i + 1}`, value: i % 2 ? "1.10" : i }));
    await writeEdits(batch, ws, [...edits, { row: 0, col: 4, cell: "E1", formula: "=C1-C2", value: 0 }]);
    await batch.flush();
    expect(xl.syncs).toBe(1);
    expect(xl.sheet("S")!.get(1, 2)?.value).toBe("1.10");
    expect(xl.sheet("S")!.get(0, 4)?.formula).toBe("=C1-C2");
  });
});
