import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows, type CsvRow } from "./records";

async function rowsOf(chunks: string[]): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const row of csvRows(chunks)) rows.push(row);
  return rows;
}

describe("csvRows", () => {
  it("numbers records by the line they start on, counting line breaks inside quoted fields", async () => {
    const text = 'id,comment,rating\r\n1,"Fine",4\r\n2,"Two\r\nlines\nand three",5\r\n\r\n3,"He said ""hi""",3\r\n';
    const rows = await rowsOf([text]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 7]);
    expect(rows[2]!.cells).toEqual(["2", "Two\r\nlines\nand three", "5"]);
    expect(rows[3]!.cells).toEqual(["3", 'He said "hi"', "3"]);
    expect(rows.every((r) => !r.error)).toBe(true);
  });

  it("gives the same records however the text is cut into chunks", async () => {
    const text = '\uFEFFa,b\r\n1,"x\r\ny"\r\n2,"say ""no"""\r3,z\n"4",\r\n';
    const whole = await rowsOf([text]);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }), async (cuts) => {
        const points = [0, ...cuts.sort((x, y) => x - y), text.length];
        const chunks = points.slice(1).map((end, i) => text.slice(points[i], end));
        expect(await rowsOf(chunks)).toEqual(whole);
      }),
    );
    expect(whole.map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "x\r\ny"]],
      [4, ["2", 'say "no"']],
      [5, ["3", "z"]],
      [6, ["4", ""]],
    ]);
  });

  it("rejects a record with too many or too few fields and reads on", async () => {
    const rows = await rowsOf(["a,b,c\n1,2,3\n1,2,3,4\n1,2\n5,6,7"]);
    expect(rows.map((r) => [r.line, r.error ?? null])).toEqual([
      [1, null],
      [2, null],
      [3, "Too many fields: 4 where the header has 3"],
      [4, "Too few fields: 2 where the header has 3"],
      [5, null],
    ]);
  });

  it("rejects an unclosed quote as one line and keeps reading the lines after it", async () => {
    const rows = await rowsOf(['a,b\n1,"multi\nline"\n2,"never closed\n3,x\n4,"y"\n']);
    expect(rows.map((r) => [r.line, r.cells, r.error ?? null])).toEqual([
      [1, ["a", "b"], null],
      [2, ["1", "multi\nline"], null],
      [4, ["2", '"never closed'], "A quoted field has no closing quote"],
      [5, ["3", "x"], null],
      [6, ["4", "y"], null],
    ]);
  });

  it("rejects text after a closing quote", async () => {
    const rows = await rowsOf(['a,b\n"1"x,2\n3,4\n']);
    expect(rows[1]).toMatchObject({ line: 2, error: "A quoted field has text after its closing quote" });
    expect(rows[2]).toEqual({ line: 3, cells: ["3", "4"] });
  });

  it("reads semicolon-separated files", async () => {
    const rows = await rowsOf(["Touch point;Rating\nCheck-in;4\n"]);
    expect(rows[1]!.cells).toEqual(["Check-in", "4"]);
  });
});
