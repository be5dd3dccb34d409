// User settings, validated at the edge (hosts store them as JSON; the CLI reads flags).
import * as z from "zod/mini";
import { PLAN_COLUMNS, PRINTED_SETS, type PlanKey, type PrintedSet } from "./plan-columns.js";
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

const PLAN_KEYS = PLAN_COLUMNS.map((c) => c.key) as [PlanKey, ...PlanKey[]];

/**
 * The remediation plan's layout. columns: the printed set ("annex": the seeds' ten columns, "short": STT,
 * Nội dung, Giải pháp, Chủ trì, Phối hợp, Thời gian) or a list of column keys; numbering: items 1, 2, 3…
 * restarting in each area (as seed 002) or running on through the plan.
 */
export const PlanSettings = z.object({
  columns: z._default(z.union([z.enum(Object.keys(PRINTED_SETS) as [PrintedSet, ...PrintedSet[]]), z.array(z.enum(PLAN_KEYS)).check(z.minLength(1))]), "annex"),
  numbering: z._default(z.enum(["perArea", "continuous"]), "perArea"),
});

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
  plan: z._default(PlanSettings, () => ({ columns: "annex" as const, numbering: "perArea" as const })),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export function resolveSettings(input: unknown = {}): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  const parsed = SettingsSchema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}

/**
 * The settings a command runs with: what the document stores, kept only when it is valid (an older version's or a
 * damaged value is left out, never an error), with a change on top. A column choice is the whole choice: a role left
 * out is found again from the header. One rule for Excel and Google Sheets.
 */
export function withChange(stored: unknown, change: SettingsInput = {}): SettingsInput {
  const base: SettingsInput = stored !== null && typeof stored === "object" && resolveSettings(stored).ok ? (stored as SettingsInput) : {};
  return { ...base, ...change, columns: { ...(change.columns ?? base.columns ?? {}) } };
}

export function defaultSettings(lang: Lang = "vi"): Settings {
  return SettingsSchema.parse({ lang });
}

export type ColumnOverride = Partial<Record<Role, string>>;
