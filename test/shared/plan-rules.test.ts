import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overdueFormula, progressChoices } from "../../shared/progress.js";
import {
  blocksOf,
  carryBlocks,
  carryMerges,
  isOverdueFormula,
  isShareRule,
  isStatusList,
  mergeBlocks,
  planMove,
  reverseMove,
  shiftFormula,
  uncoveredRuns,
  type RowMove,
} from "../../shared/plan-rules.js";
import type { RowKind } from "../../shared/plan.js";

/** Old plan: title rows 0–1, header 2, body 3–8, signature 10; the new plan inserts a row after old 4 and one at
 * the table's end, drops old row 6 (a criterion that left) and keeps the rest in order. */
const sources = [0, 1, 2, 3, 4, null, 5, 7, 8, null, 9, 10];
const move: RowMove = { sources, oldRows: 11, oldBody: { first: 3, last: 8 }, newBody: { first: 3, last: 9 }, oldWidth: 5, newWidth: 5, maxRows: 1_048_576 };
const rows = (block: { row: number; rows: number }) => [block.row, block.row + block.rows - 1];

/**
 * A random re-generation: `old` rows kept in some order (`ordered`: in their own order) with rows made new put among
 * them, and a block of old rows `from`…`from + count − 1` a rule was on.
 */
function randomMove(ordered: boolean) {
  return fc
    .record({ old: fc.integer({ min: 1, max: 30 }), fresh: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }) })
    .chain(({ old, fresh }) =>
      fc.record({
        order: ordered ? fc.subarray(Array.from({ length: old }, (_, i) => i)) : fc.shuffledSubarray(Array.from({ length: old }, (_, i) => i)),
        fresh: fc.constant(fresh),
        old: fc.constant(old),
        from: fc.integer({ min: 0, max: old - 1 }),
        count: fc.integer({ min: 1, max: old }),
      }),
    )
    .map(({ order, fresh, old, from, count }) => {
      const src: (number | null)[] = [...order];
      for (const at of fresh) src.splice(Math.min(at, src.length), 0, null);
      const m: RowMove = { sources: src, oldRows: old, oldBody: null, newBody: null, oldWidth: 3, newWidth: 3, maxRows: 1_048_576 };
      return { order, old, from, count, src, m };
    });
}

describe("carryBlocks", () => {
  it("a rule on one row follows that row", () => {
    expect(carryBlocks([{ row: 7, col: 0, rows: 1, cols: 5 }], move)).toEqual([{ row: 7, col: 0, rows: 1, cols: 5 }]);
    expect(carryBlocks([{ row: 5, col: 2, rows: 1, cols: 1 }], move)).toEqual([{ row: 6, col: 2, rows: 1, cols: 1 }]);
  });

  it("a rule on a row that left the plan goes with it", () => {
    expect(carryBlocks([{ row: 6, col: 0, rows: 1, cols: 5 }], move)).toEqual([]);
  });

  it("a rule over the whole table covers the whole new table, rows added at its end included", () => {
    const out = carryBlocks([{ row: 3, col: 0, rows: 6, cols: 5 }], move);
    expect(out.map(rows)).toEqual([[3, 9]]);
  });

  it("a rule on part of the table takes rows inserted inside it, not rows beside it", () => {
    // old rows 4–5: the new row 5 was inserted between them
    expect(carryBlocks([{ row: 4, col: 1, rows: 2, cols: 1 }], move).map(rows)).toEqual([[4, 6]]);
    // old rows 3–4: the inserted row comes after the last of them
    expect(carryBlocks([{ row: 3, col: 1, rows: 2, cols: 1 }], move).map(rows)).toEqual([[3, 4]]);
  });

  it("a rule on whole columns still reaches the sheet's end", () => {
    expect(carryBlocks([{ row: 0, col: 6, rows: 1_048_576, cols: 1 }], move)).toEqual([{ row: 0, col: 6, rows: 1_048_576, cols: 1 }]);
  });

  it("a rule below the plan keeps its distance to the plan's end", () => {
    expect(carryBlocks([{ row: 14, col: 0, rows: 2, cols: 2 }], move)).toEqual([{ row: 15, col: 0, rows: 2, cols: 2 }]);
  });

  it("rows the plan moved out of order split a rule into the runs it now covers", () => {
    const moved: RowMove = { ...move, sources: [0, 1, 2, 5, 3, 4, 6], oldRows: 7, oldBody: { first: 3, last: 6 }, newBody: { first: 3, last: 6 } };
    expect(carryBlocks([{ row: 5, col: 0, rows: 2, cols: 1 }], moved).map(rows)).toEqual([[3, 3], [6, 6]]);
  });

  it("a rule across every old column widens to the columns the plan added", () => {
    const wider = { ...move, newWidth: 7 };
    expect(carryBlocks([{ row: 3, col: 0, rows: 6, cols: 5 }], wider)).toEqual([{ row: 3, col: 0, rows: 7, cols: 7 }]);
    expect(carryBlocks([{ row: 3, col: 1, rows: 6, cols: 4 }], wider)).toEqual([{ row: 3, col: 1, rows: 7, cols: 4 }]);
  });

  it("keeps every kept row it covered and covers no kept row it did not (any move)", () => {
    const arb = randomMove(false);
    fc.assert(
      fc.property(arb, ({ old, from, count, src, m }) => {
        const to = Math.min(old - 1, from + count - 1);
        const out = carryBlocks([{ row: from, col: 0, rows: to - from + 1, cols: 3 }], m);
        const covered = new Set(out.flatMap((b) => Array.from({ length: b.rows }, (_, i) => b.row + i)));
        src.forEach((s, i) => {
          if (s === null) return;
          expect(covered.has(i)).toBe(s >= from && s <= to);
        });
      }),
    );
  });
});

