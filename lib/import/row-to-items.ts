import { encodingLabel, REPLACEMENT } from "./encoding";
import { fnv1a64 } from "./hash";
import { normalizeName } from "./names";
import type { CsvRow } from "./records";
import { parseSentimentLabel } from "./sentiment-label";
import { isNewTouchPoint, NEW_TOUCH_POINT, type ColumnRole, type ImportItem, type ImportTargets, type Mapping, type ScaleRange, type TouchPointOption } from "./types";
import { bandOf, parseChannel, parseDateTime, parseNumber } from "./values";

/** A response made from a row, with what to call it when the server rejects it. */
export type MappedItem = { item: ImportItem; label: string | null };

/** What one record becomes: responses, and the reasons for any part that was not usable. */
export type RowOutcome = { line: number; items: MappedItem[]; issues: string[]; blank?: boolean };

export type RowMapperOptions = {
  /** ISO time for rows without a date column (the page's date picker; noon UTC of the day chosen). */
  defaultOccurredAt: string;
  /** The encoding the file is read in, named in the reason for a cell that did not read cleanly. */
  encoding?: string;
  /** The demo's hooks: a time and a staff member per row, decided by the caller. */
  occurredAt?: (row: CsvRow) => string;
  staffFor?: (touchPoint: TouchPointOption, row: CsvRow) => string | null;
};

/** How files write "not applicable" in a score or rating column: stored as no score, never refused. */
const NOT_APPLICABLE = /^(n\/?a|not applicable|-|—)$/i;

/** The longest comment the server stores (feedbackItemSchema). */
const MAX_COMMENT = 10_000;

/** The fixed scales of the scores, as DESIGN.md defines them. */
const SCORE_SCALES = { npsScore: { min: 0, max: 10 }, csatScore: { min: 1, max: 5 }, cesScore: { min: 1, max: 7 } } as const;

/** "Column 'Overall Rating'": how every reason names the column it is about. */
export const columnName = (header: string[], column: number) => `Column '${header[column]?.trim() || column + 1}'`;

const shown = (cell: string) => (cell.length > 40 ? `${cell.slice(0, 39)}…` : cell);

/**
 * A stateful row mapper for one file: the idempotency key of a response is "csv:" + a hash of
 * the record's cells + "#n" (n counts earlier records of the same content in this file) + the
 * column for a rating of a named touch point, so importing the same file again names the same
 * responses. `header` names the columns in the reasons a row is refused.
 */
