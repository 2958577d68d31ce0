import { describe, expect, it } from "vitest";
import { AUTO_TRAIN_GROWTH_SHARE, AUTO_TRAIN_MIN_GROWTH, labelsGrewEnough, MIN_LABELS, MIN_PER_CLASS, notReadyReason } from "./policy";

const counts = (negative: number, neutral: number, positive: number) => ({ negative, neutral, positive });

describe("when labels are enough to train on", () => {
  it("names the total when there are too few labels", () => {
    expect(notReadyReason(counts(0, 0, 0))).toBe(`Training needs at least ${MIN_LABELS} labelled comments; there are 0.`);
    expect(notReadyReason(counts(1, 0, 0))).toBe(`Training needs at least ${MIN_LABELS} labelled comments; there is 1.`);
  });

  it("names each sentiment with too few labels, with its count", () => {
    expect(notReadyReason(counts(MIN_LABELS, MIN_PER_CLASS - 1, 0))).toBe(
      `Training needs at least ${MIN_PER_CLASS} labelled comments of each sentiment; too few are neutral (${MIN_PER_CLASS - 1}), positive (0).`,
    );
  });

  it("is ready with enough in all and in each", () => {
    const each = Math.max(MIN_PER_CLASS, Math.ceil(MIN_LABELS / 3));
    expect(notReadyReason(counts(each, each, each))).toBeNull();
  });
});

describe("when automatic training is due", () => {
  const ready = (total: number) => counts(total - 2 * MIN_PER_CLASS, MIN_PER_CLASS, MIN_PER_CLASS);

  it("trains the first model as soon as the labels are enough", () => {
    expect(labelsGrewEnough(ready(MIN_LABELS), null)).toBe(true);
    expect(labelsGrewEnough(counts(MIN_LABELS, 0, 0), null)).toBe(false);
  });

  it("waits for the minimum growth on a small set and for the share on a large one", () => {
    const small = MIN_LABELS;
    expect(labelsGrewEnough(ready(small + AUTO_TRAIN_MIN_GROWTH - 1), small)).toBe(false);
    expect(labelsGrewEnough(ready(small + AUTO_TRAIN_MIN_GROWTH), small)).toBe(true);

    const large = 10_000;
    const share = Math.ceil(large * AUTO_TRAIN_GROWTH_SHARE);
    expect(share).toBeGreaterThan(AUTO_TRAIN_MIN_GROWTH);
    expect(labelsGrewEnough(ready(large + share - 1), large)).toBe(false);
    expect(labelsGrewEnough(ready(large + share), large)).toBe(true);
  });

  it("does not retrain when labels shrank", () => {
    expect(labelsGrewEnough(ready(100), 200)).toBe(false);
  });
});
