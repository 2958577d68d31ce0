import "server-only";

// Through the package's CommonJS module rather than its labels.json: a JSON import of that file
// breaks under tsx, which turns each key into a variable and meets "super" and "true".
import english from "sentiment/languages/en/index.js";

/** AFINN-165 as the `sentiment` package reads it: word (or emoji) -> valence in -5..5. */
export const AFINN_LABELS: Readonly<Record<string, number>> = english.labels;
