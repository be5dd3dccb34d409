// PAR_* called as globals of the built Code.js, with ranges as Apps Script hands them (2-D arrays).
import { beforeAll, describe, expect, it } from "vitest";
import { seed001Clean } from "../fixtures/seed001.js";
import { ensureBuilt, loadCode } from "./load-code.js";

const column = (grid: unknown[][], c: number) => grid.slice(1).map((r) => [r[c]]);

describe("custom functions", () => {
  beforeAll(ensureBuilt);

  it("PAR_ROLLUP rolls a points column up the codes, one call for the column", () => {
    const { g } = loadCode();
    const grid = seed001Clean();
    const codes = column(grid, 0);
    const out = g.PAR_ROLLUP(codes, column(grid, 3)) as number[][];
    expect(out).toHaveLength(codes.length);
    const at = (code: string) => out[codes.findIndex((r) => r[0] === code)]?.[0];
    expect(at("3")).toBe(12.217);
    expect(at("3.3")).toBe(7.717);
    expect(at("1")).toBe(6.18);
    expect(at("3.3.4")).toBe(2.967);
    expect(g.PAR_ROLLUP(codes, column(grid, 2), "3")).toBe(15);
  });

  it("PAR_FINAL gives each row its latest round; PAR_INDEX takes bonus and penalty", () => {
    const { g } = loadCode();
    expect(g.PAR_FINAL([[0.5], [2], [1]], [[0], [1.5], [""]], [[0.5], [""], [""]])).toEqual([[0.5], [1.5], [1]]);
    expect(g.PAR_INDEX(85.4, 100, 1.5 - 0.5, 0.5)).toBe(85.9);
  });

  it("PAR_DELTA returns target − achieved per row, exact to the thousandth", () => {
    const { g } = loadCode();
    const grid = seed001Clean();
    const target = column(grid, 4);
    const achieved = column(grid, 3);
    const out = g.PAR_DELTA(target, achieved) as number[][];
    expect(out).toHaveLength(target.length);
    out.forEach((row, i) => expect(row[0]).toBe(Math.round(((target[i]?.[0] as number) - (achieved[i]?.[0] as number)) * 1000) / 1000));
    expect(g.PAR_DELTA(15.5, 6.18)).toBe(9.32);
  });

  it("bad input is an Error with a clear message", () => {
    const { g } = loadCode();
    expect(() => g.PAR_DELTA([["abc"], [1]], [[1], [1]])).toThrow(/“abc” không phải là số/);
    expect(() => g.PAR_ROLLUP([["1"], ["1.1"]], [[1]])).toThrow(/cùng số ô/);
  });
});
