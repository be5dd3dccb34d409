// Ranking units by their index as published (two decimals): 88,499 and 88,50 are different places only
// if they print differently. Standard competition ranking (1, 2, 2, 4) by default, dense (1, 2, 2, 3) on request.

export type RankMode = "standard" | "dense";

/** The index in hundredths of a percent, as it is printed; null for no index. Float noise is cut first. */
export function publishedHundredths(index: number | null | undefined): number | null {
  if (index === null || index === undefined || !Number.isFinite(index)) return null;
  const scaled = Number((index * 100).toPrecision(12));
  return scaled < 0 ? -Math.round(-scaled) : Math.round(scaled);
}

/** Rank of every value among all of them (highest first); null where there is no index. */
export function rankAll(indexes: readonly (number | null)[], mode: RankMode = "standard"): (number | null)[] {
  const keys = indexes.map(publishedHundredths);
  const sorted = keys.filter((k): k is number => k !== null).sort((a, b) => b - a);
  // first position (standard) and distinct position (dense) of each key, in one pass over the sorted keys
  const standard = new Map<number, number>();
  const dense = new Map<number, number>();
  sorted.forEach((k, i) => {
    if (!standard.has(k)) {
      standard.set(k, i + 1);
      dense.set(k, dense.size + 1);
    }
  });
  const table = mode === "dense" ? dense : standard;
  return keys.map((k) => (k === null ? null : (table.get(k) as number)));
}

/** Rank of one value among `values` (which need not hold it, PAR_RANK checks that); null for no index. */
export function rankOf(value: number | null, values: readonly (number | null)[], mode: RankMode = "standard"): number | null {
  const k = publishedHundredths(value);
  if (k === null) return null;
  const above = new Set<number>();
  let count = 0;
  for (const v of values) {
    const x = publishedHundredths(v);
    if (x === null || x <= k) continue;
    count++;
    above.add(x);
  }
  return 1 + (mode === "dense" ? above.size : count);
}
