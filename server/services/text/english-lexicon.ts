import "server-only";
import model from "wink-eng-lite-web-model";

// wink's declarations leave the model's parts opaque; the core model holds its lexicon here.
type CoreModel = { features: { lexeme: { list: string[] } } };

let lexicon: ReadonlySet<string> | null = null;

/**
 * The English words of wink-nlp's English model (about 87,000, WordNet-derived: "empathy",
 * "disgraceful", "cheapskate"), lower case. Built on first use: reading the model takes about half
 * a second, once per process.
 */
export function englishLexicon(): ReadonlySet<string> {
  lexicon ??= new Set(
    (model.core as unknown as () => CoreModel)().features.lexeme.list.filter((word) => /^[a-z][a-z']*$/.test(word)),
  );
  return lexicon;
}