export function createRowMapper(mapping: Mapping, targets: ImportTargets, options: RowMapperOptions, header: string[] = []) {
  const seen = new Map<string, number>();
  const newPoints = [...mapping.columns.flatMap((c) => (c.kind === "touchPointRating" ? [c.touchPointId] : [])), mapping.touchPointId].filter(isNewTouchPoint);
  const byId = new Map<string, TouchPointOption>(targets.touchPoints.map((tp) => [tp.id, tp]));
  // Touch points the import will create, until they exist: the preview shows their rows as they will be.
  for (const id of newPoints) byId.set(id, { id, name: id.slice(NEW_TOUCH_POINT.length), journeyName: "", stageName: "", channel: "other", ownerTeamId: null });
  const byName = new Map<string, TouchPointOption[]>();
  for (const tp of targets.touchPoints) {
    const key = normalizeName(tp.name);
    byName.set(key, [...(byName.get(key) ?? []), tp]);
  }
  const staffByEmail = new Map(targets.staff.map((s) => [s.email.trim().toLowerCase(), s.id]));
  const column = (kind: ColumnRole["kind"]) => mapping.columns.findIndex((c) => c.kind === kind);
  const cellOf = (row: CsvRow, kind: ColumnRole["kind"]) => {
    const index = column(kind);
    return index < 0 ? null : (row.cells[index] ?? "").trim();
  };
  const name = (index: number) => columnName(header, index);
  const encoding = encodingLabel(options.encoding ?? "utf-8");

  /** A rating cell on its scale: null when empty or "not applicable" (0 on a scale from 1), else the number or why not. */
  const ratingOf = (cell: string, index: number, scale: ScaleRange): { value: number | null } | { issue: string } => {
    const value = NOT_APPLICABLE.test(cell) ? null : parseNumber(cell, mapping.numberFormat);
    if (value === null) return { value: null };
    if (value === 0 && scale.min >= 1) return { value: null };
    if (Number.isNaN(value)) return { issue: `${name(index)}: "${shown(cell)}" is not a number (a rating ${scale.min}-${scale.max})` };
    if (!Number.isInteger(value)) return { issue: `${name(index)}: ${cell} is not a whole number (a rating ${scale.min}-${scale.max})` };
    if (value < scale.min || value > scale.max) return { issue: `${name(index)}: ${cell} is outside ${scale.min}-${scale.max}` };
    return { value };
  };

  return function mapRow(row: CsvRow): RowOutcome {
    const outcome: RowOutcome = { line: row.line, items: [], issues: [] };
    if (row.cells.every((cell) => cell.trim() === "")) return { ...outcome, blank: true };
    const hash = fnv1a64(row.cells.join("\u001f"));
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    if (row.error) return { ...outcome, issues: [row.error] };
    const key = `csv:${hash}#${occurrence}`;

    // Text that did not decode is never stored: the row waits for the right encoding.
    mapping.columns.forEach((role, index) => {
      const cell = row.cells[index] ?? "";
      if (role.kind !== "ignore" && cell.includes(REPLACEMENT)) {
        outcome.issues.push(`${name(index)}: "${shown(cell.trim())}" has characters that do not read as ${encoding}: choose the file's encoding`);
      }
    });
    const common = commonFields(row, mapping, options, cellOf, column, name, staffByEmail, outcome.issues);
    if (!common || outcome.issues.length) return outcome;

    // Ratings of named touch points: one response each (both shapes).
    const ratings: MappedItem[] = [];
    mapping.columns.forEach((role, index) => {
      if (role.kind !== "touchPointRating") return;
      const tp = byId.get(role.touchPointId);
      if (!tp) return;
      const rating = ratingOf((row.cells[index] ?? "").trim(), index, tp.ratingScale ?? role.scale);
      if ("issue" in rating) {
        outcome.issues.push(rating.issue);
        return;
      }
      if (rating.value === null) return;
      ratings.push({
        label: name(index),
        item: {
          ...common,
          touchPointId: tp.id,
          channel: common.channel ?? tp.channel,
          staffId: common.staffId ?? options.staffFor?.(tp, row) ?? null,
          npsScore: null,
          csatScore: null,
          cesScore: null,
          rating: rating.value,
          comment: null,
          idempotencyKey: `${key}:${index}`,
        },
      });
    });

    if (mapping.shape === "wide") {
      // The wide shape's comment goes with the row's first rating, so it is stored once.
      const comment = cellOf(row, "comment");
      if (comment && ratings[0]) ratings[0].item.comment = comment;
      outcome.items.push(...ratings);
      return outcome;
    }

    if (!mapping.columns.some((c) => ["touchPoint", "npsScore", "csatScore", "cesScore", "rating", "comment", "sentimentLabel"].includes(c.kind))) {
      outcome.items.push(...ratings);
      return outcome;
    }
    const tpName = cellOf(row, "touchPoint");
    let tp: TouchPointOption | undefined;
    if (tpName === null) {
      // No touch point column: every row goes to the touch point chosen for the file.
      tp = mapping.touchPointId ? byId.get(mapping.touchPointId) : undefined;
      if (!tp) return { ...outcome, issues: ["Choose the touch point of every row, or map a column to the touch point"] };
    } else {
      const matches = byId.has(tpName) ? [byId.get(tpName)!] : (byName.get(normalizeName(tpName)) ?? []);
      if (!tpName) return { ...outcome, issues: [`${name(column("touchPoint"))}: the touch point is empty`] };
      if (matches.length === 0) return { ...outcome, issues: [`${name(column("touchPoint"))}: "${shown(tpName)}" is not one of the touch points you may import into`] };
      if (matches.length > 1) {
        return { ...outcome, issues: [`${name(column("touchPoint"))}: "${tpName}" is in several journeys (${matches.map((m) => m.journeyName).join(", ")}); rename one`] };
      }
      tp = matches[0]!;
    }
    // A score off its scale costs its own response only: the row's other ratings are still stored.
    const issuesBefore = outcome.issues.length;
    const primary = responseItem(row, tp, common, key, outcome.issues);
    // A row whose own scores and comment are all empty still brings its other ratings.
    if (primary && !isEmpty(primary)) outcome.items.push({ label: null, item: primary });
    else if (primary && ratings.length === 0 && issuesBefore === 0) {
      const empty = mapping.columns.flatMap((c, index) => (["npsScore", "csatScore", "cesScore", "rating", "comment"].includes(c.kind) ? [name(index)] : []));
      return { ...outcome, issues: [`Nothing to store: ${empty.join(", ")} ${empty.length === 1 ? "is" : "are"} empty (or not applicable)`] };
    }
    outcome.items.push(...ratings);
    return outcome;
  };

  function responseItem(row: CsvRow, tp: TouchPointOption, common: Common, key: string, outcomeIssues: string[]): ImportItem | null {
    const issues: string[] = [];
    const scores: Pick<ImportItem, "npsScore" | "csatScore" | "cesScore" | "rating"> = { npsScore: null, csatScore: null, cesScore: null, rating: null };
    for (const kind of ["npsScore", "csatScore", "cesScore"] as const) {
      const index = column(kind);
      if (index < 0) continue;
      const cell = (row.cells[index] ?? "").trim();
      const value = NOT_APPLICABLE.test(cell) ? null : parseNumber(cell, mapping.numberFormat);
      const { min, max } = SCORE_SCALES[kind];
      if (value === null) continue;
      if (Number.isNaN(value)) issues.push(`${name(index)}: "${shown(cell)}" is not a number (a score ${min}-${max})`);
      else if (!Number.isInteger(value)) issues.push(`${name(index)}: ${cell} is not a whole number (a score ${min}-${max})`);
      else if (value < min || value > max) issues.push(`${name(index)}: ${cell} is outside ${min}-${max}`);
      else scores[kind] = value;
    }
    const ratingIndex = column("rating");
    const ratingRole = mapping.columns[ratingIndex];
    if (ratingRole?.kind === "rating") {
      const rating = ratingOf((row.cells[ratingIndex] ?? "").trim(), ratingIndex, tp.ratingScale ?? ratingRole.scale);
      if ("issue" in rating) issues.push(rating.issue);
      else scores.rating = rating.value;
    }
    let staffId = common.staffId;
    if (staffId === undefined) staffId = options.staffFor?.(tp, row) ?? null;
    const labelRole = mapping.columns.find((c): c is Extract<ColumnRole, { kind: "sentimentLabel" }> => c.kind === "sentimentLabel");
    const labelCell = cellOf(row, "sentimentLabel");
    const parsedLabel = labelRole && labelCell !== null ? parseSentimentLabel(labelCell, labelRole.numbers) : null;
    if (parsedLabel && !parsedLabel.ok) issues.push(`${name(column("sentimentLabel"))}: ${parsedLabel.reason}`);
    const comment = cellOf(row, "comment");
    if (comment && comment.length > MAX_COMMENT) {
      issues.push(`${name(column("comment"))}: ${comment.length.toLocaleString("en-GB")} characters, over the ${MAX_COMMENT.toLocaleString("en-GB")} a comment may have`);
    }
    outcomeIssues.push(...issues);
    if (issues.length) return null;
    const item: ImportItem = { ...common, ...scores, touchPointId: tp.id, channel: common.channel ?? tp.channel, staffId, comment: comment || null, idempotencyKey: key };
    if (parsedLabel?.ok && parsedLabel.label) item.sentimentLabel = parsedLabel.label;
    return item;
  }
}

