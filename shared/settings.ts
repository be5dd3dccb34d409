// User settings, validated at the edge (hosts store them as JSON; the CLI reads flags).
import * as z from "zod/mini";
import { DEFAULT_THRESHOLDS } from "./grade.js";
import type { Lang, Role } from "./types.js";

// zod/mini keeps the Apps Script and add-in bundles small; jitless: Apps Script and strict CSPs forbid eval.
z.config({ jitless: true });

const ROLES = ["code", "name", "max", "achieved", "target", "delta", "owner", "coordinator", "evidence", "note", "explanation", "appraisalNote"] as const;

export const GradeThreshold = z.object({
  /** lowest index (percent) that earns this class */
  min: z.number().check(z.gte(0), z.lte(100)),
  label: z.string().check(z.minLength(1)),
});

export { DEFAULT_THRESHOLDS };

export const SettingsSchema = z.object({
  lang: z._default(z.enum(["vi", "en"]), "vi"),
  /** role → column letter, overriding what the header suggests (e.g. { achieved: "F" }) */
  columns: z._default(z.partialRecord(z.enum(ROLES), z.string().check(z.regex(/^[A-Za-z]{1,3}$/))), {}),
  /** "formulas": parents get =SUM(...) of their children; "values": plain figures */
  writeMode: z._default(z.enum(["formulas", "values"]), "formulas"),
  /** Tính điểm turns figures typed as text ("0,5") into numbers (same figure) so parents can hold live SUMs */
  convertTextFigures: z._default(z.boolean(), true),
  /** the index never shows above this (bonus points can lift the score over the max); null: no cap */
  maxIndex: z._default(z.nullable(z.number().check(z.gt(0))), 100),
  thresholds: z._default(z.array(GradeThreshold).check(z.minLength(1)), () => DEFAULT_THRESHOLDS.map((t) => ({ ...t }))),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export function resolveSettings(input: unknown = {}): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  const parsed = SettingsSchema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}

export function defaultSettings(lang: Lang = "vi"): Settings {
  return SettingsSchema.parse({ lang });
}

export type ColumnOverride = Partial<Record<Role, string>>;
