// Settings with their defaults filled in, without the schema: the analysis runs in the custom-functions runtime,
// which loads its bundle for every recalculation session and validates no stored input. Input from a document or a
// command line is validated where it enters (settings.ts); this only completes what has been validated or typed.
import type { Settings, SettingsInput } from "./settings.js";

/**
 * Default classes: the national ranking groups (A ≥ 90 %, B 80–<90 %, C 70–<80 %), D below 70 %.
 * Provinces use their own (Tốt / Khá / Trung bình / Yếu); change them in settings.thresholds.
 */
export const DEFAULT_THRESHOLDS: readonly { min: number; label: string }[] = [
  { min: 90, label: "A" },
  { min: 80, label: "B" },
  { min: 70, label: "C" },
  { min: 0, label: "D" },
];

/** What SettingsSchema.parse returns for valid input (test/shared/settings.test.ts holds them to it). */
export function withDefaults(input: SettingsInput = {}): Settings {
  return {
    lang: input.lang ?? "vi",
    columns: { ...input.columns },
    writeMode: input.writeMode ?? "formulas",
    convertTextFigures: input.convertTextFigures ?? true,
    thresholds: (input.thresholds ?? DEFAULT_THRESHOLDS).map((t) => ({ min: t.min, label: t.label })),
  };
}