describe("reverseMove (Hoàn tác of a re-generated plan)", () => {
  it("gives each old row back the row it had become; dropped rows come back as rows made new", () => {
    const back = reverseMove(move);
    expect(back.sources).toEqual([0, 1, 2, 3, 4, 6, null, 7, 8, 10, 11]);
    expect(back.oldRows).toBe(12);
    expect(back.oldBody).toEqual(move.newBody);
    expect(back.newBody).toEqual(move.oldBody);
  });

  it("moves staff's rules back to the rows they were on, a whole-table rule over the old table", () => {
    const back = reverseMove(move);
    // old row 5 went to new row 6: a rule there comes back to 5
    expect(carryBlocks(carryBlocks([{ row: 5, col: 2, rows: 1, cols: 1 }], move), back)).toEqual([{ row: 5, col: 2, rows: 1, cols: 1 }]);
    // the whole table (old body 3–8), carried to 3–9 and back: 3–8 again, the dropped row 6 included
    expect(carryBlocks(carryBlocks([{ row: 3, col: 0, rows: 6, cols: 5 }], move), back).map(rows)).toEqual([[3, 8]]);
    // below the plan: the same distance to its end again
    expect(carryBlocks(carryBlocks([{ row: 14, col: 0, rows: 2, cols: 2 }], move), back)).toEqual([{ row: 14, col: 0, rows: 2, cols: 2 }]);
  });

  it("narrows a rule the re-generation widened to columns it added; a narrower rule keeps its columns", () => {
    const wider = { ...move, newWidth: 7 };
    const back = reverseMove(wider);
    expect(carryBlocks(carryBlocks([{ row: 3, col: 0, rows: 6, cols: 5 }], wider), back)).toEqual([{ row: 3, col: 0, rows: 6, cols: 5 }]);
    expect(carryBlocks([{ row: 3, col: 0, rows: 1, cols: 3 }], back)).toEqual([{ row: 3, col: 0, rows: 1, cols: 3 }]);
  });

  it("composed with the move, keeps every kept row in place, and a rule's kept rows come back exactly (any move)", () => {
    const arb = fc.boolean().chain(randomMove);
    fc.assert(
      fc.property(arb, ({ order, old, from, count, src, m }) => {
        const back = reverseMove(m);
        expect(back.sources).toHaveLength(old);
        // the move after its reverse: every kept row is where it started, and only kept rows have a source
        back.sources.forEach((j, r) => {
          if (j === null) expect(src.includes(r)).toBe(false);
          else expect(src[j]).toBe(r);
        });
        const to = Math.min(old - 1, from + count - 1);
        const there = carryBlocks([{ row: from, col: 0, rows: to - from + 1, cols: 3 }], m);
        const home = carryBlocks(there, back);
        const covered = new Set(home.flatMap((b) => Array.from({ length: b.rows }, (_, i) => b.row + i)));
        for (const r of order) expect(covered.has(r), `row ${r}`).toBe(r >= from && r <= to);
        for (const b of home) expect(b.cols).toBe(3);
      }),
    );
  });
});

describe("planMove", () => {
  it("reads the old table's body from the rows the new table took over", () => {
    const m = planMove({ sources, headerRow: 2, tableEnd: 9, columns: Array.from({ length: 6 }, () => ({ key: null, title: "", width: 1 })) }, 11, 5);
    expect(m.oldBody).toEqual({ first: 3, last: 8 });
    expect(m.newBody).toEqual({ first: 3, last: 9 });
    expect(m.newWidth).toBe(6);
  });
});

