// Roman numerals as Vietnamese official documents number their parts (I, II, III…) and quarters (Quý II).

const UNITS: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 3 → "III"; 0 and below have no numeral (the number itself is returned). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) return String(n);
  let out = "";
  let rest = n;
  for (const [value, numeral] of UNITS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** "III" or "iii" → 3; anything that is not a well-formed numeral → null. */
export function romanValue(text: string): number | null {
  const t = text.trim().toUpperCase();
  if (!/^[MDCLXVI]{1,15}$/.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = VALUE[t[i] as string] as number;
    const next = VALUE[t[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  // only the canonical spelling ("IIII" and "IM" are not numerals)
  return toRoman(total) === t ? total : null;
}

const VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
