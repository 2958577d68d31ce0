export type Change = { field: string; before: unknown; after: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between an entry's before and after, in a stable order. */
export function changesOf(before: unknown, after: unknown): Change[] {
  if (!isRecord(before) && !isRecord(after)) {
    return same(before, after) ? [] : [{ field: "value", before, after }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.filter((field) => !same(b[field], a[field])).map((field) => ({ field, before: b[field], after: a[field] }));
}

/** "touch_point.moved" -> "Touch point moved"; "ownerTeamId" -> "Owner team id". */
export function humanise(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[._]+/g, " ")
    .trim()
    .toLowerCase()
    // Acronyms stay acronyms: "kpi created" reads as "KPI created".
    .replace(/\b(kpi|nps|csat|ces|api)\b/g, (acronym) => acronym.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as short text; `max` cuts long ones for the compact view. */
export function showValue(value: unknown, max?: number): string {
  if (value === null || value === undefined || value === "") return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
