// Vietnamese typed in the pre-Unicode encodings TCVN3 (ABC, .VnTime fonts) and VNI (VNI-Times fonts).
// A workbook stores such text as the Windows-1252 / Latin-1 characters of its bytes: "Điểm tối đa" typed in
// TCVN3 arrives as "§iÓm tèi ®a", typed in VNI as "Ñieåm toái ña". Here: the byte maps, detection per cell
// (strong evidence only: Unicode Vietnamese, English, codes and French-looking words never misfire) and
// conversion to NFC Unicode. Pure: strings in, strings out.
import type { Grid } from "./types.js";

export type LegacyEncoding = "TCVN3" | "VNI";

/** Tones in the order the tables below list them. */
export const TONES = ["none", "huyen", "hoi", "nga", "sac", "nang"] as const;
export type Tone = (typeof TONES)[number];

/** The combining mark of each tone (none: no mark). */
export const TONE_MARK: Record<Tone, string> = { none: "", huyen: "\u0300", hoi: "\u0309", nga: "\u0303", sac: "\u0301", nang: "\u0323" };

/** The twelve vowels, each as base letter + shape mark (circumflex, breve, horn), so NFC builds them. */
export const VOWELS = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"].map((v) => v.normalize("NFC"));

/** A vowel with a tone, composed by Unicode (NFC). */
export const withTone = (vowel: string, tone: Tone): string => (vowel.normalize("NFD") + TONE_MARK[tone]).normalize("NFC");

// TCVN3 (TCVN 5712:1993 VN3): one byte per letter, lower case only for toned vowels; .VnTimeH fonts draw
// the same bytes as capitals. Byte per vowel (VOWELS order) and tone (TONES order).
const TCVN3_VOWELS: readonly (readonly number[])[] = [
  [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9], // a
  [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6], // ă
  [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb], // â
  [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1], // e
  [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6], // ê
  [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde], // i
  [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4], // o
  [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9], // ô
  [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee], // ơ
  [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4], // u
  [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9], // ư
  [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe], // y
];
/** The capitals TCVN3 has a byte for (untoned), and đ. */
const TCVN3_OTHERS: readonly (readonly [string, number])[] = [
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
  ["đ", 0xae],
];

// VNI Windows: a base letter followed by one mark character (shape and tone together); a few letters are one byte.
const VNI_TONE = [null, 0xf8, 0xfb, 0xf5, 0xf9, 0xef] as const; // after a e o u y ơ ư: huyền hỏi ngã sắc nặng
const VNI_CIRCUMFLEX = [0xe2, 0xe0, 0xe5, 0xe3, 0xe1, 0xe4] as const; // after a e o: â…, ê…, ô…
const VNI_BREVE = [0xea, 0xe8, 0xfa, 0xfc, 0xe9, 0xeb] as const; // after a: ă…
const VNI_I = [0x69, 0xec, 0xe6, 0xf3, 0xed, 0xf2] as const; // i, ì ỉ ĩ í ị as one byte
const VNI_O_HORN = 0xf4; // ơ: "ô" (then a tone mark)
const VNI_U_HORN = 0xf6; // ư: "ö"
const VNI_Y_NANG = 0xee; // ỵ: "î"
const VNI_D = 0xf1; // đ: "ñ"

const ch = (b: number) => String.fromCharCode(b);
/** Latin-1 capital of a Latin-1 small letter (both in U+00C0–U+00FE, 0x20 apart). */
const upperByte = (b: number) => (b >= 0xe0 && b !== 0xf7 ? b - 0x20 : b);

/** Unicode letter → its legacy text, per encoding (lower and upper case). */
export const LEGACY_OF: Record<LegacyEncoding, ReadonlyMap<string, string>> = { TCVN3: tcvn3Table(), VNI: vniTable() };

function tcvn3Table(): Map<string, string> {
  const m = new Map<string, string>();
  VOWELS.forEach((v, i) =>
    TONES.forEach((tone, t) => {
      const lower = withTone(v, tone);
      const code = ch((TCVN3_VOWELS[i] as readonly number[])[t] as number);
      m.set(lower, code);
      // no byte for a toned capital: typed with the small letter's byte (a .VnTimeH font shows it as a capital)
      const upper = lower.toUpperCase();
      const own = TCVN3_OTHERS.find(([u]) => u === upper);
      m.set(upper, own ? ch(own[1]) : tone === "none" && code === lower ? upper : code);
    }),
  );
  for (const [u, b] of TCVN3_OTHERS) m.set(u, ch(b));
  return m;
}

