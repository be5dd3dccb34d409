// Classification from configurable thresholds (settings.ts names the defaults).
import { DEFAULT_THRESHOLDS } from "./settings-defaults.js";

export interface Threshold {
  min: number;
  label: string;
}

/** The label of the highest threshold the index reaches; "" when there is no index. */
export function gradeOf(index: number | null, thresholds: readonly Threshold[] = DEFAULT_THRESHOLDS): string {
  if (index === null || !Number.isFinite(index)) return "";
  const sorted = [...thresholds].sort((a, b) => b.min - a.min);
  for (const t of sorted) if (index >= t.min) return t.label;
  return sorted[sorted.length - 1]?.label ?? "";
}
