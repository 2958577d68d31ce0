import { describe, expect, it } from "vitest";
import { csvRows, textChunks } from "./records";
import { detectEncoding } from "./encoding";

/** Windows-1252 bytes of a text: Latin-1 for most characters, 0x80 for the euro sign. */
const windows1252 = (text: string) => Buffer.from(text.replace(/€/g, "\x80"), "latin1");

const CSV = "id,city,comment\n1,Montréal,Paid €50 for a café crème\n2,Zürich,Très bien; déjà vu\n3,São Paulo,Naïve façade\n";

async function rowsOf(bytes: Uint8Array, encoding: string) {
  const rows: string[][] = [];
  for await (const row of csvRows(textChunks(new Blob([new Uint8Array(bytes)]).stream(), undefined, encoding))) rows.push(row.cells);
  return rows;
}

describe("detectEncoding", () => {
  it("takes UTF-8 with or without a byte order mark", () => {
    const utf8 = new TextEncoder().encode(CSV);
    expect(detectEncoding(utf8).encoding).toBe("utf-8");
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ encoding: "utf-8", why: "the file starts with a UTF-8 byte order mark" });
  });

  it("takes UTF-16 by its byte order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, "utf16le")]);
    expect(detectEncoding(le).encoding).toBe("utf-16le");
    const be = Buffer.from(le);
    be.swap16();
    expect(detectEncoding(be).encoding).toBe("utf-16be");
  });

  it("takes UTF-16 without a byte order mark by its zero bytes, and reads it back", async () => {
    const le = Buffer.from(CSV, "utf16le");
    const detected = detectEncoding(le);
    expect(detected).toEqual({ encoding: "utf-16le", why: "every other byte is zero, as in UTF-16 text without a byte order mark" });
    expect((await rowsOf(le, detected.encoding))[1]).toEqual(["1", "Montréal", "Paid €50 for a café crème"]);
    const be = Buffer.from(le);
    be.swap16();
    expect(detectEncoding(be).encoding).toBe("utf-16be");
  });

  it("takes a Windows-1252 spreadsheet export for what it is, and reads Montréal and €50 back", async () => {
    const bytes = windows1252(CSV);
    const detected = detectEncoding(bytes);
    expect(detected.encoding).toBe("windows-1252");
    expect(detected.why).toMatch(/not UTF-8/);
    const rows = await rowsOf(bytes, detected.encoding);
    expect(rows[1]).toEqual(["1", "Montréal", "Paid €50 for a café crème"]);
    expect(rows[3]).toEqual(["3", "São Paulo", "Naïve façade"]);
  });

  it("shows a wrong choice as replacement characters, which the importer refuses", async () => {
    const rows = await rowsOf(windows1252(CSV), "utf-8");
    expect(rows[1]![1]).toBe("Montr\uFFFDal");
  });

  it("reads UTF-16 with its byte order mark, dropping the mark from the first header", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, "utf16le")]);
    const rows = await rowsOf(le, "utf-16le");
    expect(rows[0]).toEqual(["id", "city", "comment"]);
    expect(rows[2]).toEqual(["2", "Zürich", "Très bien; déjà vu"]);
  });
});
