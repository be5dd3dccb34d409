// The command line → options.
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../cli/args.js";

describe("parseArgs", () => {
  it("reads a command, files and options in any order", () => {
    const p = parseArgs(["score", "a.xlsx", "--values", "-o", "out.xlsx", "b.xlsx", "--column", "achieved=f", "--lang=en", "--sheet", "Bảng 1"]);
    expect(p).toEqual({
      ok: true,
      options: {
        command: "score",
        files: ["a.xlsx", "b.xlsx"],
        sheet: "Bảng 1",
        json: false,
        output: "out.xlsx",
        values: true,
        keepText: false,
        inPlace: false,
        toUnicode: false,
        lang: "en",
        columns: { achieved: "F" },
        asOf: null,
        planColumns: null,
        numbering: null,
        help: false,
        rank: "standard",
        template: null,
      },
    });
  });

  it("reads the plan's column set and numbering, and refuses unknown ones", () => {
    const p = parseArgs(["plan", "a.xlsx", "--plan-columns", "short", "--numbering", "continuous"]);
    expect(p.ok && [p.options.planColumns, p.options.numbering]).toEqual(["short", "continuous"]);
    const keys = parseArgs(["plan", "a.xlsx", "--plan-columns", "stt,name,solution,deadline"]);
    expect(keys.ok && keys.options.planColumns).toEqual(["stt", "name", "solution", "deadline"]);
    expect(parseArgs(["plan", "a.xlsx", "--plan-columns", "stt,tên"]).ok).toBe(false);
    expect(parseArgs(["plan", "a.xlsx", "--numbering", "roman"]).ok).toBe(false);
  });

  it("reads progress --as-of as a day, and refuses one that is not", () => {
    const p = parseArgs(["progress", "plan.xlsx", "--as-of", "2026-04-15", "--json"]);
    expect(p.ok && [p.options.command, p.options.asOf, p.options.json]).toEqual(["progress", "2026-04-15", true]);
    const bad = parseArgs(["progress", "plan.xlsx", "--as-of", "15/04/2026"]);
    expect(bad.ok ? "" : bad.error).toMatch(/YYYY-MM-DD/);
    expect(parseArgs(["progress", "plan.xlsx", "--as-of=2026-02-30"]).ok).toBe(false);
  });

  it("reads the units options: --rank standard|dense and --template", () => {
    const p = parseArgs(["units", "don-vi/", "--rank", "dense", "--template=mau.xlsx"]);
    expect(p.ok && [p.options.command, p.options.files, p.options.rank, p.options.template]).toEqual(["units", ["don-vi/"], "dense", "mau.xlsx"]);
    expect(parseArgs(["units", "x", "--rank", "top"])).toEqual({ ok: false, lang: "vi", error: "--rank “top” không hợp lệ (dùng standard hoặc dense)." });
  });

  it("takes everything after -- as a file", () => {
    const p = parseArgs(["check", "--", "--json", "-o"]);
    expect(p.ok && p.options.files).toEqual(["--json", "-o"]);
  });

  it("takes the appraisal's text columns by role (explanation, appraisalNote)", () => {
    const p = parseArgs(["check", "a.xlsx", "--column", "appraisalNote=g", "--column", "explanation=H"]);
    expect(p.ok && p.options.columns).toEqual({ appraisalNote: "G", explanation: "H" });
  });

  it("complains in the language asked for, whatever the order", () => {
    expect(parseArgs(["check", "--nope", "--lang", "en"])).toEqual({ ok: false, lang: "en", error: "unknown option “--nope”." });
    expect(parseArgs(["check", "--column", "colour=F"])).toEqual({ ok: false, lang: "vi", error: "“colour=F” không đúng dạng VAI=CỘT (ví dụ achieved=F)." });
  });
});
