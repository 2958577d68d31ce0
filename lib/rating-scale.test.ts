import { describe, expect, it } from "vitest";
import {
  DEFAULT_RATING_SCALE,
  defaultTopBoxFrom,
  fitsScale,
  normaliseRating,
  presetForValues,
  presetOf,
  ratingRangeIssue,
  ratingScaleIssues,
  ratingScaleOf,
  ratingUnit,
  resolveRatingScale,
  scaleDescription,
  scaleRangeText,
  topBoxRangeText,
  topBoxText,
  type RatingScale,
} from "./rating-scale";

const scale = (scaleMin: number, scaleMax: number, topBoxFrom: number, labels: Partial<RatingScale> = {}): RatingScale => ({
  scaleMin,
  scaleMax,
  topBoxFrom,
  scaleMinLabel: null,
  scaleMaxLabel: null,
  ...labels,
});

describe("rating scale texts", () => {
  it("reads the range, the top box and the unit of each usual scale", () => {
    expect(scaleRangeText(scale(1, 10, 9))).toBe("1-10");
    expect(topBoxText(scale(1, 10, 9))).toBe("9-10 of 10");
    expect(topBoxText(DEFAULT_RATING_SCALE)).toBe("4-5 of 5");
    expect(topBoxText(scale(0, 10, 10))).toBe("10 of 10");
    expect(topBoxRangeText(scale(1, 7, 6))).toBe("6-7");
    expect(ratingUnit(scale(0, 10, 9))).toBe("/10");
    expect(ratingUnit(DEFAULT_RATING_SCALE)).toBe("/5");
  });

  it("names the ends when they have labels", () => {
    expect(scaleDescription(scale(1, 10, 9, { scaleMinLabel: "Poor", scaleMaxLabel: "Excellent" }))).toBe("1-10 (1 = Poor, 10 = Excellent)");
    expect(scaleDescription(scale(0, 10, 9, { scaleMaxLabel: "Best" }))).toBe("0-10 (10 = Best)");
    expect(scaleDescription(DEFAULT_RATING_SCALE)).toBe("1-5");
  });
});

describe("presets and defaults", () => {
  it("knows the usual scales with their top-two box", () => {
    expect(presetOf({ scaleMin: 0, scaleMax: 10 })?.scale.topBoxFrom).toBe(9);
    expect(presetOf({ scaleMin: 1, scaleMax: 7 })?.scale.topBoxFrom).toBe(6);
    expect(presetOf({ scaleMin: 2, scaleMax: 9 })).toBeUndefined();
    expect(defaultTopBoxFrom(1, 5)).toBe(4);
    expect(defaultTopBoxFrom(0, 10)).toBe(9);
    expect(defaultTopBoxFrom(1, 3)).toBe(3);
  });

  it("guesses the smallest usual scale that holds a column's values", () => {
    expect(presetForValues([1, 2, 5, 4])?.id).toBe("1-5");
    expect(presetForValues([6, 7, 1])?.id).toBe("1-7");
    expect(presetForValues([1, 10, 8])?.id).toBe("1-10");
    expect(presetForValues([0, 10, 8])?.id).toBe("0-10");
    expect(presetForValues([0, 3])?.id).toBe("0-10");
    expect(presetForValues([4.5])).toBeUndefined();
    expect(presetForValues([11])).toBeUndefined();
    expect(presetForValues([])).toBeUndefined();
  });

  it("fills a scale left out with the default, and a top box left out with the top two", () => {
    expect(resolveRatingScale({})).toEqual(DEFAULT_RATING_SCALE);
    expect(resolveRatingScale({ scaleMin: 1, scaleMax: 10 })).toEqual(scale(1, 10, 9));
    expect(resolveRatingScale({ scaleMin: 0, scaleMax: 10, topBoxFrom: 8, scaleMinLabel: " ", scaleMaxLabel: "Great" })).toEqual(scale(0, 10, 8, { scaleMaxLabel: "Great" }));
  });

  it("reads a stored KPI's scale, and none for other kinds", () => {
    expect(ratingScaleOf({ kind: "rating", scaleMin: 0, scaleMax: 10, topBoxFrom: 9, scaleMinLabel: null, scaleMaxLabel: null })).toEqual(scale(0, 10, 9));
    expect(ratingScaleOf({ kind: "csat", scaleMin: null, scaleMax: null, topBoxFrom: null })).toBeNull();
  });
});

describe("validation", () => {
  it("accepts the usual scales and any whole range within 0-100", () => {
    for (const s of [DEFAULT_RATING_SCALE, scale(0, 10, 9), scale(1, 10, 9), scale(1, 7, 6), scale(0, 100, 90), scale(0, 1, 1)]) expect(ratingScaleIssues(s)).toEqual([]);
  });

  it("names the field and the value of what is wrong", () => {
    expect(ratingScaleIssues(scale(5, 5, 5))).toEqual([{ field: "scaleMax", message: "The scale's highest answer (5) must be above its lowest (5)" }]);
    expect(ratingScaleIssues(scale(1, 10, 1))).toEqual([{ field: "topBoxFrom", message: "The top box must start above 1 and at most at 10 (got 1)" }]);
    expect(ratingScaleIssues(scale(1, 10, 11))[0]!.field).toBe("topBoxFrom");
    expect(ratingScaleIssues(scale(-1, 10, 9))).toEqual([{ field: "scaleMin", message: "The scale's lowest answer must be between 0 and 99 (got -1)" }]);
    expect(ratingScaleIssues(scale(1, 101, 9))).toEqual([{ field: "scaleMax", message: "The scale's highest answer must be at most 100 (got 101)" }]);
    expect(ratingScaleIssues(scale(1, 7.5, 6))).toEqual([{ field: "scaleMax", message: "The scale's highest answer must be a whole number (got 7.5)" }]);
    expect(ratingScaleIssues(scale(1, 5, 4, { scaleMaxLabel: "x".repeat(41) }))[0]!.field).toBe("scaleMaxLabel");
  });
});

describe("ratings against a scale", () => {
  const oneToTen = scale(1, 10, 9);
  const zeroToTen = scale(0, 10, 9);

  it("takes whole numbers between the ends", () => {
    expect(fitsScale(1, oneToTen)).toBe(true);
    expect(fitsScale(10, oneToTen)).toBe(true);
    expect(fitsScale(11, oneToTen)).toBe(false);
    expect(fitsScale(7.5, oneToTen)).toBe(false);
    expect(fitsScale(0, zeroToTen)).toBe(true);
  });

  it("stores 0 as not applicable on a scale starting at 1 or more, and as an answer on 0-10", () => {
    expect(normaliseRating(0, DEFAULT_RATING_SCALE)).toBeNull();
    expect(normaliseRating(0, oneToTen)).toBeNull();
    expect(normaliseRating(0, zeroToTen)).toBe(0);
    expect(normaliseRating(undefined, zeroToTen)).toBeNull();
    expect(normaliseRating(7, oneToTen)).toBe(7);
  });

  it("refuses a rating outside the scale with the field, the value and the range", () => {
    expect(ratingRangeIssue(11, oneToTen)).toBe("rating 11 is outside the touch point's rating scale 1-10");
    expect(ratingRangeIssue(6, DEFAULT_RATING_SCALE)).toBe("rating 6 is outside the touch point's rating scale 1-5");
    expect(ratingRangeIssue(0, DEFAULT_RATING_SCALE)).toBeNull();
    expect(ratingRangeIssue(0, zeroToTen)).toBeNull();
    expect(ratingRangeIssue(null, zeroToTen)).toBeNull();
    expect(ratingRangeIssue(10, zeroToTen)).toBeNull();
  });
});
