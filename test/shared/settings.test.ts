import { describe, expect, it } from "vitest";
import { gradeOf } from "../../shared/grade.js";
import fc from "fast-check";
import { withDefaults } from "../../shared/settings-defaults.js";
import { DEFAULT_THRESHOLDS, resolveSettings, SettingsSchema, withChange } from "../../shared/settings.js";

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

describe("settings completed without the schema (the analysis in the custom-functions bundle)", () => {
  it("come out exactly as the schema parses them", () => {
    const input = fc.record(
      {
        lang: fc.constantFrom("vi" as const, "en" as const),
        columns: fc.dictionary(fc.constantFrom("code", "name", "max", "achieved", "target", "delta", "owner", "note"), fc.constantFrom("A", "f", "AB")),
        writeMode: fc.constantFrom("formulas" as const, "values" as const),
        convertTextFigures: fc.boolean(),
        thresholds: fc.array(fc.record({ min: fc.integer({ min: 0, max: 100 }), label: fc.string({ minLength: 1 }) }), { minLength: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (settings) => {
        expect(withDefaults(settings)).toEqual(SettingsSchema.parse(settings));
      }),
    );
  });
});

describe("withChange: the settings a command runs with", () => {
  it("puts a change on what the document stores, a column choice as the whole choice", () => {
    const stored = { lang: "en", thresholds: [{ min: 90, label: "Tốt" }], columns: { achieved: "E", target: "F" } };
    expect(withChange(stored, { columns: { achieved: "G" } })).toEqual({ ...stored, columns: { achieved: "G" } });
    expect(withChange(stored, { lang: "vi" })).toEqual({ ...stored, lang: "vi" });
  });
  it("leaves out what a damaged or older document stores, never fails on it", () => {
    expect(withChange({ lang: "fr", columns: { achieved: "E" } }, { lang: "vi" })).toEqual({ lang: "vi", columns: {} });
    expect(withChange("not settings")).toEqual({ columns: {} });
    expect(withChange(null, { convertTextFigures: false })).toEqual({ convertTextFigures: false, columns: {} });
  });
});
