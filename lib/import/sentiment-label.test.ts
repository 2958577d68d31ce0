import { describe, expect, it } from "vitest";
import { parseSentimentLabel, sentimentLabelRoleFor } from "./sentiment-label";

const labelOf = (text: string, numbers: "words" | "signed" = "words") => {
  const parsed = parseSentimentLabel(text, numbers);
  return parsed.ok ? parsed.label : `invalid: ${parsed.reason}`;
};

describe("parseSentimentLabel", () => {
  it("reads the three labels in any case and their common short forms; an empty cell is no label", () => {
    expect(["positive", "POSITIVE", " Pos ", "neutral", "Neu", "neut", "Negative", "NEG"].map((t) => labelOf(t))).toEqual([
      "positive",
      "positive",
      "positive",
      "neutral",
      "neutral",
      "neutral",
      "negative",
      "negative",
    ]);
    expect(labelOf("")).toBeNull();
    expect(labelOf("   ")).toBeNull();
  });

  it("reads -1, 0 and 1 only in a signed column", () => {
    expect(["-1", "0", "1", "+1"].map((t) => labelOf(t, "signed"))).toEqual(["negative", "neutral", "positive", "positive"]);
    expect(labelOf("1")).toBe('invalid: Sentiment label "1" is a number: write positive, neutral or negative (numbers are read only in a column of -1, 0 and 1)');
    expect(labelOf("0")).toMatch(/^invalid: Sentiment label "0" is a number/);
    expect(labelOf("2", "signed")).toBe('invalid: Sentiment label "2" is not positive, neutral, negative, -1, 0 or 1');
  });

  it("says which value is wrong", () => {
    expect(labelOf("very bad")).toBe('invalid: Sentiment label "very bad" is not positive, neutral or negative');
    expect(labelOf("positive!")).toMatch(/^invalid/);
    expect(labelOf("mixed", "signed")).toMatch(/^invalid: Sentiment label "mixed" is not positive, neutral, negative, -1, 0 or 1/);
  });
});

describe("sentimentLabelRoleFor", () => {
  const column = (values: string[]) => sentimentLabelRoleFor(values.map((v) => [v]), 0);

  it("reads numbers only when the sample writes -1 and no number other than -1, 0 and 1", () => {
    expect(column(["-1", "0", "1"])).toEqual({ kind: "sentimentLabel", numbers: "signed" });
    expect(column(["negative", "-1", "+1"])).toEqual({ kind: "sentimentLabel", numbers: "signed" });
    expect(column(["0", "1", "1"])).toEqual({ kind: "sentimentLabel", numbers: "words" });
    expect(column(["-1", "0", "4"])).toEqual({ kind: "sentimentLabel", numbers: "words" });
    expect(column(["positive", "neutral"])).toEqual({ kind: "sentimentLabel", numbers: "words" });
  });
});
