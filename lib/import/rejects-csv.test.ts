import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { rejectsCsv } from "./rejects-csv";

describe("rejectsCsv", () => {
  it("quotes, neutralises formulas, merges reasons per line and starts with a BOM", () => {
    const csv = rejectsCsv(["name", "comment"], [
      { line: 7, reason: "Too many fields: 3 where the header has 2", cells: ["=HYPERLINK(\"x\")", "a, \"b\"\nc", "extra"] },
      { line: 3, reason: "Rating: rating is 0-5", cells: ["@me", "-2"] },
      { line: 3, reason: "Check-in: not a rating", cells: ["@me", "-2"] },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFline,reason,name,comment");
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["line", "reason", "name", "comment"],
      ["3", "Rating: rating is 0-5; Check-in: not a rating", "'@me", "'-2"],
      ["7", "Too many fields: 3 where the header has 2", "'=HYPERLINK(\"x\")", "a, \"b\"\nc", "extra"],
    ]);
  });
});
