import { francAll } from "franc-min";

/*
 * Which language a comment is in, as an ISO 639-3 code, or null when we cannot tell.
 *
 * Trigram detectors misread short informal English: franc-min alone calls 3.5% of the labelled
 * airline tweets (nearly all English) something else, mostly French, Swedish and Dutch, and still
 * 2% of those over 100 characters. So (measured in language.test.ts on those 9,942 tweets):
 *   - links, @handles, #hashtags, numbers and emoji are removed first;
 *   - text mostly in another script than Latin is left to franc, whose script test is reliable;
 *   - Latin text shorter than MIN_LATIN_LENGTH is too short to call (null);
 *   - Latin text with common English words (two, or one in text under 60 characters) is English;
 *   - otherwise franc's guess among COMMON_LANGUAGES stands only when English scores clearly lower
 *     (below ENGLISH_CLOSE of the best); when English is close behind, we say null, not a guess.
 * That flags 0.3% of the tweets as not English (and calls 94% English, the rest null), and
 * recognises 35 of the 36 non-English comments in language-samples.ts (the other comes out null).
 * Bulgarian is left out of COMMON_LANGUAGES because franc then reads short Russian and Ukrainian as it.
 */

/** Languages we name; franc-min knows more, but its rarer ones mostly turn up as misreadings. */
export const COMMON_LANGUAGES = [
  "eng", "spa", "por", "fra", "deu", "ita", "nld", "swe", "pol", "tur", "ron", "ces", "hun", "ind", "vie", "tgl",
  "rus", "ukr", "arb", "pes", "urd", "hin", "ben", "cmn", "jpn", "kor", "ell", "tha",
  "tel", "tam", "guj", "kan", "mal", "mya", "pan", "amh", "sin",
];

const MIN_LATIN_LENGTH = 20;
const ENGLISH_CLOSE = 0.85;

const ENGLISH_WORDS = new Set(
  (
    "the and to my you your you're u ur for with have has had this that not are it it's its we they our be at will " +
    "just get got can from what why how when please pls plz thanks thank thx been would could should but does did " +
    "don't didn't can't won't isn't i'm i've i'll that's there's what's hey yeah yes lol love like great good"
  ).split(" "),
);

function withoutNoise(text: string): string {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, " ")
    .replace(/[@#][\p{L}\p{N}_]+/gu, " ")
    .replace(/\p{N}+/gu, " ")
    .replace(/\p{Extended_Pictographic}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function englishWordCount(text: string): number {
  const words = new Set(text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[\p{L}']+/gu) ?? []);
  let count = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word)) count++;
  return count;
}

export function detectLanguage(text: string): string | null {
  const cleaned = withoutNoise(text);
  const letters = cleaned.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return null;
  const latin = cleaned.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin < letters / 2) {
    const [best] = francAll(cleaned, { only: COMMON_LANGUAGES, minLength: 3 });
    return best && best[0] !== "und" ? best[0] : null;
  }
  if (cleaned.length < MIN_LATIN_LENGTH) return null;
  const english = englishWordCount(cleaned);
  if (english >= 2 || (english >= 1 && cleaned.length < 60)) return "eng";
  const ranked = francAll(cleaned, { only: COMMON_LANGUAGES, minLength: 1 });
  const best = ranked[0];
  if (!best || best[0] === "und") return null;
  if (best[0] === "eng") return "eng";
  const englishScore = ranked.find(([code]) => code === "eng")?.[1] ?? 0;
  return englishScore < ENGLISH_CLOSE ? best[0] : null;
}
