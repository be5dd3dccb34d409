// Settings with their defaults filled in, without the schema: the analysis runs in the custom-functions runtime,
// which loads its bundle for every recalculation session and validates no stored input. Input from a document or a
// command line is validated where it enters (settings.ts); this only completes what has been validated or typed.
import { DEFAULT_THRESHOLDS } from "./grade.js";
import type { Settings, SettingsInput } from "./settings.js";

/** What SettingsSchema.parse returns for valid input (test/shared/settings.test.ts holds them to it). */
export function withDefaults(input: SettingsInput = {}): Settings {
  return {
    lang: input.lang ?? "vi",
    columns: { ...input.columns },
    writeMode: input.writeMode ?? "formulas",
    convertTextFigures: input.convertTextFigures ?? true,
    maxIndex: input.maxIndex === undefined ? 100 : input.maxIndex,
    thresholds: (input.thresholds ?? DEFAULT_THRESHOLDS).map((t) => ({ min: t.min, label: t.label })),
    plan: {
      columns: input.plan?.columns === undefined ? "annex" : Array.isArray(input.plan.columns) ? [...input.plan.columns] : input.plan.columns,
      numbering: input.plan?.numbering ?? "perArea",
    },
  };
}
