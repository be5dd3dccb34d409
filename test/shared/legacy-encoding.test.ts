import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyText,
  decodeGrid,
  decodeLegacy,
  detectLegacy,
  encodeLegacy,
  isSyllable,
  LEGACY_OF,
  type LegacyEncoding,
} from "../../shared/legacy-encoding.js";
import { SEED001_ROWS, SEED001_TITLE } from "../fixtures/seed001.js";

// Expected letters are composed here from base letters and combining marks, never copied from the tables.
const SHAPED: Record<string, string> = { a: "a", ă: "a\u0306", â: "a\u0302", e: "e", ê: "e\u0302", i: "i", o: "o", ô: "o\u0302", ơ: "o\u031b", u: "u", ư: "u\u031b", y: "y" };
const TONE_MARKS: Record<string, string> = { none: "", sắc: "\u0301", huyền: "\u0300", hỏi: "\u0309", ngã: "\u0303", nặng: "\u0323" };
const compose = (vowel: string, tone: string) => ((SHAPED[vowel] as string) + (TONE_MARKS[tone] as string)).normalize("NFC");
const ALPHABET: { vowel: string; tone: string; lower: string; upper: string }[] = Object.keys(SHAPED).flatMap((vowel) =>
  Object.keys(TONE_MARKS).map((tone) => ({ vowel, tone, lower: compose(vowel, tone), upper: compose(vowel, tone).toUpperCase() })),
);
const D_STROKE = "d\u0335"; // not how Unicode composes đ: đ (U+0111) is its own letter
const ENCODINGS: LegacyEncoding[] = ["TCVN3", "VNI"];

