import "server-only";
import type { LabelledText } from "@/server/services/text/classifier/types";
import { mulberry32 } from "@/server/services/text/seeded-random";
import { SENTIMENT_CLASSES, type SentimentLabel } from "@/lib/domain/sentiment";
import { labelForScore, sentimentScore } from "@/server/services/text/sentiment";

/*
 * Labelled comments for the model tests, generated from a seed. Nothing here is a fixed result:
 * the tests measure the lexicon and the model on them.
 */

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * An airline's own language, which a general lexicon reads backwards: sarcastic thanks for delays
 * (the lexicon sees "thanks", "great"), praise phrased as "no complaints" (it sees "complaints"),
 * and polite questions (it sees "please", "thanks"). The sentiment is carried by domain words the
 * lexicon does not know (delayed, upgraded, gate), which a model learns from the labels.
 */
export function domainComments(perClass: number, seed = 1): LabelledText[] {
  const random = mulberry32(seed);
  const templates: Record<SentimentLabel, { frames: string[]; words: string[] }> = {
    negative: {
      frames: ["thanks for the {w} flight again", "great, {w} one more time", "love how we were {w} today", "so glad to be {w} again"],
      words: ["delayed", "cancelled", "rerouted", "overbooked", "diverted", "bumped"],
    },
    positive: {
      frames: ["no complaints at all, {w}", "hard to fault, {w}", "never a problem, {w}", "no issues whatsoever, {w}"],
      words: ["upgraded", "early arrival", "extra legroom", "fast track", "lie flat seat", "priority boarding"],
    },
    neutral: {
      frames: ["please confirm the {w} for tomorrow thanks", "where is the {w} please", "thanks, which {w} for ua{n}", "please share the {w} details"],
      words: ["gate", "terminal", "baggage belt", "check-in desk", "transfer desk", "boarding time"],
    },
  };
  let n = 0;
  return SENTIMENT_CLASSES.flatMap((label) =>
    Array.from({ length: perClass }, () => {
      const { frames, words } = templates[label];
      // A running number keeps the comments distinct without telling their label.
      const text = pick(random, frames).replace("{w}", pick(random, words)).replace("{n}", String(100 + (n % 50)));
      return { text: `${text}, ref ${++n}`, label };
    }),
  );
}

/**
 * Comments labelled with exactly what the lexicon says about them: the lexicon is right on every
 * one, so no model can beat it on them.
 */
export function lexiconAgreeingComments(count: number, seed = 2): LabelledText[] {
  const random = mulberry32(seed);
  const words = ["good", "bad", "terrible", "excellent", "fine", "awful", "nice", "happy", "sad", "seat", "window", "meal", "crew", "gate", "flight", "today"];
  return Array.from({ length: count }, (_, i) => {
    const length = 3 + Math.floor(random() * 4);
    const text = `${Array.from({ length }, () => pick(random, words)).join(" ")} ${i}`;
    return { text, label: labelForScore(sentimentScore(text)) };
  });
}
