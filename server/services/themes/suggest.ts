import "server-only";
import { termPhrases, wordsOf, type Theme, type Word } from "@/server/services/text/themes";

/*
 * "Suggest themes": candidate themes from an organisation's own comments. A candidate is a
 * phrase of one to three words (matched on stems, as themes are) that many comments share and
 * that is distinctive: not a stop word, not a word of feeling ("great", "terrible": sentiment
 * already says that), not a word every comment uses, not already covered by an existing theme,
 * and, when a background is given (the comments of the other journeys), clearly more frequent
 * here than there. Phrases that mostly occur in the same comments as a stronger one become its
 * extra terms rather than candidates of their own. Pure: the query is in suggest-query.ts.
 */

export type SuggestComment = { id: string; text: string };

export type Highlight = { start: number; end: number };

export type Candidate = {
  /** The phrase as most often written, e.g. "true to size". */
  name: string;
  /** The candidate's phrase first, then the phrases folded into it, as written. */
  terms: string[];
  /** Comments of the sample with any of the terms, and their share of the sample. */
  comments: number;
  share: number;
  /** Up to three comments with the phrase, and where each term occurs in them. */
  examples: { id: string; text: string; highlights: Highlight[] }[];
};

export type SuggestOptions = {
  /** Other comments to compare with (the other journeys'); without them frequency alone ranks. */
  background?: readonly SuggestComment[];
  /** At most this many candidates. */
  limit?: number;
  /** A phrase must be in at least this many comments (and this share of the sample). */
  minComments?: number;
  minShare?: number;
};

const MAX_WORDS = 3;
/**
 * Only the opening of a long comment is read: tokenising is the cost, and a review's first
 * sentences name its subjects as often as the rest. Keeps the answer within a couple of seconds.
 */
export const READ_CHARS = 400;
const EXAMPLES = 3;
const TERMS_MAX = 8;
/** Here at least this many times as frequent as in the background, to count as distinctive. */
const MIN_LIFT = 1.5;
/**
 * In a sample of some size, a phrase in more than this share of comments names no theme ("dress"
 * in every review of dresses); a handful of comments is too few to tell.
 */
const MAX_SHARE = 0.4;
const MAX_SHARE_FROM = 100;
/** A phrase sharing a word with another and mostly in its comments (this share) is folded into it. */
const FOLD_OVERLAP = 0.6;
const FOLD_SAME = 0.5;

/*
 * Words that fill comments of every kind without naming what they are about; wink's stop words
 * (its, the, would...) are dropped as well. Stems, as stems() gives them.
 */
const FILLERS = new Set(
  [
    "also", "even", "still", "just", "realli", "veri", "much", "mani", "lot", "thing", "someth", "anyth", "everyth",
    "time", "day", "week", "year", "way", "one", "two", "first", "last", "back", "now", "today", "ever", "never",
    "alway", "usual", "actual", "definit", "absolut", "total", "littl", "bit", "well", "though", "will", "can",
    "could", "would", "said", "say", "go", "went", "got", "get", "make", "made", "take", "took", "use", "need",
    "want", "know", "think", "feel", "look", "see", "came", "come", "tri", "put", "give", "gave", "went", "keep",
    "order", "purchas", "bought", "buy", "compani", "custom", "overal", "experi", "recommend", "review", "star",
    "wear", "item", "product", "servic", "peopl", "person", "someon", "everyon", "anyon", "wa", "ha",
  ],
);

/*
 * Words that say how a customer feels, not what about: sentiment already reports them. Stems. A
 * sentiment lexicon would also drop words that name a subject ("damage", "clean", "fit",
 * "loyalty" all carry an AFINN valence), so the list is short and of pure feeling.
 */
const FEELINGS = new Set(
  [
    "great", "good", "love", "like", "amaz", "awesom", "excel", "perfect", "nice", "bad", "terribl", "horribl",
    "aw", "worst", "best", "better", "happi", "disappoint", "beauti", "wonder", "fantast", "poor",
    "pleas", "satisfi", "unhappi", "thank", "glad", "sad", "hate", "okay", "fine", "pretti", "super", "favorit",
    "favourit", "impress", "annoy", "frustrat", "angri", "brilliant", "outstand", "superb", "gorgeous",
    "ador", "cute", "stun", "disgust", "pathet", "ridicul", "joke", "wors", "enjoy", "unaccept",
  ],
);

const feeling = (word: Word) => FEELINGS.has(word.stem);

function meaningless(word: Word): boolean {
  return word.stop || FILLERS.has(word.stem) || word.stem.length < 3 || feeling(word) || /\d/.test(word.stem);
}

/** The phrases of a comment: 1-3 words, neither end a stop word, a filler or a word of feeling. */
function phrasesOf(words: Word[]): Map<string, { first: number; length: number }> {
  const found = new Map<string, { first: number; length: number }>();
  for (let start = 0; start < words.length; start++) {
    if (meaningless(words[start]!)) continue;
    for (let length = 1; length <= MAX_WORDS && start + length <= words.length; length++) {
      // A longer phrase may have a stop word inside ("out of stock"), never a word of feeling.
      if (feeling(words[start + length - 1]!)) break;
      if (length > 1 && meaningless(words[start + length - 1]!)) continue;
      const key = words
        .slice(start, start + length)
        .map((word) => word.stem)
        .join(" ");
      if (!found.has(key)) found.set(key, { first: start, length });
    }
  }
  return found;
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((stem, i) => haystack[start + i] === stem)) return true;
  }
  return false;
}