describe("the byte maps cover the whole alphabet", () => {
  it("has 12 vowels × 6 tones, each a distinct precomposed NFC letter", () => {
    expect(ALPHABET).toHaveLength(72);
    expect(new Set(ALPHABET.map((l) => l.lower)).size).toBe(72);
    for (const l of ALPHABET) expect([...l.lower]).toHaveLength(1);
    expect(D_STROKE.normalize("NFC")).not.toBe("đ");
  });

  for (const encoding of ENCODINGS) {
    describe(encoding, () => {
      it.each(ALPHABET.map((l) => [`${l.vowel} ${l.tone}`, l] as const))("%s: small and capital letter, each way", (_, l) => {
        const lower = encodeLegacy(l.lower, encoding);
        // legacy text is Latin-1 characters (what a cell shows when the bytes are read as Windows-1252)
        expect([...lower].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
        expect(decodeLegacy(lower, encoding)).toBe(l.lower);
        // a capital inside a word in capitals (TCVN3 types a toned capital with the small letter's byte)
        const word = `TR${l.upper}NG`;
        expect(decodeLegacy(encodeLegacy(word, encoding), encoding)).toBe(word);
        if (encoding === "VNI") expect(decodeLegacy(encodeLegacy(l.upper, encoding), encoding)).toBe(l.upper);
      });

      it("đ and Đ", () => {
        for (const d of ["đ", "Đ"]) {
          const text = encodeLegacy(d, encoding);
          expect(text).not.toBe(d);
          expect(decodeLegacy(text, encoding)).toBe(d);
        }
      });

      it("gives every small letter its own code (nothing decodes two ways)", () => {
        const codes = [...ALPHABET.map((l) => l.lower), "đ"].map((c) => encodeLegacy(c, encoding));
        expect(new Set(codes).size).toBe(73);
        expect(LEGACY_OF[encoding].size).toBe(146);
      });
    });
  }

  it("reads the issue's TCVN3 header and the same words in VNI", () => {
    expect(decodeLegacy("§iÓm tèi ®a", "TCVN3")).toBe("Điểm tối đa");
    expect(decodeLegacy("Ñieåm toái ña", "VNI")).toBe("Điểm tối đa");
    expect(decodeLegacy("Tiªu chÝ", "TCVN3")).toBe("Tiêu chí");
    expect(decodeLegacy("Ng\u00adêi", "TCVN3")).toBe("Người");
    expect(decodeLegacy("Ngöôøi", "VNI")).toBe("Người");
    expect(decodeLegacy("§IÓM TèI §A", "TCVN3")).toBe("ĐIỂM TỐI ĐA");
  });
});

describe("detection per cell", () => {
  const PHRASES = ["Điểm tối đa", "Tiêu chí", "Phòng phụ trách", "Điểm tự chấm", "Điểm thẩm định", "Tài liệu kiểm chứng", "Văn phòng Sở", "Người lập biểu", "Quyết định số 12/QĐ-UBND", "Đạt", "Không"];

  it.each(PHRASES.flatMap((p) => ENCODINGS.map((e) => [p, e] as const)))("“%s” typed in %s is legacy text", (phrase, encoding) => {
    expect(detectLegacy(encodeLegacy(phrase, encoding))).toEqual({ encoding, text: phrase });
  });

  it.each([
    "Tiêu chí 1.1",
    "Có",
    "Tôi có",
    "Tây Ninh",
    "Café",
    "Société Générale",
    "Thé",
    "Crème brûlée",
    "Noël à Paris",
    "Ça va",
    "Müller GmbH",
    "José Núñez",
    "© 2020",
    "Microsoft® Excel",
    "25°C",
    "½ điểm",
    "1.1",
    "12,5",
    "I.",
    "UBND",
    "Self-assessment score",
    "Straße",
    "Dû",
    "Thé à la menthe",
    "Répertoire des Ministères",
    "Château d'Eau",
    "Garçon",
    "Mañana",
    "Größe",
    "São Paulo",
  ])("“%s” is not", (text) => {
    expect(detectLegacy(text)).toBeNull();
  });

  it("costs one test for ASCII and for Vietnamese only Unicode can write", () => {
    expect(classifyText("Total points 1.1")).toEqual({ kind: "none" });
    expect(classifyText("Điểm tối đa")).toEqual({ kind: "unicode" });
    expect(classifyText("Điểm tối đa".normalize("NFD"))).toEqual({ kind: "unicode" });
  });

  it("knows a syllable from mojibake", () => {
    for (const w of ["nghiêng", "người", "Quyết", "KHUYẾCH", "oanh", "gì"]) expect(isSyllable(w), w).toBe(true);
    for (const w of ["chÝ", "Tiªu", "tieâu", "caâu", "Phßng", "ieâ", "Straße", "aù", "eõ", "hòan", "nguời"]) expect(isSyllable(w), w).toBe(false);
    for (const w of ["hóa", "hoá", "thúy", "thuý", "gìn", "giữa", "khuỷu", "ngoài"]) expect(isSyllable(w), w).toBe(true);
  });
});

// Random Vietnamese: syllables from the language's own parts, tones composed by Unicode.
const onset = fc.constantFrom("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
const nucleus = fc.constantFrom("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "âu", "ia", "iê", "oa", "oe", "ôi", "ơi", "ua", "uô", "ươ", "uy", "iêu", "ươi", "oai", "uyê");
const coda = fc.constantFrom("", "", "c", "ch", "m", "n", "ng", "nh", "p", "t");
const tone = fc.constantFrom(...Object.values(TONE_MARKS));
/** Where the spelling puts the tone: on the (last) shaped vowel; else the last vowel before a coda; else the first (middle of three). */
function tonePlace(n: string, c: string): number {
  const shaped = Math.max(...[..."ăâêôơư"].map((v) => n.lastIndexOf(v)));
  if (shaped >= 0) return shaped;
  if (c) return n.length - 1;
  return n.length === 3 ? 1 : 0;
}
/** Nuclei a final consonant may follow ("oan", "iêng"; never "aic"). */
const CLOSABLE = /^(a|ă|â|e|ê|i|o|ô|ơ|u|ư|oa|oe|uy|iê|uô|ươ|uyê)$/;
// k, gh, ngh before i e ê y; c, ng elsewhere
const spelledRight = ([o, n]: [string, string, string, string]) => (["k", "gh", "ngh"].includes(o) ? /^[ieêy]/.test(n) : ["c", "ng"].includes(o) ? !/^[ieêy]/.test(n) : true);
const syllable = fc.tuple(onset, nucleus, coda, tone).filter(spelledRight).map(([o, n, coda, t]) => {
  const c = CLOSABLE.test(n) ? coda : "";
  const at = tonePlace(n, c);
  const vowel = ((n[at] as string).normalize("NFD") + t).normalize("NFC");
  return o + n.slice(0, at) + vowel + n.slice(at + 1) + c;
});
const caseOf = (style: number, w: string) => (style === 1 ? w.charAt(0).toUpperCase() + w.slice(1) : style === 2 ? w.toUpperCase() : w);
const word = fc.tuple(syllable, fc.integer({ min: 0, max: 2 })).map(([w, style]) => caseOf(style, w));
const other = fc.constantFrom("1.1", "2.3.4", "12,5", "0,25", "(1)", "I.", "II", "-", "UBND", "CCHC", "score", "Total", "100%", "v.v.", "27/8/2021", "Excel", "A");
const unicodeText = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: other }), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" "));

