import { describe, expect, it } from "vitest";
import { dateToSerial, isDate, isDateFormat, serialToDate, staffDate, typedAsDate, withDates } from "../../shared/dates.js";
import { runInNewContext } from "node:vm";

describe("dates in cells", () => {
  it("tells date formats from number formats", () => {
    for (const f of ["dd/mm/yyyy", "d/m/yy", "m/d/yyyy", "[$-42A]d mmmm yyyy", "d-mmm-yy", "h:mm", "yyyy-mm-dd", "[Red]dd/mm/yyyy"]) expect(isDateFormat(f), f).toBe(true);
    for (const f of ["General", "0.00", "0.0##", "#,##0.0##", "@", "0%", '"điểm" 0', "[Red]0.00", "0.00E+00", "", null, 3]) expect(isDateFormat(f), String(f)).toBe(false);
  });

  it("reads Excel serials and back, 1 May 2024 being 45413", () => {
    expect(serialToDate(45413).toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(dateToSerial(new Date(Date.UTC(2024, 4, 1)))).toBe(45413);
    expect(dateToSerial(serialToDate(45413.75))).toBe(45413.75);
  });

  it("shows the day staff see, whatever the host's time zone at midnight", () => {
    expect(staffDate(new Date(Date.UTC(2024, 4, 1)))).toBe("01/05/2024"); // exceljs, Office.js serials
    expect(staffDate(new Date(Date.UTC(2024, 3, 30, 17)))).toBe("01/05/2024"); // Sheets in Asia/Ho_Chi_Minh
    expect(staffDate(new Date(Date.UTC(2024, 4, 1, 5)))).toBe("01/05/2024"); // Sheets in America/Bogota
    expect(typedAsDate(new Date(Date.UTC(2024, 4, 1)))).toBe("1,5");
    expect(staffDate(new Date(NaN))).toBe("");
  });

  it("knows a Date made in another realm (Apps Script's V8, a vm)", () => {
    const foreign = runInNewContext("new Date(0)") as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate("2024-05-01")).toBe(false);
  });

  it("turns numbers under date formats into Dates, and leaves a grid without any untouched", () => {
    const grid = [[1, 45413], ["x", 2]];
    expect(withDates(grid, [["General", "dd/mm/yyyy"], ["General", "General"]])).toEqual([[1, serialToDate(45413)], ["x", 2]]);
    expect(withDates(grid, [["General", "0.00"]])).toBe(grid);
    expect(withDates(grid, undefined)).toBe(grid);
  });
});