function vniTable(): Map<string, string> {
  const m = new Map<string, string>();
  const both = (lower: string, text: string, upper = text.toUpperCase()) => {
    m.set(lower, text);
    m.set(lower.toUpperCase(), upper);
  };
  VOWELS.forEach((v, i) =>
    TONES.forEach((tone, t) => {
      const letter = withTone(v, tone);
      const base = v.normalize("NFD")[0] as string;
      const shape = v.normalize("NFD").slice(1);
      const toneMark = VNI_TONE[t] ?? null;
      let text: string;
      let upper: string;
      if (i === 5) {
        text = ch(VNI_I[t] as number);
        upper = t === 0 ? "I" : ch(upperByte(VNI_I[t] as number));
      } else if (i === 11 && tone === "nang") {
        text = ch(VNI_Y_NANG);
        upper = ch(upperByte(VNI_Y_NANG));
      } else if (shape === "\u0302") {
        text = base + ch(VNI_CIRCUMFLEX[t] as number);
        upper = base.toUpperCase() + ch(upperByte(VNI_CIRCUMFLEX[t] as number));
      } else if (shape === "\u0306") {
        text = base + ch(VNI_BREVE[t] as number);
        upper = base.toUpperCase() + ch(upperByte(VNI_BREVE[t] as number));
      } else {
        const first = shape === "\u031b" ? (base === "o" ? VNI_O_HORN : VNI_U_HORN) : base.charCodeAt(0);
        const mark = toneMark === null ? "" : ch(toneMark);
        text = ch(first) + mark;
        upper = ch(upperByte(first)).toUpperCase() + (toneMark === null ? "" : ch(upperByte(toneMark)));
      }
      both(letter, text, upper);
    }),
  );
  both("đ", ch(VNI_D), ch(upperByte(VNI_D)));
  return m;
}

/** Legacy text → Unicode: TCVN3 one character at a time; VNI the longest match (two characters, then one). */
const DECODE: Record<LegacyEncoding, { one: Map<string, string>; two: Map<string, string> }> = {
  TCVN3: reverse(LEGACY_OF.TCVN3),
  VNI: reverse(LEGACY_OF.VNI),
};

function reverse(table: ReadonlyMap<string, string>) {
  const one = new Map<string, string>();
  const two = new Map<string, string>();
  for (const [letter, text] of table) {
    if (/^[\x00-\x7f]$/.test(text)) continue; // ASCII stays itself
    const target = text.length === 1 ? one : two;
    // TCVN3 gives a small letter's byte to its capital too: decoding says small (the case fix comes after)
    if (!target.has(text) || letter === letter.toLowerCase()) target.set(text, letter);
  }
  return { one, two };
}

/** TCVN3 by character code, for speed: one array lookup per character. */
const TCVN3_BYTES: (string | undefined)[] = Array.from({ length: 0x100 }, (_, b) => DECODE.TCVN3.one.get(String.fromCharCode(b)));

/** Unicode → legacy text (for fixtures and tests: what an old file holds). Characters without a code stay. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = LEGACY_OF[encoding];
  let out = "";
  for (const c of text.normalize("NFC")) out += table.get(c) ?? c;
  return out;
}

/** Legacy text → NFC Unicode, without asking whether the text really is legacy (see `detectLegacy`). */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === "TCVN3") {
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out += (code < 0x100 ? TCVN3_BYTES[code] : undefined) ?? text[i];
    }
    return capitalsOf(text, out);
  }
  const { one, two } = DECODE[encoding];
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (two.size && i + 1 < text.length) {
      const pair = two.get(c + (text[i + 1] as string));
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    out += one.get(c) ?? c;
  }
  return out.normalize("NFC");
}

/**
 * TCVN3 has no byte for a toned capital: "ĐIỂM" is typed "§IÓM" (a .VnTimeH font draws "Ó" as "Ể").
 * A cell whose ASCII letters are all capitals, or such a word, is a word in capitals.
 */
