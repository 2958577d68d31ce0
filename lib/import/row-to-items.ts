import { fnv1a64 } from "./hash";
import { normalizeName } from "./names";
import type { CsvRow } from "./records";
import { parseSentimentLabel } from "./sentiment-label";
import type { ColumnRole, ImportItem, ImportTargets, Mapping, TouchPointOption } from "./types";
import { bandOf, parseChannel, parseDateTime, parseScore } from "./values";

/** A response made from a row, with what to call it when the server rejects it. */
export type MappedItem = { item: ImportItem; label: string | null };

/** What one record becomes: responses, and the reasons for any part that was not usable. */
export type RowOutcome = { line: number; items: MappedItem[]; issues: string[]; blank?: boolean };

export type RowMapperOptions = {
  /** ISO time for rows without a date column (the page's date picker; noon UTC of the day chosen). */
  defaultOccurredAt: string;
  /** The demo's hooks: a time and a staff member per row, decided by the caller. */
  occurredAt?: (row: CsvRow) => string;
  staffFor?: (touchPoint: TouchPointOption, row: CsvRow) => string | null;
};

const SCORE_LABELS = { npsScore: "NPS score", csatScore: "CSAT score", cesScore: "CES score", rating: "Rating" } as const;

/**
 * A stateful row mapper for one file: the idempotency key of a response is "csv:" + a hash of
 * the record's cells + "#n" (n counts earlier records of the same content in this file) + the
 * column for the wide shape, so importing the same file again names the same responses.
 */
export function createRowMapper(mapping: Mapping, targets: ImportTargets, options: RowMapperOptions) {
  const seen = new Map<string, number>();
  const byId = new Map(targets.touchPoints.map((tp) => [tp.id, tp]));
  const byName = new Map<string, TouchPointOption[]>();
  for (const tp of targets.touchPoints) {
    const key = normalizeName(tp.name);
    byName.set(key, [...(byName.get(key) ?? []), tp]);
  }
  const staffByEmail = new Map(targets.staff.map((s) => [s.email.trim().toLowerCase(), s.id]));
  const cellOf = (row: CsvRow, kind: ColumnRole["kind"]) => {
    const index = mapping.columns.findIndex((c) => c.kind === kind);
    return index < 0 ? null : (row.cells[index] ?? "").trim();
  };

  return function mapRow(row: CsvRow): RowOutcome {
    const outcome: RowOutcome = { line: row.line, items: [], issues: [] };
    if (row.cells.every((cell) => cell.trim() === "")) return { ...outcome, blank: true };
    const hash = fnv1a64(row.cells.join("\u001f"));
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    if (row.error) return { ...outcome, issues: [row.error] };
    const key = `csv:${hash}#${occurrence}`;

    const common = commonFields(row, mapping, options, cellOf, staffByEmail, outcome.issues);
    if (!common) return outcome;

    if (mapping.shape === "wide") {
      mapping.columns.forEach((role, column) => {
        if (role.kind !== "touchPointRating") return;
        const tp = byId.get(role.touchPointId);
        const cell = (row.cells[column] ?? "").trim();
        const rating = parseScore(cell);
        if (!tp || rating === null || rating === 0) return; // 0 = not applicable
        if (Number.isNaN(rating)) {
          outcome.issues.push(`${tp.name}: "${cell}" is not a rating`);
          return;
        }
        outcome.items.push({
          label: tp.name,
          item: {
            ...common,
            touchPointId: tp.id,
            channel: common.channel ?? tp.channel,
            staffId: options.staffFor?.(tp, row) ?? null,
            npsScore: null,
            csatScore: null,
            cesScore: null,
            rating,
            comment: null,
            idempotencyKey: `${key}:${column}`,
          },
        });
      });
      return outcome;
    }

    const name = cellOf(row, "touchPoint");
    if (name === null) {
      // No touch point column: every row goes to the touch point chosen for the file.
      const fixed = mapping.touchPointId ? byId.get(mapping.touchPointId) : undefined;
      if (!fixed) return { ...outcome, issues: ["Choose the touch point of every row, or map a column to the touch point"] };
      return responseItem(row, fixed, common, key, outcome);
    }
    const matches = byId.has(name) ? [byId.get(name)!] : (byName.get(normalizeName(name)) ?? []);
    if (!name) return { ...outcome, issues: ["The touch point is empty"] };
    if (matches.length === 0) return { ...outcome, issues: [`Touch point "${name}" is not one of the touch points you may import into`] };
    if (matches.length > 1) {
      return { ...outcome, issues: [`Touch point "${name}" is in several journeys (${matches.map((m) => m.journeyName).join(", ")}); rename one`] };
    }
    return responseItem(row, matches[0]!, common, key, outcome);
  };

  function responseItem(row: CsvRow, tp: TouchPointOption, common: Common, key: string, outcome: RowOutcome): RowOutcome {
    const scores: Pick<ImportItem, "npsScore" | "csatScore" | "cesScore" | "rating"> = { npsScore: null, csatScore: null, cesScore: null, rating: null };
    for (const kind of ["npsScore", "csatScore", "cesScore", "rating"] as const) {
      const cell = cellOf(row, kind);
      const value = cell === null ? null : parseScore(cell);
      if (value !== null && Number.isNaN(value)) outcome.issues.push(`${SCORE_LABELS[kind]} "${cell}" is not a number`);
      else scores[kind] = value;
    }
    let staffId = common.staffId;
    if (staffId === undefined) staffId = options.staffFor?.(tp, row) ?? null;
    const labelRole = mapping.columns.find((c): c is Extract<ColumnRole, { kind: "sentimentLabel" }> => c.kind === "sentimentLabel");
    const labelCell = cellOf(row, "sentimentLabel");
    const parsedLabel = labelRole && labelCell !== null ? parseSentimentLabel(labelCell, labelRole.numbers) : null;
    if (parsedLabel && !parsedLabel.ok) outcome.issues.push(parsedLabel.reason);
    if (outcome.issues.length) return outcome;
    const comment = cellOf(row, "comment");
    const item: ImportItem = { ...common, ...scores, touchPointId: tp.id, channel: common.channel ?? tp.channel, staffId, comment: comment || null, idempotencyKey: key };
    if (parsedLabel?.ok && parsedLabel.label) item.sentimentLabel = parsedLabel.label;
    outcome.items.push({ label: null, item });
    return outcome;
  }
}

