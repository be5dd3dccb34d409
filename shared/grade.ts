// Classification from configurable thresholds (settings.ts validates staff's own).

export interface Threshold {
  min: number;
  label: string;
}

/**
 * Default classes: the national ranking groups (A ≥ 90 %, B 80–<90 %, C 70–<80 %), D below 70 %.
 * Provinces use their own (Tốt / Khá / Trung bình / Yếu); change them in settings.thresholds.
 */
export const DEFAULT_THRESHOLDS: readonly Threshold[] = [
  { min: 90, label: "A" },
  { min: 80, label: "B" },
  { min: 70, label: "C" },
  { min: 0, label: "D" },
];

/** The label of the highest threshold the index reaches; "" when there is no index. */
export function gradeOf(index: number | null, thresholds: readonly Threshold[] = DEFAULT_THRESHOLDS): string {
  if (index === null || !Number.isFinite(index)) return "";
  const sorted = [...thresholds].sort((a, b) => b.min - a.min);
  for (const t of sorted) if (index >= t.min) return t.label;
  return sorted[sorted.length - 1]?.label ?? "";
}
