import { describe, expect, it } from "vitest";
import { DATASETS_DIR, loadEnglishTexts } from "@/server/testing/datasets";
import { detectLanguage } from "./language";

/*
 * Issue 14's target, measured by bench/language.ts (docs/benchmarks.md, "Language detection"):
 * of the English free texts of the shared datasets, at most 0.5% may be called another language,
 * in each source, not only on the whole.
 */
const MAX_OTHER_LANGUAGE_SHARE = 0.005;

const sources = loadEnglishTexts();
if (!sources) console.warn(`language-dataset.test.ts: skipped, the shared datasets are not at ${DATASETS_DIR}.`);

describe("detectLanguage on the English texts of the shared datasets", () => {
  it.skipIf(!sources)("calls at most 0.5% of each source another language, and most of it English", () => {
    for (const { source, texts } of sources ?? []) {
      const detected = texts.map(detectLanguage);
      const other = detected.filter((language) => language !== null && language !== "eng").length;
      expect(texts.length, source).toBeGreaterThan(1000);
      expect(other / texts.length, source).toBeLessThanOrEqual(MAX_OTHER_LANGUAGE_SHARE);
      expect(detected.filter((language) => language === "eng").length / texts.length, source).toBeGreaterThan(0.9);
    }
    // 18,876 texts: about 3 s on an idle core, several times that on a shared one.
  }, 60_000);
});
