// The JSON report's schema, so tools that read `cchc --json` (and our tests) can validate it.
import * as z from "zod";
import "./settings.js"; // zod config (jitless) first

const points = z.number();
const nullablePoints = z.number().nullable();

const figures = {
  max: points,
  achieved: points,
  target: nullablePoints,
  delta: nullablePoints,
  lost: points,
  index: z.number().nullable(),
};

export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  row: z.number().int(),
  col: z.number().int(),
  cell: z.string(),
  criterion: z.string(),
  role: z.string().optional(),
  expected: z.union([z.number(), z.string()]).optional(),
  found: z.union([z.number(), z.string()]).optional(),
  detail: z.string().optional(),
  message: z.string().min(1),
});

export const ReportSchema = z.object({
  sheet: z.string(),
  headerRow: z.number().int(),
  columns: z.record(z.string(), z.string().regex(/^[A-Z]{1,3}$/)),
  alternatives: z.array(z.object({ column: z.string(), header: z.string() })),
  totals: z.object({ ...figures, grade: z.string() }),
  areas: z.array(z.object({ code: z.string(), name: z.string(), row: z.number().int(), ...figures, grade: z.string() })),
  owners: z.array(z.object({ owner: z.string(), criteria: z.number().int(), weak: z.number().int(), ...figures, grade: z.string() })),
  criteria: z.array(
    z.object({
      code: z.string().regex(/^\d+(\.\d+)*$/),
      row: z.number().int(),
      level: z.number().int(),
      leaf: z.boolean(),
      parent: z.string().nullable(),
      name: z.string(),
      ...figures,
      owner: z.string(),
      coordinator: z.string(),
      evidence: z.string(),
      note: z.string(),
    }),
  ),
  diagnostics: z.array(DiagnosticSchema),
  counts: z.object({ criteria: z.number(), leaves: z.number(), weak: z.number(), errors: z.number(), warnings: z.number() }),
});
