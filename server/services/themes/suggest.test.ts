import { describe, expect, it } from "vitest";
import { suggestThemes, type SuggestComment } from "./suggest";

const comments = (texts: string[], prefix = "c"): SuggestComment[] => texts.map((text, i) => ({ id: `${prefix}${i}`, text }));

const CLOTHING = comments([
  "The zipper broke after one wash, so disappointing.",
  "Lovely colour but the zipper is stiff and hard to close.",
  "Zipper got stuck on the first day.",
  "The zippers on the pockets are flimsy.",
  "Runs small, order one size up.",
  "I had to size up; the waist runs small.",
  "Beautiful dress, it runs small in the chest.",
  "Great dress for a summer wedding.",
  "Great dress, I love it.",
  "The hem came undone, terrible stitching.",
  "Shipping took two weeks.",
  "Arrived quickly and well packed.",
]);

describe("suggestThemes", () => {
  it("proposes the phrases many comments share, with volume, share and highlighted examples", () => {
    const candidates = suggestThemes(CLOTHING, [], { minComments: 3, minShare: 0 });
    const zipper = candidates.find((candidate) => candidate.name === "zipper");
    expect(zipper).toBeDefined();
    expect(zipper!.comments).toBe(4);
    expect(zipper!.share).toBeCloseTo(4 / 12);
    expect(zipper!.examples).toHaveLength(3);
    const first = zipper!.examples[0]!;
    expect(first.id).toBe("c0");
    expect(first.highlights.map((h) => first.text.slice(h.start, h.end))).toEqual(["zipper"]);
    // "zippers" is the same stem: the example shows the word as written.
    const later = suggestThemes(CLOTHING.slice(1), [], { minComments: 3, minShare: 0 }).find((c) => c.name === "zipper");
    const third = later!.examples[2]!;
    expect(third.id).toBe("c3");
    expect(third.highlights.map((h) => third.text.slice(h.start, h.end))).toEqual(["zippers"]);

    const small = candidates.find((candidate) => candidate.terms.includes("runs small"));
    expect(small, JSON.stringify(candidates.map((c) => c.terms))).toBeDefined();
    expect(small!.comments).toBe(3);
  });

  it("never proposes words of feeling, stop words or phrases in fewer comments than the floor", () => {
    const names = suggestThemes(CLOTHING, [], { minComments: 3, minShare: 0 }).flatMap((candidate) => candidate.terms);
    expect(names).not.toContain("great");
    expect(names).not.toContain("love");
    expect(names).not.toContain("the");
    // "dress" is in three comments, "shipping" in one.
    expect(names.some((name) => name.includes("shipping"))).toBe(false);
  });

  it("leaves out what an existing theme already covers", () => {
    const taxonomy = [{ name: "fasteners", terms: ["zip", "zipper"] }];
    const names = suggestThemes(CLOTHING, taxonomy, { minComments: 3, minShare: 0 }).flatMap((candidate) => candidate.terms);
    expect(names.some((name) => name.includes("zipper"))).toBe(false);
  });

  it("against a background, keeps only phrases more frequent here than there", () => {
    const background = comments(
      ["Great dress, runs small.", "The dress runs small.", "A dress that runs small.", "Runs small again.", "Runs small."],
      "b",
    );
    const candidates = suggestThemes(CLOTHING, [], { background, minComments: 3, minShare: 0 });
    expect(candidates.some((candidate) => candidate.name === "zipper")).toBe(true);
    expect(candidates.some((candidate) => candidate.terms.includes("runs small"))).toBe(false);
  });

  it("gives nothing for no comments, and at most `limit` candidates", () => {
    expect(suggestThemes([], [])).toEqual([]);
    expect(suggestThemes(CLOTHING, [], { minComments: 2, minShare: 0, limit: 1 })).toHaveLength(1);
  });
});
