import { describe, expect, it } from "vitest";
import { DEFAULT_THEMES } from "@/server/services/text/themes";
import { splitTerms, themeFieldsSchema } from "./themes";
import { DEFAULT_THEME_ROWS, defaultThemeId } from "@/server/services/themes/taxonomy";

describe("splitTerms", () => {
  it("takes one term per line or per comma and drops empty pieces", () => {
    expect(splitTerms("lounge\n quiet room ,bar,,\n\n  ")).toEqual(["lounge", "quiet room", "bar"]);
    expect(splitTerms("")).toEqual([]);
  });
});

describe("themeFieldsSchema", () => {
  it("stores terms trimmed, lower case and once each, in their first place", () => {
    expect(themeFieldsSchema.parse({ name: " Lounge ", terms: [" Lounge", "BAR ", "lounge", "Quiet Room"] })).toEqual({
      name: "Lounge",
      terms: ["lounge", "bar", "quiet room"],
    });
  });

  it.each([
    ["an empty name", { name: " ", terms: ["a"] }],
    ["a name over 60 characters", { name: "x".repeat(61), terms: ["a"] }],
    ["no terms", { name: "Ok", terms: [] }],
    ["a blank term", { name: "Ok", terms: ["  "] }],
    ["a term over 60 characters", { name: "Ok", terms: ["x".repeat(61)] }],
    ["201 terms", { name: "Ok", terms: Array.from({ length: 201 }, (_, i) => `term ${i}`) }],
    ["a control character", { name: "Ok", terms: ["bad\u0000term"] }],
  ])("refuses %s", (_what, input) => {
    expect(themeFieldsSchema.safeParse(input).success).toBe(false);
  });
});

describe("default theme ids", () => {
  it("are valid, distinct and stable per name", () => {
    const ids = DEFAULT_THEME_ROWS.map((row) => row.id);
    expect(new Set(ids).size).toBe(DEFAULT_THEMES.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(defaultThemeId("baggage")).toBe(DEFAULT_THEME_ROWS.find((row) => row.name === "baggage")!.id);
  });
});
