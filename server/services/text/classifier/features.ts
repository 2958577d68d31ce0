import "server-only";
import { z } from "zod";
import { afinnAnalysis } from "../sentiment";

/*
 * What the classifier sees of a comment: word tokens with the parts that vary without changing the
 * sentiment (links, @handles, numbers, times, amounts) replaced by placeholders, emoticons and emoji
 * kept, words after a negation marked ("not_good") up to the next punctuation, and pairs of
 * neighbouring words. Each choice was kept because it raised macro-F1 on a validation part of the
 * training tweets (`npx tsx bench/sentiment-model.ts --tune`, docs/benchmarks.md).
 */

export const featureOptionsSchema = z.object({
  /** Mark the words after a negation, up to punctuation, with "not_". */
  negation: z.boolean(),
  /** Add pairs of neighbouring tokens within a clause. */
  bigrams: z.boolean(),
  /**
   * Add the AFINN valence of each word it knows ("afinn:-2", after AFINN's own negation rule), so
   * words unseen in training still count.
   */
  valences: z.boolean(),
});
export type FeatureOptions = z.infer<typeof featureOptionsSchema>;

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { negation: true, bigrams: true, valences: true };

/** Ends a clause: negation scope and word pairs stop here. Never a feature itself. */
const BOUNDARY = "|";

/*
 * The spans replaced by a placeholder, in one pass (links, @handles, emoticons, amounts, times,
 * other numbers, tried in that order at each position). Emoticons are matched before lower-casing
 * (":D" is not ":("), then written in one canonical form.
 */
