// The JSON report's schema, so tools that read `cchc --json` (and our tests) can validate it.
import * as z from "zod/mini";
import "./settings.js"; // zod config (jitless) first

// Built by functions called as pure: a bundle that imports the core's index without using these (the task pane)
// leaves them, and zod with them, out.
export const DiagnosticSchema = /* @__PURE__ */ diagnosticSchema();
export const ReportSchema = /* @__PURE__ */ reportSchema();

function figures() {
  return {
    max: z.number(),
    achieved: z.number(),
    target: z.nullable(z.number()),
    delta: z.nullable(z.number()),
    lost: z.number(),
    index: z.nullable(z.number()),
  };
}

function diagnosticSchema() {
  return z.object({
    code: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    row: z.int(),
    col: z.int(),
    cell: z.string(),
    criterion: z.string(),
    role: z.optional(z.string()),
    expected: z.optional(z.union([z.number(), z.string()])),
    found: z.optional(z.union([z.number(), z.string()])),
    detail: z.optional(z.string()),
    message: z.string().check(z.minLength(1)),
  });
}

function reportSchema() {
  const f = figures();
  return z.object({
    sheet: z.string(),
    headerRow: z.int(),
    columns: z.record(z.string(), z.string().check(z.regex(/^[A-Z]{1,3}$/))),
    alternatives: z.array(z.object({ column: z.string(), header: z.string() })),
    overrides: z.record(z.string(), z.string().check(z.regex(/^[A-Z]{1,3}$/))),
    rounds: z.array(
      z.object({
        column: z.string().check(z.regex(/^[A-Z]{1,3}$/)),
        kind: z.enum(["self", "round1", "round2", "plain"]),
        header: z.string(),
        filled: z.boolean(),
        criteria: z.int(),
      }),
    ),
    adjustments: z.array(
      z.object({
        kind: z.enum(["bonus", "penalty"]),
        row: z.int(),
        code: z.string(),
        label: z.string(),
        figure: z.nullable(z.number()),
        cap: z.nullable(z.number()),
        counted: z.number(),
      }),
    ),
    totals: z.object({
      ...f,
      grade: z.string(),
      self: z.nullable(z.number()),
      selfIndex: z.nullable(z.number()),
      selfGrade: z.string(),
      bonus: z.nullable(z.number()),
      penalty: z.nullable(z.number()),
      score: z.number(),
    }),
    areas: z.array(z.object({ code: z.string(), name: z.string(), row: z.int(), ...f, grade: z.string(), self: z.nullable(z.number()) })),
    owners: z.array(z.object({ owner: z.string(), criteria: z.int(), weak: z.int(), ...f, grade: z.string() })),
    criteria: z.array(
      z.object({
        code: z.string().check(z.regex(/^(\d+|[IVXLCDM]+|[A-ZĐ]|[a-zđ])(\.(\d+|[IVXLCDM]+|[A-ZĐ]|[a-zđ]))*$/u)),
        label: z.string(),
        row: z.int(),
        level: z.int(),
        leaf: z.boolean(),
        parent: z.nullable(z.string()),
        name: z.string(),
        ...f,
        owner: z.string(),
        coordinator: z.string(),
        evidence: z.string(),
        note: z.string(),
        self: z.nullable(z.number()),
        appraised: z.nullable(z.number()),
        source: z.nullable(z.string().check(z.regex(/^[A-Z]{1,3}$/))),
      }),
    ),
    diagnostics: z.array(diagnosticSchema()),
    counts: z.object({ criteria: z.number(), leaves: z.number(), weak: z.number(), errors: z.number(), warnings: z.number() }),
    otherSheets: z.optional(z.array(z.object({ sheet: z.string(), criteria: z.int() }))),
  });
}
