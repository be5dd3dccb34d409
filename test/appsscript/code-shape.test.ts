// What Apps Script needs from Code.js: plain script (no modules), top-level declarations, JSDoc kept.
import { beforeAll, describe, expect, it } from "vitest";
import { PAR_FUNCTIONS } from "../../shared/index.js";
import { codeText, ENTRIES, ensureBuilt, loadCode } from "./load-code.js";


describe("built Code.js", () => {
  beforeAll(ensureBuilt);

  it("is a plain script: no export, import, eval or new Function", () => {
    const code = codeText();
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/^\s*import[\s{]/m);
    expect(code).not.toMatch(/\bnew Function\(/);
    expect(code).not.toMatch(/\beval\(/);
  });

  it("declares every entry point as a top-level function", () => {
    const code = codeText();
    const { g } = loadCode();
    for (const name of ENTRIES) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
      expect(typeof g[name]).toBe("function");
    }
  });

  it("declares every custom function at top level with its @customfunction JSDoc from the core's table", () => {
    const code = codeText();
    const { g } = loadCode();
    for (const fn of PAR_FUNCTIONS) {
      const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${fn.name}\\(([^)]*)\\)`).exec(code);
      expect(m, fn.name).not.toBeNull();
      const [, jsdoc, params] = m as RegExpExecArray;
      expect(jsdoc).toContain("@customfunction");
      expect(jsdoc).toContain(fn.description.vi);
      expect(params?.split(",").map((p) => p.trim())).toEqual(fn.params.map((p) => p.name));
      for (const p of fn.params) expect(jsdoc).toContain(p.optional ? `[${p.name}]` : ` ${p.name} `);
      expect(typeof g[fn.name]).toBe("function");
    }
  });
});
