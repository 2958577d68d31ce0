/** Loose matching of column headers to field and touch point names. */

/** Lower case letters and digits only: "In-flight Wi-Fi" -> "inflightwifi". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const STOP_WORDS = new Set(["of", "the", "and", "a", "an", "in", "on", "to", "for"]);

/** Words with hyphens closed up ("in-flight" = "inflight"), cut to six letters as a crude stem. */
function stems(text: string): string[] {
  return text
    .split(/[\s/_,;:()&+]+/)
    .map(normalizeName)
    .filter((word) => word && !STOP_WORDS.has(word))
    .map((word) => word.slice(0, 6));
}

/**
 * How well a header names a touch point, 0 to 1: 1 when equal once normalised, about 0.8 when
 * one contains the other ("Checkin service" / "Check-in"), 0.6 when the words agree but their
 * endings differ ("convenient" / "convenience"), 0 otherwise.
 */
export function nameSimilarity(header: string, name: string): number {
  const a = normalizeName(header);
  const b = normalizeName(name);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.includes(short)) return 0.7 + (0.2 * short.length) / long.length;
  const x = stems(header);
  const y = stems(name);
  if (x.length === 0 || y.length === 0) return 0;
  const shared = x.filter((stem) => y.includes(stem)).length;
  const dice = (2 * shared) / (x.length + y.length);
  return dice >= 0.75 ? 0.6 * dice : 0;
}
