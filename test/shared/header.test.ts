import { describe, expect, it } from "vitest";
import { findHeader, roleOf } from "../../shared/header.js";
import { seed001Messy } from "../fixtures/seed001.js";

describe("header words", () => {
  it("maps the words staff use, whatever the case, diacritics or line breaks", () => {
    expect(roleOf("STT")).toBe("code");
    expect(roleOf("Số TT")).toBe("code");
    expect(roleOf("Lĩnh vực/Tiêu chí/Tiêu chí thành phần")).toBe("name");
    expect(roleOf("Điểm tối\nđa")).toBe("max");
    expect(roleOf("THANG ĐIỂM")).toBe("max");
    expect(roleOf("Điểm đạt\nđược năm\n2020")).toBe("achieved");
    expect(roleOf("Điểm thẩm định")).toBe("achieved");
    expect(roleOf("Mục tiêu năm 2021 Điểm")).toBe("target");
    expect(roleOf("Mục tiêu năm 2021 Tăng/giảm so với năm 2020")).toBe("delta");
    expect(roleOf("Chênh lệch")).toBe("delta");
    expect(roleOf("Phòng phụ trách")).toBe("owner");
    expect(roleOf("Đơn vị phối hợp")).toBe("coordinator");
    expect(roleOf("Tài liệu kiểm chứng")).toBe("evidence");
    expect(roleOf("Ghi chú")).toBe("note");
  });
});

describe("findHeader", () => {
  it("finds a two-row header under title rows, with the merged target group", () => {
    const h = findHeader(seed001Messy());
    expect(h).toMatchObject({ row: 4, height: 2 });
    expect(h?.columns).toEqual({ code: 0, name: 1, max: 2, achieved: 3, target: 4, delta: 5, owner: 6, note: 7 });
  });

  it("prefers the appraised score, then the self score, and reports the others", () => {
    const h = findHeader([["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt năm 2022", "Điểm tự chấm", "Điểm thẩm định", "Ghi chú"]]);
    expect(h?.columns.achieved).toBe(5);
    expect(h?.alternatives).toEqual([3, 4]);
    const self = findHeader([["TT", "Nội dung tiêu chí", "Thang điểm", "Điểm đạt năm 2022", "Điểm tự đánh giá"]]);
    expect(self?.columns.achieved).toBe(4);
  });

  it("lets the caller override a column", () => {
    const h = findHeader([["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"]], { achieved: 3 });
    expect(h?.columns.achieved).toBe(3);
  });

  it("finds nothing in a plan or a letter", () => {
    expect(findHeader([["KẾ HOẠCH"], ["STT", "Nội dung thực hiện", "Giải pháp thực hiện", "Thời gian"]])).toBeNull();
    expect(findHeader([])).toBeNull();
  });
});

describe("headers over several rows", () => {
  it("reads a group title over a year over sub-titles, and stops at the column-number row", () => {
    const h = findHeader([
      ["BẢNG TỰ CHẤM ĐIỂM"],
      ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm đánh giá", null, "Ghi chú"],
      [null, null, null, "Năm 2024", null, null],
      [null, null, null, "Tự chấm", "Thẩm định", null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      ["1", "Công tác chỉ đạo", 3, 2.5, 2, null],
    ]);
    expect(h).toMatchObject({ row: 1, height: 3 });
    expect(h?.headers[3]).toBe("Điểm đánh giá Năm 2024 Tự chấm");
    expect(h?.headers[4]).toBe("Điểm đánh giá Năm 2024 Thẩm định");
    expect(h?.columns).toMatchObject({ code: 0, name: 1, max: 2, note: 5 });
    expect([3, 4]).toContain(h?.columns.achieved);
  });
  it("finds the max under a group “Điểm” that only the second row names", () => {
    const h = findHeader([
      ["STT", "Nội dung", "Điểm", null, "Ghi chú"],
      [null, null, "Tối đa", "Điểm chấm", null],
      ["1", "A", 1, 1, null],
    ]);
    expect(h).toMatchObject({ row: 0, height: 2 });
    expect(h?.columns).toMatchObject({ max: 2, achieved: 3 });
  });
  it("does not take a section heading under the header for a header row", () => {
    const h = findHeader([["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], [null, "PHẦN TỰ CHẤM", null, null], ["1", "A", 1, 1]]);
    expect(h?.height).toBe(1);
  });
  it("knows the words staff use for the achieved figure", () => {
    for (const w of ["Điểm đánh giá", "Điểm chấm", "Kết quả", "Điểm đạt được", "Kết quả tự chấm"]) expect(roleOf(w)).toBe("achieved");
  });
});
