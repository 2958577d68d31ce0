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

/**
 * The words of `text` as `stems` reads them (same tokens, same stems), each with its place in the
 * text, for showing a phrase where it occurs. Slower than `stems`: not for ingest.
 */
export function wordsOf(text: string): Word[] {
  const tokens = nlp.readDoc(text).tokens();
  const types = tokens.out(its.type);
  const values = tokens.out(its.value);
  const stops = tokens.out(its.stopWordFlag);
  const out: Word[] = [];
  let cursor = 0;
  tokens.out(stemOf).forEach((stem, i) => {
    const value = String(values[i]);
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    cursor = start + value.length;
    if (types[i] !== "word" && types[i] !== "hashtag") return;
    const word = String(stem).replace(/^#/, "").toLowerCase();
    if (word !== "") out.push({ stem: word, text: value.replace(/^#/, ""), start: found === -1 ? -1 : start + (value.startsWith("#") ? 1 : 0), end: found === -1 ? -1 : cursor, stop: Boolean(stops[i]) });
  });
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
