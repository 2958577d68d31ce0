/*
 * The airline survey in the wide CSV shape, turned into feedback items for the ingest benchmark.
 *
 * A stand-in for the CSV import's column mapping (lib/import, written separately): it does what a
 * mapping of this file would do, directly with papaparse, so the benchmark can run today. Swap
 * `airlineResponses` for the import module's parser and mapper when it lands.
 */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { SKYWARD_RATING_COLUMNS, SKYWARD_TOUCH_POINT_DEFINITIONS, type SkywardRatingColumn } from "../db/seed/skyward-data";

export const AIRLINE_CSV = "airline-passenger-satisfaction.csv";

/** The passenger attributes that become the response's segment. */
export const SEGMENT_COLUMNS = ["Gender", "Customer Type", "Type of Travel", "Class", "satisfaction"] as const;

/** One response as the REST API and the import send it (occurredAt as ISO text, validated later). */
export type RawFeedbackItem = {
  touchPointId: string;
  channel: string;
  customerRef: string;
  segment: Record<string, string>;
  rating: number;
  comment?: string;
  occurredAt: string;
  idempotencyKey: string;
};

export type AirlineMapping = {
  /** Dataset column -> touch point id in the benchmark's organisation. */
  touchPointOf: Record<SkywardRatingColumn, string>;
  /** Comments handed out in turn to every `commentEvery`-th response. */
  comments: string[];
  commentEvery: number;
};

const CHANNEL_OF = Object.fromEntries(SKYWARD_TOUCH_POINT_DEFINITIONS.map((tp) => [tp.column, tp.channel])) as Record<SkywardRatingColumn, string>;
const DAYS = 180;
const START = Date.UTC(2026, 0, 1);

/** The passenger rows of the CSV file, parsed with papaparse. */
export function readAirlineCsv(datasetsDir: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(datasetsDir, AIRLINE_CSV), "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${AIRLINE_CSV}: ${parsed.errors.length} parse errors, first: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

/**
 * Every non-zero rating cell is one response at its touch point (0 is "not applicable" in this
 * survey); the passenger's attributes are the segment. The file has no dates: a passenger's
 * responses fall on one day of a 180-day window picked from the id. `round` shifts the days and
 * the keys, so repeating the file gives new responses (the 1M-row run).
 */
export function* airlineResponses(passengers: Record<string, string>[], mapping: AirlineMapping, round = 0): Generator<RawFeedbackItem> {
  let n = round * passengers.length * SKYWARD_RATING_COLUMNS.length;
  for (const passenger of passengers) {
    const id = Number(passenger.id);
    const segment = Object.fromEntries(SEGMENT_COLUMNS.map((column) => [column, passenger[column] ?? ""]));
    const at = new Date(START + (((id + round * 37) % DAYS) * 86_400 + (id % 86_400)) * 1000).toISOString();
    for (const column of SKYWARD_RATING_COLUMNS) {
      const rating = Number(passenger[column]);
      if (!Number.isInteger(rating) || rating === 0) continue;
      const comment = n % mapping.commentEvery === 0 ? mapping.comments[(n / mapping.commentEvery) % mapping.comments.length] : undefined;
      n++;
      yield {
        touchPointId: mapping.touchPointOf[column],
        channel: CHANNEL_OF[column],
        customerRef: `passenger-${id}`,
        segment,
        rating,
        ...(comment ? { comment } : {}),
        occurredAt: at,
        idempotencyKey: `airline-${round}-${id}-${column}`,
      };
    }
  }
}
