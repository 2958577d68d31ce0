/*
 * Names of the ISO 639-3 codes that detectLanguage stores in feedback.language. Apart from the
 * detector (server/services/text/language.ts) so that the browser can name a language without
 * loading franc's trigram tables.
 */

const displayNames = new Intl.DisplayNames(["en"], { type: "language" });
const NAMES_ICU_LACKS: Record<string, string> = { zlm: "Malay", azj: "Azerbaijani", uzn: "Uzbek", ckb: "Kurdish" };

/** "French" for "fra"; the code itself when it names no language we know. */
export function languageName(code: string): string {
  if (NAMES_ICU_LACKS[code]) return NAMES_ICU_LACKS[code];
  try {
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language the analyser does not read: its comments carry no sentiment or themes. */
export const isUnreadLanguage = (code: string | null): code is string => code !== null && code !== "eng";
