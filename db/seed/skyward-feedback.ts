import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import Papa from "papaparse";
import type { Database } from "@/db/client";
import { importRuns, users } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import type { CsvRow } from "@/lib/import/records";
import type { ImportItem, TouchPointOption } from "@/lib/import/types";
import { importCsvFile, type ImportFileOptions } from "@/server/services/imports/import-file";
import type { Scope } from "@/server/services/scope";
import { asSkywardComment } from "@/server/services/text/tweets";
import { datasetsDir, SKYWARD_SURVEY_CSV } from "./skyward";
import { SKYWARD_DIRECTOR, SKYWARD_TEAMS, SKYWARD_TOUCH_POINTS, skywardEmail } from "./skyward-data";

export const SKYWARD_TWEETS_CSV = "airline-tweets-labelled.csv";
const DAYS = 120;
/** Share of responses that get a customer comment. */
const COMMENT_SHARE = 0.1;
/** Share of responses not attributed to anyone (a survey does not always know who served). */
const UNATTRIBUTED_SHARE = 0.15;

/** A number in [0, 1) fixed by the text: the same row always gets the same day, staff and comment. */
// SHA-256, not the import's FNV-1a key hash: FNV barely mixes a short tail, so keys that differ
// only in their last characters (the columns of one survey row) drew the same comment.
function unit(text: string): number {
  return createHash("sha256").update(text).digest().readUIntBE(0, 6) / 2 ** 48;
}

function loadComments(file: string): Record<"negative" | "neutral" | "positive", string[]> {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
  const byLabel = { negative: [] as string[], neutral: [] as string[], positive: [] as string[] };
  for (const row of rows) {
    const label = row.airline_sentiment as keyof typeof byLabel;
    const text = asSkywardComment(row.text ?? "");
    if (byLabel[label] && text.length >= 15) byLabel[label].push(text);
  }
  return byLabel;
}

export type SkywardFeedbackResult =
  | { loaded: false; reason: string }
  | { loaded: true; rowsRead: number; stored: number; duplicates: number; rejected: number; comments: number };

/**
 * How the demo imports the survey: the guessed mapping (checked), a day in the 120 days before
 * `now` and a frontline staff member of the owning team per response, and a tweet as the comment
 * of about a tenth of them (when the tweets file is there). All derived from each row's content.
 * `comments()` counts the comments handed out so far. Shared with the ingest benchmark.
 */
export function skywardImportOptions(dir: string, now: Date): Pick<ImportFileOptions, "adjustMapping" | "rowOptions" | "decorate"> & { comments: () => number } {
  const tweetsFile = path.join(dir, SKYWARD_TWEETS_CSV);
  const comments = existsSync(tweetsFile) ? loadComments(tweetsFile) : null;
  const frontlineEmails = new Set(SKYWARD_TEAMS.flatMap((team) => team.frontline.map(skywardEmail)));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let commented = 0;
  return {
    comments: () => commented,
    adjustMapping: (mapping) => {
      const expected = Object.keys(SKYWARD_TOUCH_POINTS).length;
      const rated = mapping.columns.filter((c) => c.kind === "touchPointRating").length;
      if (mapping.shape !== "wide" || rated !== expected) {
        throw new Error(`The import guessed ${rated} of the ${expected} rating columns of ${SKYWARD_SURVEY_CSV}; check lib/import/guess.ts`);
      }
      return mapping;
    },
    rowOptions: (targets) => {
      const frontlineOf = (tp: TouchPointOption) =>
        targets.staff.filter((s) => tp.ownerTeamId && s.teamIds.includes(tp.ownerTeamId) && frontlineEmails.has(s.email)).map((s) => s.id);
      return {
        defaultOccurredAt: new Date(today).toISOString(),
        occurredAt: (row: CsvRow) => {
          const r = unit(`day:${row.cells[0]}:${row.line}`);
          const day = 1 + Math.floor(r * DAYS);
          // Between 05:00 and 23:00, when flights operate.
          const minute = 5 * 60 + Math.floor(unit(`time:${row.cells[0]}:${row.line}`) * 18 * 60);
          return new Date(today - day * 86_400_000 + minute * 60_000).toISOString();
        },
        staffFor: (tp: TouchPointOption, row: CsvRow) => {
          const staff = frontlineOf(tp);
          const r = unit(`staff:${row.cells[0]}:${row.line}:${tp.id}`);
          if (staff.length === 0 || r < UNATTRIBUTED_SHARE) return null;
          return staff[Math.floor(((r - UNATTRIBUTED_SHARE) / (1 - UNATTRIBUTED_SHARE)) * staff.length)] ?? null;
        },
      };
    },
    decorate: (item: ImportItem) => {
      if (!comments || item.rating === null) return;
      if (unit(`comment:${item.idempotencyKey}`) >= COMMENT_SHARE) return;
      const pool = item.rating <= 2 ? comments.negative : item.rating === 3 ? comments.neutral : comments.positive;
      if (pool.length === 0) return;
      item.comment = pool[Math.floor(unit(`which:${item.idempotencyKey}`) * pool.length)]!;
      commented++;
    },
  };
}

/**
 * Loads the airline passenger survey as Skyward's feedback through the CSV import (wide shape,
 * the guessed mapping), one response per applicable rating, over the last 120 days, attributed
 * to the owning team's frontline staff, with real customer tweets as comments on about a tenth.
 * Everything is derived from each row's content, so a second run stores nothing new.
 * `concurrency`: chunks in flight (2 on a PostgreSQL server, see importCsvFile).
 */
export async function seedSkywardFeedback(
  db: Database,
  orgId: string,
  {
    now = new Date(),
    maxRows,
    concurrency,
    onProgress,
  }: { now?: Date; maxRows?: number; concurrency?: number; onProgress?: (rowsRead: number, stored: number) => void } = {},
): Promise<SkywardFeedbackResult> {
  const dir = datasetsDir();
  const survey = path.join(dir, SKYWARD_SURVEY_CSV);
  if (!existsSync(survey)) return { loaded: false, reason: `${survey} is not there` };
  const tenant = tenantDb(db, orgId);
  const [done] = await tenant.selectFields({ id: importRuns.id }, importRuns, and(eq(importRuns.fileName, SKYWARD_SURVEY_CSV), eq(importRuns.status, "completed")));
  if (done) return { loaded: false, reason: "already loaded" };

  const [director] = await tenant.selectFields({ id: users.id }, users, eq(users.email, skywardEmail(SKYWARD_DIRECTOR)));
  if (!director) throw new Error("the Skyward director is missing");
  const scope: Scope = { orgId, userId: director.id, role: "director", teamIds: [], leadTeamIds: [] };
  const { comments, ...options } = skywardImportOptions(dir, now);

  const result = await importCsvFile(tenant, scope, {
    ...options,
    filePath: survey,
    maxRows,
    concurrency,
    onProgress: onProgress && ((tally) => onProgress(tally.rowsRead, tally.stored)),
  });
  return { loaded: true, rowsRead: result.rowsRead, stored: result.stored, duplicates: result.duplicates, rejected: result.rejected, comments: comments() };
}