function capitalsOf(legacy: string, decoded: string): string {
  if (!/[a-z]/.test(legacy) && /[A-Z][^A-Z]*[A-Z]/.test(legacy)) return decoded.toUpperCase().normalize("NFC");
  return decoded.replace(WORD, (w) => (!/[a-z]/.test(w) && /[A-Z][^A-Z]*[A-Z]/.test(w) ? w.toUpperCase() : w)).normalize("NFC");
}

// ---------------------------------------------------------------------------------------------------------
// Detection. A cell is legacy text when its decoded words are Vietnamese syllables and at least one of its
// words read as it stands is not (a letter such as "§", "ª", "ß", a vowel cluster such as "ieâ", a capital
// inside a small word). Cells that read well both ways ("Cã" is "Có" in TCVN3 but also a shape Unicode
// allows) are only ambiguous: a grid decodes them when their column is otherwise legacy text.

/** Separators between words: spaces, digits, ASCII and Windows-1252 punctuation (never a legacy letter). */
const WORD = /[^\s\d.,;:!?()[\]{}"'/\\\-+*=%<>_|&#@~^`$\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the toned letters block, combining marks): never legacy. */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u0323\u1ea0-\u1ef9]/;
const LATIN1_HIGH = /[\u00a1-\u00ff]/;
/**
 * What legacy text shows and Unicode Vietnamese (whose Latin-1 letters are à á â ã è é ê ì í ò ó ô õ ù ú ý) rarely
 * does: another Latin-1 sign or letter ("§", "ª", "ß", "ö"), a capital after a small letter ("chÝ"), or a VNI
 * mark after its vowel ("eâ", "aù"). A cell without any is looked at only when the sheet has legacy text elsewhere.
 */
const TELLTALE =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]|[a-z\u00e0-\u00fd][\u00c0-\u00dd]|[aeouyAEOUY][\u00e0-\u00e3\u00e8-\u00ea\u00f5\u00f9\u00fa\u00c0-\u00c3\u00c8-\u00ca\u00d5\u00d9\u00da]/;
/** Signs such as "§ ª ¸ µ": TCVN3 letters; VNI writes only with Latin-1 letters, so a tie without them is VNI. */
const LATIN1_SYMBOL = /[\u00a1-\u00bf\u00d7\u00f7]/;

const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];
const NUCLEI = [
  "iêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
  "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
];
const CODAS = ["ch", "ng", "nh", "c", "m", "n", "p", "t"];
/** A Vietnamese syllable's shape, tone removed: onset, nucleus, coda. */
const SYLLABLE = new RegExp(`^(${ONSETS.join("|")})?(${NUCLEI.join("|")})(${CODAS.join("|")})?$`);
const SHAPED = /[ăâêôơư]/g;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONED = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Abbreviations such as "QĐ", "UBND", "TĐG" (decoded words only). */
const ABBREVIATION = /^[A-ZĐ]{2,6}$/;

/** A Vietnamese syllable, in small letters, capitals or with a capital first letter (never "chÝ"). */
export function isSyllable(word: string): boolean {
  // a sheet repeats a few thousand syllables: remember the verdicts (bounded, so memory stays small)
  const known = SYLLABLE_CACHE.get(word);
  if (known !== undefined) return known;
  if (SYLLABLE_CACHE.size > 50_000) SYLLABLE_CACHE.clear();
  const verdict = syllableShape(word);
  SYLLABLE_CACHE.set(word, verdict);
  return verdict;
}
const SYLLABLE_CACHE = new Map<string, boolean>();

function syllableShape(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase() && word !== (lower[0] ?? "").toUpperCase() + lower.slice(1)) return false;
  const nfd = lower.normalize("NFD");
  const tones = nfd.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, "").normalize("NFC");
  const m = SYLLABLE.exec(bare);
  if (!m || !spelled(m[1] ?? "", m[2] as string)) return false;
  if (!tones) return true;
  // where the tone sits: "hoàng", "mía", "người" but never "hoàng" written "hòang"-style with a coda, nor "aù"
  let at = 0;
  while (at < bare.length && lower[at] === bare[at]) at++;
  if (toneFits(m[2] as string, at - (m[1]?.length ?? 0), m[3] !== undefined)) return true;
  // "gìn": g + i, not gi + n
  return m[1] === "gi" && toneFits(`i${m[2] as string}`, at - 1, m[3] !== undefined) && SYLLABLE.test(bare.slice(1));
}

