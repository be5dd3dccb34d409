// Our sheets are told apart from the user's by their mark, never their name; a taken name gives the next free one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findSheetName,
  freeName,
  isOwnSheet,
  marksFromNames,
  OWN_MARK_NAME,
  ownTargets,
  refSheet,
  sameSheetName,
  sheetEntries,
  takenNotice,
} from "../../shared/index.js";

const NFD = (s: string) => s.normalize("NFD");

describe("sheet names as hosts compare them", () => {
  it.each([
    ["Tổng hợp", "TỔNG HỢP"],
    ["Tổng hợp", NFD("Tổng hợp")],
    ["Kế hoạch khắc phục", " Kế hoạch khắc phục "],
    ["kiểm tra", NFD(" KIỂM TRA ")],
  ])("“%s” and “%s” are one name", (a, b) => expect(sameSheetName(a, b)).toBe(true));

  it("different names stay different", () => {
    expect(sameSheetName("Tổng hợp", "Tổng hợp (2)")).toBe(false);
    expect(sameSheetName("Kiểm tra", "Kiem tra")).toBe(false);
  });

  it("finds a sheet whatever its case, normalisation and outer spaces, exact first", () => {
    const names = ["Hướng dẫn", "Bảng tiêu chí 2021", "bảng tiêu chí 2021 "];
    expect(findSheetName(names, "bảng tiêu chí 2021 ")).toBe("bảng tiêu chí 2021 ");
    expect(findSheetName(names, NFD(" BẢNG TIÊU CHÍ 2021"))).toBe("Bảng tiêu chí 2021");
    expect(findSheetName(names, "Bảng 2")).toBeNull();
  });
});

describe("marks", () => {
  it("reads the sheet of a defined name's reference, quoted or not; #REF! marks nothing", () => {
    expect(refSheet("'Kế hoạch''s'!$A$1")).toBe("Kế hoạch's");
    expect(refSheet("=Sheet1!$A$1")).toBe("Sheet1");
    expect(refSheet("#REF!")).toBeNull();
    expect(
      marksFromNames([
        { name: OWN_MARK_NAME.summary, ref: "'Tổng hợp (2)'!$A$1" },
        { name: OWN_MARK_NAME.findings.toUpperCase(), ref: "'Kiểm tra'!$A$1" },
        { name: OWN_MARK_NAME.plan, ref: "#REF!" },
        { name: "Vung_in", ref: "'Tổng hợp'!$A$1:$C$9" },
      ]),
    ).toEqual([
      { kind: "findings", sheet: "Kiểm tra" },
      { kind: "summary", sheet: "Tổng hợp (2)" },
    ]);
  });

  it("a sheet is ours only by its mark: a user's “Tổng hợp” is not", () => {
    const entries = sheetEntries(["Tổng hợp", "Tổng hợp (2)"], [{ kind: "summary", sheet: "Tổng hợp (2)" }]);
    expect(entries.map(isOwnSheet)).toEqual([false, true]);
  });
});

describe("where our sheets go", () => {
  it("into the marked sheet, even renamed", () => {
    const t = ownTargets(sheetEntries(["Bảng", "Tổng hợp", "KQ 2021"], [{ kind: "summary", sheet: "KQ 2021" }]), ["summary", "findings"] as const);
    expect(t.summary).toEqual({ kind: "summary", name: "KQ 2021", exists: true, displaced: false });
    expect(t.findings).toEqual({ kind: "findings", name: "Kiểm tra", exists: false, displaced: false });
  });

  it("a copy carrying the mark too (Sheets copies metadata) is not the one written: ours keeps its name", () => {
    const entries = sheetEntries(["Bảng", "Bản sao của Tổng hợp", "Tổng hợp"], [
      { kind: "summary", sheet: "Bản sao của Tổng hợp" },
      { kind: "summary", sheet: "Tổng hợp" },
    ]);
    expect(ownTargets(entries, ["summary"] as const).summary.name).toBe("Tổng hợp");
  });

  it.each([["Tổng hợp"], ["TỔNG HỢP"], [NFD("Tổng hợp")], [" tổng hợp "]])("next to a user's “%s”: “Tổng hợp (2)”, said in vi and en", (user) => {
    const t = ownTargets(sheetEntries(["Bảng", user], []), ["summary"] as const);
    expect(t.summary).toEqual({ kind: "summary", name: "Tổng hợp (2)", exists: false, displaced: true, takenBy: user });
    // the user's sheet is named as it is written
    expect(takenNotice([t.summary], "vi")).toBe(`Trang “${user}” là của người dùng nên được giữ nguyên; kết quả ghi vào trang “Tổng hợp (2)”.`);
    expect(takenNotice([t.summary], "en")).toContain("went to “Tổng hợp (2)”");
  });

  it("a free name is never one a sheet has, and fits Excel's 31 characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Tổng hợp", "TỔNG HỢP", "Tổng hợp (2)", NFD("tổng hợp (3)"), " Tổng hợp (4) ", "Khác"), { maxLength: 8 }), (taken) => {
        const name = freeName("Tổng hợp", taken);
        expect(taken.some((t) => sameSheetName(t, name))).toBe(false);
        expect(name.length).toBeLessThanOrEqual(31);
      }),
    );
    expect(freeName("K".repeat(31), ["K".repeat(31)])).toBe(`${"K".repeat(27)} (2)`);
  });
});