describe("shiftFormula", () => {
  it("moves relative rows and keeps anchored ones and quoted text", () => {
    expect(shiftFormula('=$M7="Chậm"', 2)).toBe('=$M9="Chậm"');
    expect(shiftFormula('=AND($M7="A7",N7>$B$2)', -1)).toBe('=AND($M6="A7",N6>$B$2)');
    expect(shiftFormula("=COUNTIF($F$7:$F$40,F7)>1", 3)).toBe("=COUNTIF($F$7:$F$40,F10)>1");
    expect(shiftFormula("='Danh mục'!$A$1:$A$9", 5)).toBe("='Danh mục'!$A$1:$A$9");
    expect(shiftFormula("=LOG10(A1)>1", 1)).toBe("=LOG10(A2)>1");
    expect(shiftFormula("=A1", -1)).toBe("=#REF!");
    expect(shiftFormula("=ISBLANK(B3)", 0, 2)).toBe("=ISBLANK(D3)");
  });
});

describe("our own rules", () => {
  it("the overdue highlight is ours whatever row it was written for; staff's formulas are not", () => {
    const progress = { due: 20, progressStatus: 16, percent: 17, doneDate: 18 };
    expect(isOverdueFormula(overdueFormula({ progress }, 6))).toBe(true);
    expect(isOverdueFormula(overdueFormula({ progress: { due: 3 } }, 40))).toBe(true);
    expect(isOverdueFormula('=$Q7="Chậm"')).toBe(false);
    expect(isOverdueFormula(null)).toBe(false);
  });

  it("the status dropdown is ours in either language; another list is staff's", () => {
    expect(isStatusList(progressChoices("vi").join(","))).toBe(true);
    expect(isStatusList(`"${progressChoices("en").join(",")}"`)).toBe(true);
    expect(isStatusList("Phòng Tổ chức,Văn phòng Sở")).toBe(false);
    expect(isStatusList([...progressChoices("vi"), "Chậm"].join(","))).toBe(false);
  });

  it("the 0–100 rule is ours on the share column only, as any host reports its bounds (numbers or text)", () => {
    const table = { progress: { percent: 17 } };
    expect(isShareRule(table, 17, 0, 100)).toBe(true);
    expect(isShareRule(table, 17, "0", "100")).toBe(true);
    expect(isShareRule(table, 18, 0, 100)).toBe(false);
    expect(isShareRule(table, 17, 0, 10)).toBe(false);
    expect(isShareRule({ progress: {} }, 17, 0, 100)).toBe(false);
  });
});

describe("cells holding rules", () => {
  it("groups cells holding the same rule into rectangles", () => {
    const grid = [
      [null, "a", "a"],
      [null, "a", "a"],
      ["b", null, "a"],
    ];
    const out = blocksOf(grid, (v) => v, { row: 5, col: 0 });
    expect(out.get("a")?.blocks).toEqual([
      { row: 5, col: 1, rows: 2, cols: 1 },
      { row: 5, col: 2, rows: 3, cols: 1 },
    ]);
    expect(blocksOf([["a", "a"], ["a", "a"]], (v) => v).get("a")?.blocks).toEqual([{ row: 0, col: 0, rows: 2, cols: 2 }]);
    expect(out.get("b")?.blocks).toEqual([{ row: 7, col: 0, rows: 1, cols: 1 }]);
  });

  it("joins a rule's cells into the rectangles they make", () => {
    const cells = [5, 6, 7].flatMap((row) => [2, 3].map((col) => ({ row, col, rows: 1, cols: 1 })));
    expect(mergeBlocks([...cells, { row: 9, col: 2, rows: 1, cols: 1 }].reverse())).toEqual([
      { row: 5, col: 2, rows: 3, cols: 2 },
      { row: 9, col: 2, rows: 1, cols: 1 },
    ]);
    expect(mergeBlocks([{ row: 0, col: 4, rows: 1_048_576, cols: 1 }])).toEqual([{ row: 0, col: 4, rows: 1_048_576, cols: 1 }]);
  });

  it("finds the cells of a column no rule covers", () => {
    expect(uncoveredRuns(3, 9, 2, [{ row: 5, col: 1, rows: 2, cols: 3 }])).toEqual([[3, 4], [7, 9]]);
    expect(uncoveredRuns(3, 9, 0, [{ row: 5, col: 1, rows: 2, cols: 3 }])).toEqual([[3, 9]]);
  });
});

describe("carryMerges", () => {
  // old rows 0–1 titles, 2 header, 3–6 criteria; the new plan puts a criterion between old rows 3 and 4
  const table = { sources: [0, 1, 2, 3, null, 4, 5, 6], kinds: ["title", "title", "header", "item", "item", "item", "item", "item"] as RowKind[] };
  it("moves a merge whose rows stay together, drops one whose rows were parted, never carries ours on title rows", () => {
    expect(
      carryMerges(
        [
          { row: 5, col: 3, rows: 2, cols: 1 },
          { row: 3, col: 5, rows: 2, cols: 1 },
          { row: 0, col: 0, rows: 1, cols: 10 },
          { row: 6, col: 2, rows: 1, cols: 3 },
        ],
        table,
      ),
    ).toEqual([
      { row: 6, col: 3, rows: 2, cols: 1 },
      { row: 7, col: 2, rows: 1, cols: 3 },
    ]);
  });
});
