import "server-only";
import Sentiment from "sentiment";
import { AFINN_LABELS } from "./afinn-labels";

/*
 * The AFINN lexicon (the `sentiment` package) read the way long feedback needs: the package flips a
 * word only when the word right before it is one of a dozen negators ("not good"), and averages
 * over the whole text. Reviews say "was not very good", "didn't feel welcome", "never again", and
 * end with the verdict after a "but". The options below are the ones bench/sentiment-text-types.ts
 * measures; sentiment.ts ships the chosen ones per text type.
 */

export type LexiconOptions = {
  /** How many words back a negator reaches (1 = the package's own rule), within a clause. */
  negationWindow: number;
  /** Words after a "but" in the same sentence weigh 1.5, those before it 0.5 (VADER's rule). */
  contrast: boolean;
};

// The package's own negators (languages/en/negators.json) and those it lacks.
const NEGATORS = new Set(
  (
    "cant can't dont don't doesnt doesn't not non wont won't isnt isn't " +
    "never no nothing nobody none neither nor without hardly barely cannot ain't aren't wasn't weren't " +
    "didn't couldn't wouldn't shouldn't haven't hasn't hadn't arent wasnt werent didnt couldnt wouldnt " +
    "shouldnt havent hasnt hadnt"
  ).split(" "),
);

/*
 * One pass of the package over the text, with the clause and sentence ends written in as tokens
 * its tokenizer keeps ("|" and "||"): the scoring strategy sees where a negation stops and which
 * side of a "but" a word is on, without splitting the text into many calls.
 */
const CLAUSE = "|";
const SENTENCE = "||";
const isBoundary = (token: string) => token === CLAUSE || token === SENTENCE;

function butWeight(tokens: string[], cursor: number): number {
  for (let i = cursor - 1; i >= 0 && tokens[i] !== SENTENCE; i--) if (tokens[i] === "but") return 1.5;
  for (let i = cursor + 1; i < tokens.length && tokens[i] !== SENTENCE; i++) if (tokens[i] === "but") return 0.5;
  return 1;
}

const afinn = new Sentiment();
const registered = new Set<string>();

/** The package's language for these options: AFINN's words, read as the options say. */
function languageFor({ negationWindow, contrast }: LexiconOptions): string {
  const code = `en-feedback-${negationWindow}-${contrast ? "contrast" : "flat"}`;
  if (registered.has(code)) return code;
  afinn.registerLanguage(code, {
    labels: { ...AFINN_LABELS },
    scoringStrategy: {
      apply(tokens, cursor, tokenScore) {
        let score = tokenScore;
        for (let back = 1; back <= negationWindow && cursor - back >= 0; back++) {
          const token = tokens[cursor - back]!;
          if (isBoundary(token)) break;
          if (NEGATORS.has(token)) {
            score = -score;
            break;
          }
        }
        return contrast ? score * butWeight(tokens, cursor) : score;
      },
    },
  });
  registered.add(code);
  return code;
}

function marked(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!?]+(?=\s|$)|\n+/g, ` ${SENTENCE} `)
    .replace(/[,;:()]|\s[-–—]\s/g, ` ${CLAUSE} `);
}

/** The text's sentiment in -1..1: tanh of the (weighted) valence per word. */
export function lexiconScore(text: string, options: LexiconOptions): number {
  if (text.trim() === "") return 0;
  const { score, tokens } = afinn.analyze(marked(text), { language: languageFor(options) });
  let words = 0;
  for (const token of tokens) if (token !== "" && !isBoundary(token)) words++;
  return words === 0 ? 0 : Math.tanh(score / words);
}