/** Spelling pairs: k, gh, ngh before i e ê y; c, ng never there ("nghổ", "cê" are no Vietnamese). */
function spelled(onset: string, nucleus: string): boolean {
  const front = /^[ieêy]/.test(nucleus);
  if (onset === "k" || onset === "gh" || onset === "ngh") return front;
  if (onset === "c" || onset === "ng") return !front;
  return true;
}

/** The vowel of the nucleus the tone may sit on: the (last) shaped vowel, else by the old and new spelling rules. */
function toneFits(nucleus: string, k: number, coda: boolean): boolean {
  if (k < 0 || k >= nucleus.length) return false;
  if (nucleus.length === 1) return k === 0;
  let shaped = -1;
  for (const hit of nucleus.matchAll(SHAPED)) shaped = hit.index;
  if (shaped >= 0) return k === shaped;
  if (coda) return k === nucleus.length - 1;
  if (nucleus.length === 3) return k === 1;
  if (nucleus === "oa" || nucleus === "oe" || nucleus === "uy") return true;
  return k === 0;
}

export type CellKind =
  | { kind: "none" }
  /** Vietnamese only Unicode can write, or Vietnamese no encoding reads: its row and column are Unicode text */
  | { kind: "unicode" }
  | { kind: "legacy" | "ambiguous"; encoding: LegacyEncoding; text: string };

const NONE: CellKind = { kind: "none" };
const UNICODE: CellKind = { kind: "unicode" };

/** What a cell's text is. Cheap for ASCII and Unicode Vietnamese: one or two regular-expression tests. */
export function classifyText(text: string): CellKind {
  if (!NON_ASCII.test(text)) return NONE;
  if (VIETNAMESE_UNICODE.test(text)) return UNICODE;
  if (!LATIN1_HIGH.test(text)) return NONE;
  let best: Reading | null = null;
  // VNI writes with Latin-1 letters only: a sign such as "§" or "¸" rules it out before any decoding
  for (const encoding of LATIN1_SYMBOL.test(text) ? (["TCVN3"] as const) : (["TCVN3", "VNI"] as const)) {
    const r = reading(text, encoding);
    if (r && (!best || beats(r.score, best.score))) best = r;
  }
  if (best) return { kind: best.kind, encoding: best.encoding, text: best.text };
  // no encoding reads it, and its words are Vietnamese as they stand ("Báo cáo"): Unicode typed in Latin-1 letters
  const words = text.match(WORD) ?? [];
  return words.some((w) => LATIN1_HIGH.test(w)) && words.every((w) => !LATIN1_HIGH.test(w) || isSyllable(w)) ? UNICODE : NONE;
}

interface Reading {
  kind: "legacy" | "ambiguous";
  encoding: LegacyEncoding;
  text: string;
  score: number[];
}

/** The text read in one encoding, when every word it changes becomes a syllable. */
function reading(text: string, encoding: LegacyEncoding): Reading | null {
  const decoded = decodeLegacy(text, encoding);
  if (decoded === text) return null;
  const judged = judge(text, decoded);
  if (!judged) return null;
  const kind = judged.long > 0 ? "legacy" : "ambiguous";
  // ties: more strong words; then more toned syllables (most Vietnamese syllables carry a tone: "Phô lôc" is
  // TCVN3 "Phụ lục", not VNI "Phơ lơc"); then VNI when no TCVN3-only sign is present. A grid settles the rest.
  const score = [kind === "legacy" ? 1 : 0, judged.strong, judged.toned, encoding === "VNI" && !LATIN1_SYMBOL.test(text) ? 1 : 0];
  return { kind, encoding, text: decoded, score };
}

function beats(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
  return false;
}

/**
 * Word by word (the decoders keep separators, so words line up): every changed word must decode to a syllable.
 * strong: changed words that are no Vietnamese as they stand; long: those of three letters or more ("Dû" alone is
 * too short to tell).
 */
