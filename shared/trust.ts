// Whether a report's totals can be shown as results. With a required column missing, or more points achieved
// than the maximum (a wrong column read as the achieved one), an index and class would look like a verdict
// ("0% · D", "8386,53% · A") when they are only an artefact of the misreading.
import type { Report } from "./types.js";

export type Distrust = "header" | "column" | "aboveMax" | "noMax";

/** Why the totals cannot be trusted, or null when they can. */
export function distrust(report: Report): Distrust | null {
  if (!report.headerRow || report.diagnostics.some((d) => d.code === "HEADER_NOT_FOUND")) return "header";
  if (report.diagnostics.some((d) => d.code === "COLUMN_MISSING")) return "column";
  if (report.totals.max <= 0) return "noMax";
  if (report.totals.achieved > report.totals.max) return "aboveMax";
  return null;
}

export function figuresTrusted(report: Report): boolean {
  return distrust(report) === null;
}
