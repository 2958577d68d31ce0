import "server-only";
import { francAll } from "franc-min";
import { FOREIGN_WORD_SETS, isEnglishWord, isForeignWord } from "./language-words";

/*
 * Which language a comment is in, as an ISO 639-3 code, or null when we cannot tell.
 *
 * Trigram detectors misread short informal English: franc-min alone calls 3.5% of the labelled
 * airline tweets (nearly all English) something else, and "Adorable dress, amazing fit!" French.
 * Words are better evidence than trigrams in a short text, so (measured by bench/language.ts on
 * every English free text of the shared datasets and the non-English comments of
 * language-samples.ts; docs/benchmarks.md, "Language detection"):
 *   - links, @handles, #hashtags, numbers and emoji are removed first;
 *   - text mostly in another script than Latin is left to franc, whose script test is reliable;
 *   - Latin text with more English words (language-words.ts: frequent English words and AFINN's)
 *     than words of another language (frequent French, German, Spanish, Italian, Portuguese,
 *     Dutch and Romanian words, words with letters English does not use, French elisions) is
 *     English, however short: a customer base that writes English mostly writes English;
 *   - otherwise Latin text shorter than MIN_LATIN_LENGTH is the language whose frequent words it
 *     holds (two at least, one language clearly ahead), else null;
 *   - otherwise franc's guess among COMMON_LANGUAGES stands only when English scores clearly lower
 *     (below ENGLISH_CLOSE of the best); when English is close behind, we say null, not a guess,
 *     and franc's "English" is null too when the words were not English.
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
/** Hits of one language's frequent words that name it in text too short for franc. */
const SHORT_TEXT_HITS = 2;

function withoutNoise(text: string): string {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, " ")
    .replace(/[@#][\p{L}\p{N}_]+/gu, " ")
    .replace(/\p{N}+/gu, " ")
    .replace(/\p{Extended_Pictographic}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

type WordEvidence = { english: number; foreign: number; words: string[] };

function wordEvidence(text: string): WordEvidence {
  const words = [...new Set(text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").match(/[\p{L}']+/gu) ?? [])].map((word) =>
    word.replace(/^'+|'+$/g, ""),
  );
  let english = 0;
  let foreign = 0;
  for (const word of words) {
    if (isEnglishWord(word)) english++;
    else if (isForeignWord(word)) foreign++;
  }
  return { english, foreign, words };
}

/** The Western European language whose frequent words a short text holds most, if clearly one. */
function languageOfWords(words: string[], minHits = SHORT_TEXT_HITS): string | null {
  let best: string | null = null;
  let bestHits = 0;
  let tied = false;
  for (const [code, vocabulary] of FOREIGN_WORD_SETS) {
    const hits = words.filter((word) => vocabulary.has(word)).length;
    if (hits > bestHits) [best, bestHits, tied] = [code, hits, false];
    else if (hits === bestHits) tied = true;
  }
  return bestHits >= minHits && !tied ? best : null;
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
  const evidence = wordEvidence(cleaned);
  if (evidence.english > evidence.foreign) return "eng";
  if (cleaned.length < MIN_LATIN_LENGTH) return languageOfWords(evidence.words);
  const ranked = francAll(cleaned, { only: COMMON_LANGUAGES, minLength: 1 });
  const best = ranked[0];
  if (!best || best[0] === "und") return null;
  if (best[0] === "eng") return evidence.foreign > 0 ? null : "eng";
  const englishScore = ranked.find(([code]) => code === "eng")?.[1] ?? 0;
  if (englishScore >= ENGLISH_CLOSE) return null;
  // Between close neighbours (Dutch and German, Spanish and Portuguese) the frequent words decide.
  const voted = languageOfWords(evidence.words, 1);
  return voted !== null && FOREIGN_WORD_SETS.some(([code]) => code === best[0]) ? voted : best[0];
}