function judge(text: string, decoded: string): { strong: number; long: number; toned: number } | null {
  const before = text.match(WORD) ?? [];
  const after = decoded.match(WORD) ?? [];
  if (before.length !== after.length) return null;
  let strong = 0;
  let long = 0;
  let changed = 0;
  let toned = 0;
  for (let i = 0; i < before.length; i++) {
    const was = before[i] as string;
    const now = after[i] as string;
    if (was === now) {
      // a word the encoding leaves alone must read as it stands ("ch÷" left by VNI says: not VNI)
      if (LATIN1_HIGH.test(was) && !isSyllable(was)) return null;
      continue;
    }
    changed++;
    if (!isSyllable(now) && !ABBREVIATION.test(now)) return null;
    if (TONED.test(now.normalize("NFD"))) toned++;
    if (isSyllable(was)) continue;
    strong++;
    if ([...now].length >= 3) long++;
  }
  return changed ? { strong, long, toned } : null;
}

/** A cell's text in Unicode when it is surely legacy text on its own (no column to go by). */
export function detectLegacy(text: string): { encoding: LegacyEncoding; text: string } | null {
  const c = classifyText(text);
  return c.kind === "legacy" ? { encoding: c.encoding, text: c.text } : null;
}

/** The text in Unicode: decoded when it is surely TCVN3 or VNI on its own, else as it is (one regex for most text). */
export function asUnicode(text: string): string {
  if (scriptOf(text) !== LATIN1 || !TELLTALE.test(text)) return text;
  const c = classifyText(text);
  return c.kind === "legacy" ? c.text : text;
}

/** A cell read as legacy text and what it says in Unicode (0-based within the grid). */
export interface LegacyCell {
  row: number;
  col: number;
  encoding: LegacyEncoding;
  /** the text as it stands in the cell */
  legacy: string;
  /** the same text in NFC Unicode */
  text: string;
  /** legacy on its own evidence (false: read so because its row or column is legacy text) */
  sure: boolean;
}

export interface LegacyScan {
  /** the grid with legacy text read as Unicode (the same object when there was none) */
  values: Grid;
  cells: LegacyCell[];
}

const ASCII = 0;
const VIETNAMESE = 1;
const LATIN1 = 2;

/** ASCII (or another script), Unicode Vietnamese (a letter legacy text never holds), or Latin-1 text. Regular
 * expressions: V8 runs these faster than a loop over the characters. */
function scriptOf(s: string): number {
  if (!NON_ASCII.test(s)) return ASCII;
  if (VIETNAMESE_UNICODE.test(s)) return VIETNAMESE;
  return LATIN1_HIGH.test(s) ? LATIN1 : ASCII;
}

/**
 * Every legacy cell of a grid, read as Unicode. A cell that is surely legacy text is decoded; an ambiguous one
 * only when its column, or its row, holds legacy text of that encoding and no Unicode Vietnamese.
 */