const isEmpty = (item: ImportItem) => [item.npsScore, item.csatScore, item.cesScore, item.rating, item.comment].every((v) => v === null);

type Common = { occurredAt: string; channel: string | null; staffId: string | null | undefined; customerRef: string | null; segment: Record<string, string> };

function commonFields(
  row: CsvRow,
  mapping: Mapping,
  options: RowMapperOptions,
  cellOf: (row: CsvRow, kind: ColumnRole["kind"]) => string | null,
  column: (kind: ColumnRole["kind"]) => number,
  name: (index: number) => string,
  staffByEmail: Map<string, string>,
  issues: string[],
): Common | null {
  const dateCell = cellOf(row, "occurredAt");
  let occurredAt = options.occurredAt?.(row) ?? options.defaultOccurredAt;
  if (!options.occurredAt && dateCell) {
    const parsed = parseDateTime(dateCell, mapping.dateOrder);
    if (parsed) occurredAt = parsed;
    else issues.push(`${name(column("occurredAt"))}: "${shown(dateCell)}" is not a date (use 2026-11-03, ${mapping.dateOrder === "mdy" ? "11/03/2026" : "03/11/2026"} 14:05 or 3 November 2026)`);
  }
  const channelCell = cellOf(row, "channel");
  const channel = channelCell ? parseChannel(channelCell) : null;
  if (channelCell && !channel) issues.push(`${name(column("channel"))}: "${shown(channelCell)}" is not one of web, app, phone, email, chat, in person, social, other`);
  const staffCell = cellOf(row, "staff");
  let staffId: string | null | undefined;
  if (staffCell) {
    staffId = staffByEmail.get(staffCell.toLowerCase());
    if (!staffId) issues.push(`${name(column("staff"))}: no staff member with the email "${shown(staffCell)}" in your teams`);
  }
  const segment: Record<string, string> = {};
  mapping.columns.forEach((role, index) => {
    const cell = (row.cells[index] ?? "").trim();
    if (!cell) return;
    if (role.kind === "segment") segment[role.name] = cell.slice(0, 200);
    if (role.kind === "segmentBanded") {
      const value = parseNumber(cell, mapping.numberFormat);
      if (value !== null && Number.isFinite(value)) segment[role.name] = bandOf(value, role.thresholds);
    }
  });
  if (issues.length) return null;
  return { occurredAt, channel, staffId, customerRef: cellOf(row, "customerRef") || null, segment };
}

/** One record at a time, for a preview; an import uses createRowMapper so repeated rows get their own keys. */
export function rowToItems(row: CsvRow, mapping: Mapping, targets: ImportTargets, options: RowMapperOptions, header: string[] = []): RowOutcome {
  return createRowMapper(mapping, targets, options, header)(row);
}
