import { describe, expect, it } from "vitest";
import { feedbackItemSchema } from "./feedback";

const valid = {
  touchPointId: "7d4f3c1e-2b1a-4c3d-9e8f-0a1b2c3d4e5f",
  channel: "web",
  rating: 4,
  occurredAt: "2026-11-23T09:30:00Z",
};

const pathsOf = (input: unknown) => {
  const parsed = feedbackItemSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
};

describe("a feedback item", () => {
  it("accepts a rating with a time", () => {
    expect(feedbackItemSchema.parse(valid)).toMatchObject({ rating: 4, comment: null });
  });

  it("refuses text PostgreSQL would refuse (NUL, lone surrogates) field by field", () => {
    expect(pathsOf({ ...valid, comment: "bad\u0000byte" })).toEqual(["comment"]);
    expect(pathsOf({ ...valid, idempotencyKey: "key\u0000" })).toEqual(["idempotencyKey"]);
    expect(pathsOf({ ...valid, segment: { class: "Eco\uD800" } })).toEqual(["segment.class"]);
    expect(pathsOf({ ...valid, segment: { "cla\u0000ss": "Eco" } })).not.toEqual([]);
  });

  it("refuses a segment too large for the rollups' key, each attribute valid on its own", () => {
    const long = (n: number) => "渋".repeat(n);
    expect(pathsOf({ ...valid, segment: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`attribute${i}`, long(200)])) })).toEqual(["segment"]);
    expect(pathsOf({ ...valid, segment: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`attribute${i}`, long(60)])) })).toEqual([]);
  });

  it("keeps line breaks in comments and treats a blank comment as none", () => {
    expect(feedbackItemSchema.parse({ ...valid, comment: "Line one\nline two" }).comment).toBe("Line one\nline two");
    expect(pathsOf({ touchPointId: valid.touchPointId, channel: "web", occurredAt: valid.occurredAt, comment: "   " })).toEqual(["npsScore"]);
  });
});
