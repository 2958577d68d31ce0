import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { cellText, CSV_BOM, safeFileName, toCsv, type CsvCell } from "./csv";

/** What a spreadsheet or a script reading the file gets back. */
function parse(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { header: false, delimiter: ",", newline: "\r\n" });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("toCsv", () => {
  it("writes RFC 4180: CRLF between records, quotes only where needed, quotes doubled", () => {
    const csv = toCsv(["Name", "Comment"], [
      ["Ada", "plain"],
      ["Grace, Hopper", 'said "hello"'],
      ["Line", "one\r\ntwo\nthree\rfour"],
    ]);
    expect(csv).toBe(`${CSV_BOM}Name,Comment\r\nAda,plain\r\n"Grace, Hopper","said ""hello"""\r\nLine,"one\r\ntwo\nthree\rfour"`);
  });

  it("starts with a UTF-8 byte order mark unless asked not to", () => {
    expect(toCsv(["a"], [["é"]]).charCodeAt(0)).toBe(0xfeff);
    expect(toCsv(["a"], [["é"]], { bom: false })).toBe("a\r\né");
  });

  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-1+2", "'-1+2"],
    ["@cmd", "'@cmd"],
    ["\tindented", "'\tindented"],
    ["\rreturn", "'\rreturn"],
    ["-", "'-"],
    ["a=b", "a=b"],
  ])("neutralises text that a spreadsheet would run as a formula: %j", (input, shown) => {
    expect(cellText(input)).toBe(shown);
  });

  it.each([["-12.5"], ["+3"], ["-0.5e3"], ["-.5"], ["42"]])("keeps text that is just a number, %s, as it is", (input) => {
    expect(cellText(input)).toBe(input);
  });

  it("writes numbers, booleans, dates and missing values plainly", () => {
    expect([-12.5, 0, 3, true, false, new Date("2026-05-14T08:30:00Z"), null, undefined, Number.NaN].map(cellText)).toEqual([
      "-12.5",
      "0",
      "3",
      "true",
      "false",
      "2026-05-14T08:30:00.000Z",
      "",
      "",
      "",
    ]);
  });

  it("neutralises a formula even inside quotes", () => {
    const csv = toCsv(["a"], [['=HYPERLINK("http://evil.example","click")']], { bom: false });
    expect(csv).toBe(`a\r\n"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it("gives every row the header's number of fields", () => {
    expect(parse(toCsv(["a", "b", "c"], [["1"], ["1", "2", "3", "4"]]))).toEqual([
      ["a", "b", "c"],
      ["1", "", ""],
      ["1", "2", "3"],
    ]);
  });

  it("keeps a row of one empty field as a record, not an empty line", () => {
    expect(parse(toCsv(["only"], [[""], ["x"], [null]]))).toEqual([["only"], [""], ["x"], [""]]);
  });

  it("re-parses with papaparse to the same rows", () => {
    const rows: CsvCell[][] = [
      ["Ada Lovelace", "ada@example.com", -12.5, "Cabin Crew, Ground"],
      ["Zoë « quoted »", 'He said "fine"', 0, "multi\r\nline"],
      ["=1+1", "-3", 7, ""],
    ];
    const headers = ["Name", "Email", "Score", "Teams"];
    expect(parse(toCsv(headers, rows))).toEqual([headers, ...rows.map((row) => row.map(cellText))]);
  });

  it("round-trips any text through papaparse (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "Z", "é", "🙂", " ", ",", '"', "\r", "\n", "\t", "=", "+", "-", "@", "'", "1", ".") });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 6 }), (width, rawRows) => {
        const headers = Array.from({ length: width }, (_, index) => `Column ${index + 1}`);
        const rows = rawRows.map((row) => row.slice(0, width));
        const parsed = parse(toCsv(headers, rows));
        expect(parsed).toEqual([headers, ...rows.map((row) => row.map(cellText))]);
        // Nothing a spreadsheet reads can start a formula, unless it is a plain number.
        for (const cell of parsed.slice(1).flat()) {
          expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("safeFileName", () => {
  it("replaces characters that file systems refuse", () => {
    expect(safeFileName('NPS: "Check-in" / Q2', "csv")).toBe("NPS- -Check-in- - Q2.csv");
    expect(safeFileName("  ", "png")).toBe("export.png");
  });
});