type Phrase = { key: string; stems: string[]; comments: Set<number>; written: Map<string, number> };

function countPhrases(texts: readonly SuggestComment[]): { words: Word[][]; phrases: Map<string, Phrase> } {
  const words = texts.map((comment) => wordsOf(comment.text.slice(0, READ_CHARS)));
  const phrases = new Map<string, Phrase>();
  words.forEach((commentWords, index) => {
    for (const [key, at] of phrasesOf(commentWords)) {
      let phrase = phrases.get(key);
      if (!phrase) {
        phrase = { key, stems: key.split(" "), comments: new Set(), written: new Map() };
        phrases.set(key, phrase);
      }
      phrase.comments.add(index);
      const written = commentWords
        .slice(at.first, at.first + at.length)
        .map((word) => word.text.toLowerCase())
        .join(" ");
      phrase.written.set(written, (phrase.written.get(written) ?? 0) + 1);
    }
  });
  return { words, phrases };
}

function backgroundFrequency(background: readonly SuggestComment[]): (key: string) => number {
  const counts = new Map<string, number>();
  for (const comment of background) {
    for (const key of phrasesOf(wordsOf(comment.text.slice(0, READ_CHARS))).keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (key) => counts.get(key) ?? 0;
}

const mostWritten = (phrase: Phrase) => [...phrase.written.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];

function highlightsIn(words: Word[], phrases: string[][]): Highlight[] {
  const stemsOfWords = words.map((word) => word.stem);
  const highlights: Highlight[] = [];
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= stemsOfWords.length; start++) {
      if (!phrase.every((stem, i) => stemsOfWords[start + i] === stem)) continue;
      const first = words[start]!;
      const last = words[start + phrase.length - 1]!;
      if (first.start >= 0 && last.end >= 0) highlights.push({ start: first.start, end: last.end });
    }
  }
  return highlights.sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= all[i - 1]!.end);
}

/**
 * Candidate themes from `comments`, best first. `taxonomy` is what already applies: a phrase that
 * contains one of its terms is covered and never proposed.
 */
export function suggestThemes(comments: readonly SuggestComment[], taxonomy: readonly Theme[], options: SuggestOptions = {}): Candidate[] {
  const { background = [], limit = 10, minComments = 3, minShare = 0.005 } = options;
  if (comments.length === 0) return [];
  const covered = taxonomy.flatMap((theme) => termPhrases(theme.terms));
  const { words, phrases } = countPhrases(comments);
  const backgroundOf = background.length > 0 ? backgroundFrequency(background) : null;
  const floor = Math.max(minComments, Math.ceil(minShare * comments.length));
  const ceiling = comments.length >= MAX_SHARE_FROM ? MAX_SHARE * comments.length : comments.length;

  const scored = [...phrases.values()]
    .filter((phrase) => phrase.comments.size >= floor && phrase.comments.size <= ceiling)
    .filter((phrase) => !covered.some((term) => containsSequence(phrase.stems, term)))
    .map((phrase) => {
      const here = phrase.comments.size / comments.length;
      // Add-one smoothing: a phrase absent from the background is distinctive, not infinitely so.
      const there = backgroundOf ? (backgroundOf(phrase.key) + 1) / (background.length + 1) : null;
      const lift = there === null ? null : here / there;
      // Longer phrases say more ("true to size" over "size"), so they get a little weight.
      const score = phrase.comments.size * (1 + 0.25 * (phrase.stems.length - 1)) * (lift === null ? 1 : Math.log2(1 + lift));
      return { phrase, lift, score };
    })
    .filter(({ lift }) => lift === null || lift >= MIN_LIFT)
    .sort((a, b) => b.score - a.score || (a.phrase.key < b.phrase.key ? -1 : 1));

  const picked: { lead: Phrase; folded: Phrase[]; comments: Set<number> }[] = [];
  for (const { phrase } of scored) {
    const home = picked.find((group) => {
      if (containsSequence(phrase.stems, group.lead.stems)) return true;
      let shared = 0;
      for (const index of phrase.comments) if (group.comments.has(index)) shared++;
      // Mostly the same comments and a word in common ("size up" with "true to size"), or nearly
      // the same comments at all: words of long texts co-occur without being one subject.
      const sameWord = phrase.stems.some((stem) => group.lead.stems.includes(stem));
      const union = group.comments.size + phrase.comments.size - shared;
      return (sameWord && shared >= FOLD_OVERLAP * phrase.comments.size) || shared >= FOLD_SAME * union;
    });
    if (home) {
      if (home.folded.length < TERMS_MAX - 1 && !home.folded.some((other) => containsSequence(phrase.stems, other.stems))) {
        home.folded.push(phrase);
        for (const index of phrase.comments) home.comments.add(index);
      }
      continue;
    }
    if (picked.length >= limit) continue;
    picked.push({ lead: phrase, folded: [], comments: new Set(phrase.comments) });
  }

  return picked.map(({ lead, folded, comments: indexes }) => {
    const terms = [lead, ...folded];
    const termStems = terms.map((term) => term.stems);
    // Examples with the lead phrase itself, the first comments of the sample (the newest).
    const examples = [...lead.comments]
      .sort((a, b) => a - b)
      .slice(0, EXAMPLES)
      .map((index) => ({ id: comments[index]!.id, text: comments[index]!.text, highlights: highlightsIn(words[index]!, termStems) }));
    return {
      name: mostWritten(lead),
      terms: terms.map(mostWritten),
      comments: indexes.size,
      share: indexes.size / comments.length,
      examples,
    };
  });
}
