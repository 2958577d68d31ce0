import Papa from "papaparse";

/** One record of a CSV file, numbered by the line it starts on (the header is line 1). */
export type CsvRow = { line: number; cells: string[]; error?: string };

type RawRecord = { line: number; text: string; unclosedQuote?: boolean };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Splits CSV text, fed in chunks, into records and the line each starts on, as a spreadsheet
 * counts them: a quoted field with line breaks makes its record span several lines, and blank
 * lines count but are no record. Papa Parse reads the fields of each record; this layer exists
 * because Papa Parse's streaming mode neither reports lines nor recovers from an unclosed quote
 * (it would swallow the rest of the file into one field).
 */
export class CsvRecordSplitter {
  private buffer = "";
  private pos = 0;
  private start = 0;
  private line = 1;
  private linesInRecord = 0;
  private inQuotes = false;
  private atFieldStart = true;
  private quoteOpenedAt = 0;
  private quoteLine = 0;
  private delimiterCode: number | null = null;
  private first = true;

  /**
   * `accept` is asked about each record that spans several lines: when it cannot be read
   * (a stray quote paired with one further down), only its first line is taken as the broken
   * record and reading starts again on the next line.
   */
  constructor(
    private accept: (text: string, delimiter: string) => boolean = () => true,
    private delimiter: string | null = null,
  ) {
    if (delimiter) this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** The delimiter given or guessed from the first line (comma, semicolon, tab or pipe). */
  get fieldDelimiter(): string {
    return this.delimiter ?? ",";
  }

  push(text: string): RawRecord[] {
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buffer += text;
    if (!this.delimiter) {
      const newline = this.buffer.search(/\r|\n/);
      if (newline < 0 && this.buffer.length < 65_536) return [];
      this.setDelimiter(guessDelimiter(newline < 0 ? this.buffer : this.buffer.slice(0, newline)));
    }
    return this.scan(false);
  }

  end(): RawRecord[] {
    if (!this.delimiter) this.setDelimiter(guessDelimiter(this.buffer.split(/\r|\n/, 1)[0] ?? ""));
    return this.scan(true);
  }

  private setDelimiter(delimiter: string) {
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  private scan(final: boolean): RawRecord[] {
    const out: RawRecord[] = [];
    const b = this.buffer;
    let i = this.pos;
    for (;;) {
      while (i < b.length) {
        const ch = b.charCodeAt(i);
        if (this.inQuotes) {
          if (ch === QUOTE) {
            if (i + 1 >= b.length && !final) break;
            if (b.charCodeAt(i + 1) === QUOTE) {
              i += 2;
              continue;
            }
            this.inQuotes = false;
            this.atFieldStart = false;
          } else if (ch === CR || ch === LF) {
            if (ch === CR) {
              if (i + 1 >= b.length && !final) break;
              if (b.charCodeAt(i + 1) === LF) i++;
            }
            this.linesInRecord++;
          }
          i++;
          continue;
        }
        if (ch === QUOTE && this.atFieldStart) {
          this.inQuotes = true;
          this.quoteOpenedAt = i;
          this.quoteLine = this.linesInRecord;
          i++;
          continue;
        }
        if (ch === CR || ch === LF) {
          const end = i;
          if (ch === CR) {
            if (i + 1 >= b.length && !final) break;
            if (b.charCodeAt(i + 1) === LF) i++;
          }
          i++;
          const text = b.slice(this.start, end);
          if (this.linesInRecord > 0 && !this.accept(text, this.fieldDelimiter)) i = this.splitBroken(out, text);
          else this.emit(out, text);
          this.start = i;
          continue;
        }
        this.atFieldStart = ch === this.delimiterCode;
        i++;
      }
      if (!final) break;
      if (this.inQuotes) {
        // An unclosed quote: the record ends with the line where the quote opened, and reading
        // starts again on the next line, so one stray quote costs one record, not the rest of the file.
        const after = b.slice(this.quoteOpenedAt).search(/\r\n|\r|\n/);
        const lineEnd = after < 0 ? b.length : this.quoteOpenedAt + after;
        out.push({ line: this.line, text: b.slice(this.start, lineEnd), unclosedQuote: true });
        this.line += this.quoteLine + 1;
        this.resetRecord();
        i = lineEnd < b.length ? lineEnd + (b.startsWith("\r\n", lineEnd) ? 2 : 1) : b.length;
        this.start = i;
        continue;
      }
      if (this.start < b.length) {
        const text = b.slice(this.start);
        if (this.linesInRecord > 0 && !this.accept(text, this.fieldDelimiter)) {
          i = this.start = this.splitBroken(out, text);
          continue;
        }
        this.emit(out, text);
      }
      this.buffer = "";
      this.pos = this.start = 0;
      return out;
    }
    this.buffer = b.slice(this.start);
    this.pos = i - this.start;
    this.quoteOpenedAt -= this.start;
    this.start = 0;
    return out;
  }

  /** Emits the first line of `text` (at this.start) as a broken record; returns where reading resumes. */
  private splitBroken(out: RawRecord[], text: string): number {
    const nl = text.search(/\r\n|\r|\n/);
    out.push({ line: this.line, text: text.slice(0, nl), unclosedQuote: true });
    this.line += 1;
    this.resetRecord();
    return this.start + nl + (text.startsWith("\r\n", nl) ? 2 : 1);
  }

  private emit(out: RawRecord[], text: string) {
    if (text !== "") out.push({ line: this.line, text });
    this.line += this.linesInRecord + 1;
    this.resetRecord();
  }

  private resetRecord() {
    this.linesInRecord = 0;
    this.inQuotes = false;
    this.atFieldStart = true;
  }
}

function guessDelimiter(firstLine: string): string {
  const counts = [",", ";", "\t", "|"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: "A quoted field has no closing quote",
  InvalidQuotes: "A quoted field has text after its closing quote",
};

/** The fields of one record, or why they cannot be read. */
export function parseRecord(record: RawRecord, delimiter: string): CsvRow {
  if (record.unclosedQuote) {
    return { line: record.line, cells: record.text.split(delimiter), error: QUOTE_PROBLEMS.MissingQuotes };
  }
  const parsed = Papa.parse<string[]>(record.text, { delimiter, header: false, skipEmptyLines: false });
  const cells = parsed.data.length === 1 ? parsed.data[0]! : parsed.data.flat();
  const problem = parsed.errors[0];
  if (problem) return { line: record.line, cells, error: QUOTE_PROBLEMS[problem.code] ?? `Cannot read this line: ${problem.message}` };
  if (parsed.data.length !== 1) return { line: record.line, cells, error: "Cannot read this line's quotes" };
  return { line: record.line, cells };
}

/**
 * The records of a CSV file read in chunks, each with its line number. From the second record
 * on, a record with another number of fields than the first (the header) carries an error.
 */
export async function* csvRows(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRow> {
  let width: number | null = null;
  const splitter = new CsvRecordSplitter((text, delimiter) => {
    const row = parseRecord({ line: 0, text }, delimiter);
    return !row.error && (width === null || row.cells.length === width);
  });
  const rowsOf = function* (records: RawRecord[]) {
    for (const record of records) {
      const row = parseRecord(record, splitter.fieldDelimiter);
      if (width === null) width = row.cells.length;
      else if (!row.error && row.cells.length !== width) {
        const many = row.cells.length > width;
        row.error = `Too ${many ? "many" : "few"} fields: ${row.cells.length} where the header has ${width}`;
      }
      yield row;
    }
  };
  for await (const chunk of chunks) yield* rowsOf(splitter.push(chunk));
  yield* rowsOf(splitter.end());
}

/**
 * Text chunks of a byte stream (a browser File's or a Node Blob's) in `encoding` (UTF-8 unless
 * told; a byte order mark is dropped), counting the bytes read. Bytes that do not read in the
 * encoding become U+FFFD, which the row mapper refuses to store.
 */
export async function* textChunks(stream: ReadableStream<Uint8Array>, onBytes?: (bytes: number) => void, encoding = "utf-8"): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder(encoding);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes?.(value.byteLength);
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    reader.releaseLock();
  }
}
