// The JSON report's schema, so tools that read `cchc --json` (and our tests) can validate it.
import * as z from "zod/mini";
import "./settings.js"; // zod config (jitless) first

const points = z.number();
const nullablePoints = z.nullable(z.number());

const figures = {
  max: points,
  achieved: points,
  target: nullablePoints,
  delta: nullablePoints,
  lost: points,
  index: z.nullable(z.number()),
};

export const DiagnosticSchema = z.object({
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

export const ReportSchema = z.object({
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
      figure: nullablePoints,
      cap: nullablePoints,
      counted: points,
    }),
  ),
  totals: z.object({
    ...figures,
    grade: z.string(),
    self: nullablePoints,
    selfIndex: nullablePoints,
    selfGrade: z.string(),
    bonus: points,
    penalty: points,
    score: points,
  }),
  areas: z.array(z.object({ code: z.string(), name: z.string(), row: z.int(), ...figures, grade: z.string(), self: nullablePoints })),
  owners: z.array(z.object({ owner: z.string(), criteria: z.int(), weak: z.int(), ...figures, grade: z.string() })),
  criteria: z.array(
    z.object({
      code: z.string().check(z.regex(/^(\d+|[IVXLCDM]+|[A-ZĐ]|[a-zđ])(\.(\d+|[IVXLCDM]+|[A-ZĐ]|[a-zđ]))*$/u)),
      label: z.string(),
      row: z.int(),
      level: z.int(),
      leaf: z.boolean(),
      parent: z.nullable(z.string()),
      name: z.string(),
      ...figures,
      owner: z.string(),
      coordinator: z.string(),
      evidence: z.string(),
      note: z.string(),
      self: nullablePoints,
      appraised: nullablePoints,
      source: z.nullable(z.string().check(z.regex(/^[A-Z]{1,3}$/))),
    }),
  ),
  diagnostics: z.array(DiagnosticSchema),
  counts: z.object({ criteria: z.number(), leaves: z.number(), weak: z.number(), errors: z.number(), warnings: z.number() }),
  otherSheets: z.optional(z.array(z.object({ sheet: z.string(), criteria: z.int() }))),
});
