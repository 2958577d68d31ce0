import { describe, expect, it } from "vitest";
import { SENTIMENT_CLASSES, SENTIMENT_LABELS } from "./sentiment";

describe("SENTIMENT_CLASSES", () => {
  it("holds every sentiment label once", () => {
    expect([...SENTIMENT_CLASSES].sort()).toEqual([...SENTIMENT_LABELS].sort());
  });
});