const SPANS = new RegExp(
  [
    /(\b(?:https?:\/\/|www\.)\S+)/,
    /((?<![\w@])@\w+)/,
    /((?:^|(?<=\s))(?:[:;=][-'^]?[)(\]\[DPO/\\|*3$@]|<\/?3|\^_?\^|-_-|[)(][-']?[:;=])(?=\s|$|[.,!?]))/,
    /([$£€]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|usd|bucks)\b)/,
    /(\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b)/,
    /(\d+(?:[.,]\d+)*)/,
  ]
    .map((part) => part.source)
    .join("|"),
  "gi",
);
const EMOJI = /\p{Extended_Pictographic}/gu;
const TOKEN = /__[a-z]+__|\p{Extended_Pictographic}|[\p{L}\p{N}']+|[!?]|[.,;:()"]/gu;
const ELONGATED = /(\p{L})\1{2,}/gu;
// The same two for plain ASCII text (most comments), which V8 matches several times faster.
const ASCII = /^[\x00-\x7f]*$/;
const TOKEN_ASCII = /__[a-z]+__|[a-z0-9']+|[!?]|[.,;:()"]/g;
const ELONGATED_ASCII = /([a-z])\1{2,}/g;

const PLACEHOLDERS = { url: "__url__", user: "__user__", time: "__time__", money: "__money__", number: "__num__" };

const NEGATIONS = new Set([
  "not", "no", "never", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont",
  "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint", "nothing", "nobody", "none", "nowhere",
  "neither", "nor", "without", "neednt", "mustnt", "mightnt", "shant",
]);

/**
 * The comment as a token sequence: lower-cased words, placeholders, emoticons, emoji, "!" and "?",
 * with BOUNDARY where a clause ends.
 */
export function tokenize(text: string): string[] {
  const emoticons: string[] = [];
  const ascii = ASCII.test(text);
  let prepared = (ascii ? text : text.normalize("NFKC"))
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(SPANS, (match, url, handle, emoticon, money, time) => {
      if (url) return ` ${PLACEHOLDERS.url} `;
      if (handle) return ` ${PLACEHOLDERS.user} `;
      if (emoticon) {
        emoticons.push(canonicalEmoticon(match));
        return " __emoticon__ ";
      }
      if (money) return ` ${PLACEHOLDERS.money} `;
      if (time) return ` ${PLACEHOLDERS.time} `;
      return ` ${PLACEHOLDERS.number} `;
    })
    .replace(ascii ? /$^/ : EMOJI, (match) => ` ${match} `)
    .toLowerCase();
  // "soooo goood" and "so good" are the same words; keep two letters so "good" and "god" stay apart.
  prepared = ascii ? prepared.replace(ELONGATED_ASCII, "$1$1") : prepared.replace(ELONGATED, "$1$1");
  const tokens: string[] = [];
  for (const [raw] of prepared.matchAll(ascii ? TOKEN_ASCII : TOKEN)) {
    if (raw.length === 1 && '.,;:()"'.includes(raw)) {
      tokens.push(BOUNDARY);
    } else if (raw === "!" || raw === "?") {
      tokens.push(raw, BOUNDARY);
    } else if (raw.startsWith("__")) {
      tokens.push(raw === "__emoticon__" ? (emoticons.shift() ?? raw) : raw);
    } else {
      // "didn't" and "didnt" are one word.
      const word = raw.includes("'") ? raw.replace(/'/g, "") : raw;
      if (word !== "") tokens.push(word);
    }
  }
  return tokens;
}

function canonicalEmoticon(emoticon: string): string {
  const trimmed = emoticon.replace(/[-'^]/g, "");
  if (/^[:;=][)\]3*]$|^[(][:;=]$|^\^_?\^$/.test(trimmed)) return ":)";
  if (/^[:;=][(\[]$|^[)][:;=]$|^-_-$/.test(trimmed)) return ":(";
  if (/^[:;=][dD]$/.test(trimmed)) return ":D";
  if (/^[:;=][pP]$/.test(trimmed)) return ":P";
  if (/^<3$/.test(trimmed)) return "<3";
  if (/^<\/3$/.test(trimmed)) return "</3";
  return ":/";
}

/** Words can be negated; placeholders, emoticons, emoji and "!" cannot. */
function isWord(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code >= 97 && code <= 122) return true;
  return code > 127 && /^\p{L}/u.test(token);
}

/** Receives the features of a comment as they are found (a feature may come more than once). */
export type FeatureVisitor = {
  word(token: string, negated: boolean): void;
  pair(first: string, second: string): void;
  valence(valence: number): void;
};

/**
 * Walks the features of a comment and returns its lexicon score (sentimentScore), from one AFINN
 * pass. The predictor looks the parts up as they come rather than building each feature's name:
 * scoring is mostly string work, and this more than halves it.
 */
export function visitFeatures(text: string, options: FeatureOptions, visitor: FeatureVisitor): number {
  let negated = false;
  let previous: string | null = null;
  for (const token of tokenize(text)) {
    if (token === BOUNDARY) {
      negated = false;
      previous = null;
      continue;
    }
    visitor.word(token, options.negation && negated && isWord(token));
    if (options.bigrams && previous !== null) visitor.pair(previous, token);
    if (options.negation && NEGATIONS.has(token)) negated = true;
    previous = token;
  }
  const afinn = afinnAnalysis(text);
  if (options.valences) for (const valence of afinn.valences) visitor.valence(valence);
  return afinn.score;
}

/** How each feature is named in a serialised model: "good", "not_good", "very good", "afinn:3". */
export const featureName = {
  word: (token: string, negated: boolean) => (negated ? `not_${token}` : token),
  pair: (first: string, second: string) => `${first} ${second}`,
  valence: (valence: number) => `afinn:${valence}`,
};

export type ParsedFeature =
  | { kind: "word"; token: string; negated: boolean }
  | { kind: "pair"; first: string; second: string }
  | { kind: "valence"; valence: number };

/** The inverse of featureName (tokens never contain a space or "_", and "afinn:" starts no token). */
export function parseFeatureName(name: string): ParsedFeature {
  if (name.startsWith("afinn:")) return { kind: "valence", valence: Number(name.slice(6)) };
  const space = name.indexOf(" ");
  if (space !== -1) return { kind: "pair", first: name.slice(0, space), second: name.slice(space + 1) };
  if (name.startsWith("not_")) return { kind: "word", token: name.slice(4), negated: true };
  return { kind: "word", token: name, negated: false };
}

/** The distinct features of a comment (named as featureName does) in first-seen order, and its lexicon score. */
export function describeComment(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): { features: string[]; lexicon: number } {
  const features = new Set<string>();
  const lexicon = visitFeatures(text, options, {
    word: (token, negated) => features.add(featureName.word(token, negated)),
    pair: (first, second) => features.add(featureName.pair(first, second)),
    valence: (valence) => features.add(featureName.valence(valence)),
  });
  return { features: [...features], lexicon };
}
