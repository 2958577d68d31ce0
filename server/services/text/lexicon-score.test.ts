import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lexiconScore, type LexiconOptions } from "./lexicon-score";
import { sentimentScore } from "./sentiment";

const PLAIN: LexiconOptions = { negationWindow: 1, contrast: false };
const WINDOW_3: LexiconOptions = { ...PLAIN, negationWindow: 3 };

describe("lexiconScore", () => {
  it("reads like the package's own score on text without clauses or negation", () => {
    const text = "The crew were wonderful and the food was great";
    expect(lexiconScore(text, PLAIN)).toBeCloseTo(sentimentScore(text), 10);
  });

  it("lets a negator reach three words back, but not into the next clause", () => {
    expect(lexiconScore("The seat was not very comfortable", PLAIN)).toBeGreaterThan(0);
    expect(lexiconScore("The seat was not very comfortable", WINDOW_3)).toBeLessThan(0);
    expect(lexiconScore("Not bad, a great crew", WINDOW_3)).toBeGreaterThan(0);
  });

  it("knows the negators the package lacks", () => {
    expect(lexiconScore("The staff weren't helpful", PLAIN)).toBeLessThan(0);
    expect(lexiconScore("I didn’t enjoy the meal", PLAIN)).toBeLessThan(0);
    expect(lexiconScore("Never happy with this airline", PLAIN)).toBeLessThan(0);
  });

  it("weighs the clause after a \"but\" above the one before it", () => {
    const text = "The food was good but the seat was awful and the crew rude";
    expect(lexiconScore(text, { ...PLAIN, contrast: true })).toBeLessThan(lexiconScore(text, PLAIN));
  });

  it("always answers a finite score in -1..1, 0 for blank text", () => {
    expect(lexiconScore("  \n ", WINDOW_3)).toBe(0);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (text, negationWindow, contrast) => {
        const score = lexiconScore(text, { negationWindow, contrast });
        expect(Number.isFinite(score)).toBe(true);
        expect(Math.abs(score)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
