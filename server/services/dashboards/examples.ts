import "server-only";

/**
 * Example comments for a list of themes, in the themes' order: each theme's newest comments,
 * never the same words twice under one theme, and words already shown under an earlier theme
 * only when the theme has nothing else to show. A comment often names several themes, and the
 * demo reuses real tweets, so the newest rows alone repeat one comment down the page.
 */
export function pickExamples<T extends { comment: string | null }>(candidates: ReadonlyMap<string, readonly T[]>, themes: readonly string[], perTheme: number): Map<string, T[]> {
  const shown = new Set<string>();
  const picked = new Map<string, T[]>();
  for (const theme of themes) {
    const rows = (candidates.get(theme) ?? []).filter((row) => row.comment !== null && sameWords(row.comment) !== "");
    const mine = new Set<string>();
    const chosen: T[] = [];
    const take = (row: T) => {
      const key = sameWords(row.comment!);
      if (mine.has(key) || mine.size >= perTheme) return;
      mine.add(key);
      chosen.push(row);
    };
    for (const row of rows) if (!shown.has(sameWords(row.comment!))) take(row);
    if (chosen.length === 0) for (const row of rows) take(row);
    for (const key of mine) shown.add(key);
    picked.set(theme, chosen);
  }
  return picked;
}

/** The same words, whatever their case and spacing. */
const sameWords = (comment: string) => comment.toLowerCase().replace(/\s+/g, " ").trim();