type Common = { occurredAt: string; channel: string | null; staffId: string | null | undefined; customerRef: string | null; segment: Record<string, string> };

function commonFields(
  row: CsvRow,
  mapping: Mapping,
  options: RowMapperOptions,
  cellOf: (row: CsvRow, kind: ColumnRole["kind"]) => string | null,
  staffByEmail: Map<string, string>,
  issues: string[],
): Common | null {
  const dateCell = cellOf(row, "occurredAt");
  let occurredAt = options.occurredAt?.(row) ?? options.defaultOccurredAt;
  if (!options.occurredAt && dateCell) {
    const parsed = parseDateTime(dateCell, mapping.dateOrder);
    if (parsed) occurredAt = parsed;
    else issues.push(`Date "${dateCell}" is not a date (use 2026-11-03 or ${mapping.dateOrder === "dmy" ? "03/11/2026" : "11/03/2026"} 14:05)`);
  }
  const channelCell = cellOf(row, "channel");
  const channel = channelCell ? parseChannel(channelCell) : null;
  if (channelCell && !channel) issues.push(`Channel "${channelCell}" is not one of web, app, phone, email, chat, in person, social, other`);
  const staffCell = cellOf(row, "staff");
  let staffId: string | null | undefined;
  if (staffCell) {
    staffId = staffByEmail.get(staffCell.toLowerCase());
    if (!staffId) issues.push(`No staff member with the email "${staffCell}" in your teams`);
  }
  const segment: Record<string, string> = {};
  mapping.columns.forEach((role, column) => {
    const cell = (row.cells[column] ?? "").trim();
    if (!cell) return;
    if (role.kind === "segment") segment[role.name] = cell.slice(0, 200);
    if (role.kind === "segmentBanded") {
      const value = Number(cell);
      if (Number.isFinite(value)) segment[role.name] = bandOf(value, role.thresholds);
    }
  });
  if (issues.length) return null;
  return { occurredAt, channel, staffId, customerRef: cellOf(row, "customerRef") || null, segment };
}

/** One record at a time, for a preview; an import uses createRowMapper so repeated rows get their own keys. */
export function rowToItems(row: CsvRow, mapping: Mapping, targets: ImportTargets, options: RowMapperOptions): RowOutcome {
  return createRowMapper(mapping, targets, options)(row);
}