describe("properties", () => {
  it("Unicode text (NFC or NFD, any case, with codes and numbers) is never detected as legacy", () => {
    fc.assert(
      fc.property(unicodeText, fc.boolean(), (text, nfd) => {
        const cell = nfd ? text.normalize("NFD") : text;
        expect(detectLegacy(cell)).toBeNull();
        expect(decodeGrid([[cell], [cell.toLowerCase()]]).cells).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("encode then decode gives the text back (VNI in any case; TCVN3 capitals where its bytes have them)", () => {
    const tcvnWord = fc.tuple(syllable, fc.boolean()).map(([w, cap]) => (cap && !/^[aăâeêioôơuưyáàảãạ]/i.test(w.normalize("NFD").charAt(0)) ? caseOf(1, w) : w));
    const tcvnText = fc.array(fc.oneof({ weight: 4, arbitrary: tcvnWord }, { weight: 1, arbitrary: other }), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(unicodeText, tcvnText, (vni, tcvn) => {
        expect(decodeLegacy(encodeLegacy(vni, "VNI"), "VNI")).toBe(vni);
        // a cell with capitals only is read as written in a capitals font (.VnTimeH)
        const tcvnText = encodeLegacy(tcvn, "TCVN3");
        const capitals = !/[a-z]/.test(tcvnText) && /[A-Z][^A-Z]*[A-Z]/.test(tcvnText);
        expect(decodeLegacy(tcvnText, "TCVN3")).toBe(capitals ? tcvn.toUpperCase() : tcvn);
        // and on a sheet typed in that encoding, detection reads it as that text or leaves it, never as another
        for (const [text, encoding] of [[vni, "VNI"], [capitals ? tcvn.toUpperCase() : tcvn, "TCVN3"]] as const) {
          const header = ["STT", "Tiêu chí", "Điểm tối đa", "Phòng phụ trách"].map((h) => encodeLegacy(h, encoding));
          const cell = encodeLegacy(text, encoding);
          const read = decodeGrid([header, ["1.1", cell, 1, ""]]).values[1]?.[1];
          expect([text, cell]).toContain(read);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a grid", () => {
  const seedGrid = (map: (s: string) => string = (s) => s): string[][] => [
    ...SEED001_TITLE.map((t) => [map(t)]),
    ["STT", map("Lĩnh vực/Tiêu chí"), map("Điểm tối đa"), map("Điểm đạt được"), map("Phòng phụ trách")],
    ...SEED001_ROWS.map((r) => [r[0], map(r[1]), r[2], r[3], map(r[6])]),
  ];

  it("seed 001 in Unicode has no legacy cell and comes back as the very same grid", () => {
    const grid = seedGrid();
    const scan = decodeGrid(grid);
    expect(scan.cells).toEqual([]);
    expect(scan.values).toBe(grid);
  });

  for (const encoding of ENCODINGS) {
    it(`seed 001 typed in ${encoding} reads back as the Unicode seed, cell for cell`, () => {
      const scan = decodeGrid(seedGrid((s) => encodeLegacy(s, encoding)));
      // TCVN3 has no byte for a toned capital: outside words in capitals ("Ứng dụng") it was typed small
      const typed = (s: string) => (encoding === "VNI" ? s : s.replace(/\S+/g, (w) => (w === w.toUpperCase() ? w : [...w].map((c) => (/[\u0300-\u0323]/.test(c.normalize("NFD")) ? c.toLowerCase() : c)).join(""))));
      expect(scan.values).toEqual(seedGrid(typed));
      expect(scan.cells.length).toBeGreaterThan(100);
      expect(new Set(scan.cells.map((c) => c.encoding))).toEqual(new Set([encoding]));
    });
  }

  it("decodes an ambiguous cell in a legacy column, never one in a column of Unicode Vietnamese", () => {
    const legacyColumn = [[encodeLegacy("Tiêu chí", "TCVN3")], [encodeLegacy("Phòng phụ trách", "TCVN3")], ["Cã"]];
    expect(decodeGrid(legacyColumn).values.map((r) => r[0])).toEqual(["Tiêu chí", "Phòng phụ trách", "Có"]);
    const mixed = [[encodeLegacy("Tiêu chí", "TCVN3")], ["Văn phòng Sở"], ["Có"]];
    expect(decodeGrid(mixed).values.map((r) => r[0])).toEqual(["Tiêu chí", "Văn phòng Sở", "Có"]);
    // alone, a cell that reads well both ways stays as it is
    expect(decodeGrid([["Có"], ["Tôi có"]]).cells).toEqual([]);
  });

  it("a yes/no column: “Cã” / “Kh«ng” typed in TCVN3 is read, “Có” / “Không” under a TCVN3 header in Unicode rows is left", () => {
    const header = ["STT", "Tiêu chí", "Tài liệu kiểm chứng"].map((h) => encodeLegacy(h, "TCVN3"));
    const legacy = decodeGrid([header, ["1", encodeLegacy("Kế hoạch", "TCVN3"), "Cã"], ["2", encodeLegacy("Báo cáo", "TCVN3"), "Kh«ng"]]);
    expect(legacy.values.map((r) => r[2])).toEqual(["Tài liệu kiểm chứng", "Có", "Không"]);
    const unicode = decodeGrid([header, ["1", "Kế hoạch", "Có"], ["2", "Báo cáo", "Không"]]);
    expect(unicode.values.map((r) => r[2])).toEqual(["Tài liệu kiểm chứng", "Có", "Không"]);
    expect(unicode.values.map((r) => r[1])).toEqual(["Tiêu chí", "Kế hoạch", "Báo cáo"]);
  });

  it("a short Unicode word typed later into a legacy row stays Unicode when its column holds Unicode Vietnamese", () => {
    const row = ["1", encodeLegacy("Kế hoạch cải cách", "TCVN3"), "Có"];
    const grid = [["STT", encodeLegacy("Tiêu chí", "TCVN3"), encodeLegacy("Tài liệu kiểm chứng", "TCVN3")], row, ["2", encodeLegacy("Báo cáo", "TCVN3"), "Quyết định số 5"]];
    expect(decodeGrid(grid).values[1]).toEqual(["1", "Kế hoạch cải cách", "Có"]);
  });

  it("copies only the rows it changes", () => {
    const untouched = ["1.1", "Kế hoạch", 1.5];
    const grid = [[encodeLegacy("Điểm tối đa", "VNI")], untouched];
    const scan = decodeGrid(grid);
    expect(scan.values[1]).toBe(untouched);
    expect(grid[0]?.[0]).toBe("Ñieåm toái ña");
    expect(scan.cells).toEqual([{ row: 0, col: 0, encoding: "VNI", legacy: "Ñieåm toái ña", text: "Điểm tối đa", sure: true }]);
  });
});
