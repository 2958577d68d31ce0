import { analyse } from "chardet";

/** The encodings a file may be read in: labels TextDecoder knows, in the order the page offers them. */
export const ENCODINGS = [
  { value: "utf-8", label: "UTF-8" },
  { value: "utf-16le", label: "UTF-16 (little-endian)" },
  { value: "utf-16be", label: "UTF-16 (big-endian)" },
  { value: "windows-1252", label: "Windows-1252 / Latin-1 (Western European)" },
  { value: "iso-8859-15", label: "ISO-8859-15 (Latin-9, Western European)" },
  { value: "windows-1250", label: "Windows-1250 (Central European)" },
  { value: "iso-8859-2", label: "ISO-8859-2 (Latin-2, Central European)" },
  { value: "windows-1251", label: "Windows-1251 (Cyrillic)" },
  { value: "windows-1253", label: "Windows-1253 (Greek)" },
  { value: "windows-1254", label: "Windows-1254 (Turkish)" },
  { value: "shift_jis", label: "Shift JIS (Japanese)" },
  { value: "gb18030", label: "GB18030 (Chinese)" },
  { value: "big5", label: "Big5 (Traditional Chinese)" },
  { value: "euc-kr", label: "EUC-KR (Korean)" },
] as const;

export type FileEncoding = (typeof ENCODINGS)[number]["value"];

export const encodingLabel = (encoding: string) => ENCODINGS.find((e) => e.value === encoding)?.label ?? encoding;

/** chardet's names for the encodings above (ISO-8859-1 is read as Windows-1252, its superset, as browsers do). */
const FROM_CHARDET: Record<string, FileEncoding> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  "ISO-8859-1": "windows-1252",
  "windows-1252": "windows-1252",
  "ISO-8859-15": "iso-8859-15",
  "windows-1250": "windows-1250",
  "ISO-8859-2": "iso-8859-2",
  "windows-1251": "windows-1251",
  "windows-1253": "windows-1253",
  "windows-1254": "windows-1254",
  Shift_JIS: "shift_jis",
  GB18030: "gb18030",
  Big5: "big5",
  "EUC-KR": "euc-kr",
};

const WESTERN: FileEncoding = "windows-1252";

export type DetectedEncoding = { encoding: FileEncoding; why: string };

/**
 * The encoding of a file from its first bytes: a byte order mark decides; bytes that are valid
 * UTF-8 are UTF-8; otherwise chardet's best guess among the encodings above. Single-byte Latin
 * guesses within 20 points of Windows-1252 are taken as Windows-1252: on a short sample chardet
 * often names a Latin-2 or Baltic code page for what a Western spreadsheet saved.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", why: "the file starts with a UTF-8 byte order mark" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", why: "the file starts with a UTF-16 byte order mark" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", why: "the file starts with a UTF-16 byte order mark" };
  const utf16 = utf16ByZeroBytes(bytes);
  if (utf16) return { encoding: utf16, why: "every other byte is zero, as in UTF-16 text without a byte order mark" };
  if (isUtf8(bytes)) return { encoding: "utf-8", why: "its bytes are valid UTF-8" };
  const candidates = analyse(bytes)
    .map((match) => ({ encoding: FROM_CHARDET[match.name], confidence: match.confidence }))
    .filter((c): c is { encoding: FileEncoding; confidence: number } => c.encoding !== undefined);
  const best = candidates[0];
  if (!best) return { encoding: WESTERN, why: "no encoding fits well; Windows-1252 is the most common for spreadsheets" };
  const western = candidates.find((c) => c.encoding === WESTERN);
  const singleByteLatin = ["iso-8859-15", "windows-1250", "iso-8859-2", "windows-1254"].includes(best.encoding);
  if (singleByteLatin && western && best.confidence - western.confidence <= 20) {
    return { encoding: WESTERN, why: `its bytes are not UTF-8 and read best as Western European text (${western.confidence}% sure)` };
  }
  return { encoding: best.encoding, why: `its bytes are not UTF-8 and read best as ${encodingLabel(best.encoding)} (${best.confidence}% sure)` };
}

/**
 * UTF-16 without a byte order mark, which Excel's "Unicode text" and some exports write. A CSV is
 * mostly ASCII, whose UTF-16 has a zero byte in every pair: on the high side of the pair, so at
 * odd offsets in little-endian and even offsets in big-endian. Zero bytes are valid UTF-8, so
 * this must be asked first. Text files have almost no zero bytes otherwise.
 */
function utf16ByZeroBytes(bytes: Uint8Array): FileEncoding | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/** Valid UTF-8, allowing a character cut off at the end of the sample. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** U+FFFD: what a decoder puts where bytes do not read in the chosen encoding. */
export const REPLACEMENT = "\uFFFD";
