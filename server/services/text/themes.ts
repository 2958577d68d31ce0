import "server-only";
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { AIRLINE_THEMES } from "./theme-presets/airline";

export type Theme = { name: string; terms: string[] };

/**
 * The airline taxonomy (server/services/text/theme-presets/airline.ts): what detectThemes uses when
 * given no taxonomy, and what organisations from before the presets started from.
 */
export const DEFAULT_THEMES: Theme[] = AIRLINE_THEMES;

// Tokenising is all a stem needs, so none of the model's annotation pipeline runs.
const nlp = winkNLP(model, []);
const { its } = nlp;
// wink-nlp's declarations give its.stem the model's addons where a token helper receives the
// cache, so it does not type-check as the ItsFunction that tokens().out() accepts; it works as one.
const stemOf = its.stem as unknown as ItsFunction<string>;

/**
 * The stems of the words in `text`, lower case, in order. Punctuation, numbers, emoji, mentions
 * and links are dropped, so "check-in" and "check in" give the same stems; a hashtag counts as
 * its word ("#delayed" -> "delay").
 */
export function stems(text: string): string[] {
  const tokens = nlp.readDoc(text).tokens();
  const types = tokens.out(its.type);
  const out: string[] = [];
  tokens.out(stemOf).forEach((stem, i) => {
    if (types[i] !== "word" && types[i] !== "hashtag") return;
    const word = String(stem).replace(/^#/, "").toLowerCase();
    if (word !== "") out.push(word);
  });
  return out;
}

/** One word of a text: its stem, as written, where it is, and whether it is a stop word. */
export type Word = { stem: string; text: string; start: number; end: number; stop: boolean };

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;
const wordCache = new Map<string, { stem: string; stop: boolean } | null>();
const WORD_CACHE_LIMIT = 200_000;

function readWord(lower: string): { stem: string; stop: boolean } | null {
  let known = wordCache.get(lower);
  if (known === undefined) {
    const tokens = nlp.readDoc(lower).tokens();
    const stem = tokens.length() === 1 ? String(tokens.out(stemOf)[0] ?? "") : "";
    known = stem === "" ? null : { stem, stop: Boolean(tokens.out(its.stopWordFlag)[0]) };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(lower, known);
  }
  return known;
}

/**
 * The words of `text` with their stems (as `stems` gives them), where each is and whether it is a
 * stop word, for finding and showing phrases in many comments. Words are split by a pattern and
 * each distinct word is stemmed once, which is many times faster than tokenising every comment;
 * a contraction the tokenizer would split ("don't") stays one word here, so it matches no term.
 */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const known = readWord(match[0].toLowerCase());
    if (known) out.push({ stem: known.stem, text: match[0], start: match.index, end: match.index + match[0].length, stop: known.stop });
  }
  return out;
}

/** The stems of each term of a theme, as detectThemes matches them (terms with no word dropped). */
export function termPhrases(terms: readonly string[]): string[][] {
  return terms.map(stems).filter((phrase) => phrase.length > 0);
}

type CompiledTaxonomy = { name: string; phrases: string[][] }[];

const compiled = new WeakMap<Theme[], CompiledTaxonomy>();

function compile(taxonomy: Theme[]): CompiledTaxonomy {
  let result = compiled.get(taxonomy);
  if (!result) {
    result = taxonomy.map((theme) => ({
      name: theme.name,
      phrases: theme.terms.map(stems).filter((phrase) => phrase.length > 0),
    }));
    compiled.set(taxonomy, result);
  }
  return result;
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  const last = words.length - phrase.length;
  for (let start = 0; start <= last; start++) {
    let i = 0;
    while (i < phrase.length && words[start + i] === phrase[i]) i++;
    if (i === phrase.length) return true;
  }
  return false;
}

/**
 * The names of the themes whose terms occur in `text` (as stems, whole words, phrases in order),
 * each once, in taxonomy order. The compiled taxonomy is cached per array, so pass the same array
 * rather than a fresh copy on every call.
 */
export function detectThemes(text: string, taxonomy: Theme[] = DEFAULT_THEMES): string[] {
  if (text.trim() === "") return [];
  const words = stems(text);
  if (words.length === 0) return [];
  return compile(taxonomy)
    .filter((theme) => theme.phrases.some((phrase) => containsPhrase(words, phrase)))
    .map((theme) => theme.name);
}
