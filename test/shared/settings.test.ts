import { describe, expect, it } from "vitest";
import { gradeOf } from "../../shared/grade.js";
import { DEFAULT_THRESHOLDS, resolveSettings } from "../../shared/settings.js";

describe("settings", () => {
  it("default to Vietnamese, SUM formulas and the national groups", () => {
    const r = resolveSettings({});
    expect(r).toMatchObject({ ok: true, settings: { lang: "vi", writeMode: "formulas", columns: {} } });
    expect(r.ok && r.settings.thresholds).toEqual(DEFAULT_THRESHOLDS);
  });

  it("reject what cannot be right, saying where", () => {
    const r = resolveSettings({ lang: "fr", columns: { achieved: "F1" } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join(" ")).toMatch(/lang.*columns\.achieved|columns\.achieved.*lang/s);
  });
});

describe("classification", () => {
  it("puts 90 in A, 89.99 in B, and follows a province's own classes", () => {
    expect(gradeOf(90)).toBe("A");
    expect(gradeOf(89.99)).toBe("B");
    expect(gradeOf(72.45)).toBe("C");
    expect(gradeOf(null)).toBe("");
    const own = [{ min: 85, label: "Tốt" }, { min: 70, label: "Khá" }, { min: 50, label: "Trung bình" }, { min: 0, label: "Yếu" }];
    expect(gradeOf(72.45, own)).toBe("Khá");
  });
});
