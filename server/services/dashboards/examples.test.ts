import { describe, expect, it } from "vitest";
import { pickExamples } from "./examples";

const row = (id: string, comment: string | null) => ({ id, comment });
const ids = (picked: Map<string, { id: string }[]>, theme: string) => picked.get(theme)!.map((r) => r.id);

describe("pickExamples", () => {
  it("takes each theme's newest comments, the same words only once", () => {
    const picked = pickExamples(new Map([["delay", [row("1", "Two hours late"), row("2", "two  hours LATE"), row("3", "Gate moved"), row("4", "Late again")]]]), ["delay"], 3);
    expect(ids(picked, "delay")).toEqual(["1", "3", "4"]);
  });

  it("does not repeat under a later theme a comment shown under an earlier one, when it has others", () => {
    const shared = row("s", "Late and rude staff");
    const picked = pickExamples(
      new Map([
        ["delay", [shared, row("d1", "Late")]],
        ["staff", [shared, row("t1", "Rude"), row("t2", "Kind crew"), row("t3", "Helpful")]],
      ]),
      ["delay", "staff"],
      2,
    );
    expect(ids(picked, "delay")).toEqual(["s", "d1"]);
    expect(ids(picked, "staff")).toEqual(["t1", "t2"]);
  });

  it("repeats a comment only rather than leave a theme without an example", () => {
    const candidates = new Map([
      ["delay", [row("a", "Late and lost bag"), row("b", "Late")]],
      ["baggage", [row("a2", "late and lost bag"), row("c", "Bag torn")]],
      ["lost", [row("a3", "Late and lost bag")]],
    ]);
    const picked = pickExamples(candidates, ["delay", "baggage", "lost"], 3);
    expect(ids(picked, "baggage")).toEqual(["c"]);
    expect(ids(picked, "lost")).toEqual(["a3"]);
  });

  it("skips empty comments and themes without candidates", () => {
    const picked = pickExamples(new Map([["delay", [row("1", null), row("2", "  ")]]]), ["delay", "none"], 3);
    expect(picked.get("delay")).toEqual([]);
    expect(picked.get("none")).toEqual([]);
  });
});