export function decodeGrid(values: Grid): LegacyScan {
  let found: { row: number; col: number; legacy: string; kind: CellKind & { kind: "legacy" | "ambiguous" } }[] | null = null;
  // marks per column and per row, not sets: nearly every row of a Vietnamese sheet holds Unicode text
  let width = 0;
  for (const line of values) if (line.length > width) width = line.length;
  const unicodeCols = new Uint8Array(width);
  const unicodeRows = new Uint8Array(values.length);
  // Latin-1 text with no telltale: worth a look only once the sheet is known to hold legacy text
  let maybe: { row: number; col: number; text: string }[] | null = null;
  // a sheet repeats its words ("Đạt", owners): classify each distinct text once
  const seen = new Map<string, CellKind>();
  const classify = (text: string) => {
    let kind = seen.get(text);
    if (kind === undefined) seen.set(text, (kind = classifyText(text)));
    return kind;
  };
  for (let r = 0; r < values.length; r++) {
    const line = values[r] as readonly unknown[];
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v !== "string") continue;
      const script = scriptOf(v);
      if (script === ASCII) continue;
      if (script === VIETNAMESE) {
        unicodeCols[c] = 1;
        unicodeRows[r] = 1;
        continue;
      }
      if (!TELLTALE.test(v)) {
        (maybe ??= []).push({ row: r, col: c, text: v });
        continue;
      }
      const kind = classify(v);
      if (kind.kind === "legacy" || kind.kind === "ambiguous") (found ??= []).push({ row: r, col: c, legacy: v, kind });
      else if (kind.kind === "unicode") {
        unicodeCols[c] = 1;
        unicodeRows[r] = 1;
      }
    }
  }
  if (!found || !found.some((f) => f.kind.kind === "legacy")) return { values, cells: [] };
  for (const m of maybe ?? []) {
    const kind = classify(m.text);
    if (kind.kind === "legacy" || kind.kind === "ambiguous") found.push({ row: m.row, col: m.col, legacy: m.text, kind });
    else if (kind.kind === "unicode") {
      unicodeCols[m.col] = 1;
      unicodeRows[m.row] = 1;
    }
  }
  // one sheet, one typist's encoding: a short cell that reads either way ("Phô lôc") follows the sheet's
  let tcvn3 = 0;
  for (const f of found) if (f.kind.kind === "legacy") tcvn3 += f.kind.encoding === "TCVN3" ? 1 : -1;
  const dominant: LegacyEncoding = tcvn3 >= 0 ? "TCVN3" : "VNI";
  for (const f of found) {
    if (f.kind.encoding === dominant) continue;
    const r = reading(f.legacy, dominant);
    if (r) f.kind = { kind: r.kind, encoding: r.encoding, text: r.text };
  }
  // cells surely in legacy text, per encoding and column, per encoding and row
  const sure = new Map<string, number>();
  const count = (key: string) => sure.set(key, (sure.get(key) ?? 0) + 1);
  for (const f of found) {
    if (f.kind.kind !== "legacy") continue;
    count(`${f.kind.encoding}:${f.col}`);
    count(`${f.kind.encoding}:r${f.row}`);
  }
  const cells: LegacyCell[] = [];
  for (const f of found) {
    const { encoding, text } = f.kind;
    // A column is one typist's, a header row is typed in one go: "Ghi chó" beside "§iÓm tèi ®a" is "Ghi chú".
    // Unicode Vietnamese in the row says it was typed in Unicode ("Có" under a TCVN3 header stays "Có"); in the column,
    // that its cells were, unless the row is a block of legacy text (three cells or more: a header).
    const rowUnicode = unicodeRows[f.row] === 1;
    const colUnicode = unicodeCols[f.col] === 1;
    const rowSure = sure.get(`${encoding}:r${f.row}`) ?? 0;
    const byColumn = (sure.get(`${encoding}:${f.col}`) ?? 0) > 0 && !colUnicode && !rowUnicode;
    const byRow = !rowUnicode && (rowSure >= 3 || (rowSure > 0 && !colUnicode));
    if (f.kind.kind === "ambiguous" && !byColumn && !byRow) continue;
    cells.push({ row: f.row, col: f.col, encoding, legacy: f.legacy, text, sure: f.kind.kind === "legacy" });
  }
  if (!cells.length) return { values, cells };
  const out = values.slice() as unknown[][];
  const copied = new Set<number>();
  for (const cell of cells) {
    if (!copied.has(cell.row)) {
      out[cell.row] = [...(values[cell.row] as readonly unknown[])];
      copied.add(cell.row);
    }
    (out[cell.row] as unknown[])[cell.col] = cell.text;
  }
  return { values: out, cells };
}

/** A short name of the encoding and the fonts staff know it by. */
export const ENCODING_LABEL: Record<LegacyEncoding, string> = {
  TCVN3: "TCVN3 (ABC, .VnTime)",
  VNI: "VNI (VNI-Times)",
};

/** The font converted cells get: a Unicode font every host has. */
export const UNICODE_FONT = "Times New Roman";

/** Fonts that show legacy text: .VnTime, .VnTimeH, .VnArial…, VNI-Times, VNI-Helve… */
export const LEGACY_FONT = /^(\.?vn[a-z0-9]|vni[- ])/i;
/** TCVN3 fonts drawing every letter as a capital (.VnTimeH, .VnArialH…): their text is written in capitals. */
export const CAPITALS_FONT = /^\.?vn[a-z0-9]*h$/i;
