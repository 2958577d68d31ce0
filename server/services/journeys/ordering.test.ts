import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { positionChanges, reorder, transfer } from "./ordering";

describe("reorder", () => {
  it("moves an item to a new place and keeps the others in order", () => {
    expect(reorder(["a", "b", "c", "d"], "d", 1)).toEqual(["a", "d", "b", "c"]);
    expect(reorder(["a", "b", "c"], "a", 99)).toEqual(["b", "c", "a"]);
    expect(reorder(["a", "b", "c"], "b", -3)).toEqual(["b", "a", "c"]);
  });

  it("keeps every item exactly once whatever the move", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: -5, max: 30 }), (ids, pick, to) => {
        const id = ids[pick % ids.length]!;
        const result = reorder(ids, id, to);
        expect([...result].sort()).toEqual([...ids].sort());
        expect(result.indexOf(id)).toBe(Math.max(0, Math.min(to, ids.length - 1)));
      }),
    );
  });
});

describe("transfer", () => {
  it("moves an item between lists", () => {
    expect(transfer(["a", "b"], ["x", "y"], "a", 1)).toEqual({ from: ["b"], to: ["x", "a", "y"] });
  });
});

describe("positionChanges", () => {
  it("writes only the positions that differ", () => {
    const current = new Map([["a", 0], ["b", 2], ["c", 1]]);
    expect(positionChanges(["a", "c", "b"], current)).toEqual([]);
    expect(positionChanges(["a", "b", "c"], current)).toEqual([
      { id: "b", position: 1 },
      { id: "c", position: 2 },
    ]);
  });
});
