import { existsSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { importRuns, users } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import type { CsvRow } from "@/lib/import/records";
import type { ImportItem, TouchPointOption } from "@/lib/import/types";
import { importCsvFile, type ImportFileOptions } from "@/server/services/imports/import-file";
import type { Scope } from "@/server/services/scope";
import { datasetsDir, SKYWARD_SURVEY_CSV } from "./skyward";
import { answerKey, pairComments, unit, type PairedComment } from "./skyward-comments";
import {
  SKYWARD_DIRECTOR,
  SKYWARD_TEAMS,
  SKYWARD_TOUCH_POINT_DEFINITIONS,
  SKYWARD_TOUCH_POINTS,
  skywardEmail,
  type SkywardRatingColumn,
} from "./skyward-data";
import { readLabelledTweets, readSurveyAnswers, readSurveyHeader } from "./skyward-sources";
import { simulatedTrainingEffect } from "./skyward-training-effect";

export const SKYWARD_TWEETS_CSV = "airline-tweets-labelled.csv";
const DAYS = 120;
/** Share of a passenger's answers at a team that the survey cannot attribute to anyone. */
const UNATTRIBUTED_SHARE = 0.15;

/** The demo's comments: the pairing of skyward-comments.ts over the whole survey, when the tweets file is there. */
export function skywardComments(dir: string): Map<string, PairedComment> | null {
  const tweetsFile = path.join(dir, SKYWARD_TWEETS_CSV);
  if (!existsSync(tweetsFile)) return null;
  return pairComments(readLabelledTweets(tweetsFile), readSurveyAnswers(path.join(dir, SKYWARD_SURVEY_CSV)));
}

export type SkywardFeedbackResult =
  | { loaded: false; reason: string }
  | { loaded: true; rowsRead: number; stored: number; duplicates: number; rejected: number; comments: number };

/**
 * How the demo imports the survey: the guessed mapping (checked), a day in the 120 days before
 * `now` per passenger, one frontline member of the owning team per passenger and team at the
 * touch points staff serve (none at product touch points), and the paired tweet as the comment
 * of the answers skyward-comments.ts chose, with its human label on the labelled share. All
 * derived from each row's content. `comments()` counts the comments handed out so far. Shared
 * with the ingest benchmark.
 */
export function skywardImportOptions(dir: string, now: Date): Pick<ImportFileOptions, "adjustMapping" | "rowOptions" | "decorate"> & { comments: () => number } {
  const paired = skywardComments(dir);
  const frontlineEmails = new Set(SKYWARD_TEAMS.flatMap((team) => team.frontline.map(skywardEmail)));
  const definitionOf = new Map(SKYWARD_TOUCH_POINT_DEFINITIONS.map((tp) => [tp.name, tp]));
  const columnOf = new Map<string, SkywardRatingColumn>();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysAgoOf = (row: CsvRow) => 1 + Math.floor(unit(`day:${row.cells[0]}:${row.line}`) * DAYS);
  const trainedCrew = simulatedTrainingEffect(readSurveyHeader(path.join(dir, SKYWARD_SURVEY_CSV)));
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
      for (const tp of targets.touchPoints) {
        const definition = definitionOf.get(tp.name);
        if (definition) columnOf.set(tp.id, definition.column);
      }
      const frontlineOf = (teamId: string) => targets.staff.filter((s) => s.teamIds.includes(teamId) && frontlineEmails.has(s.email)).map((s) => s.id);
      return {
        defaultOccurredAt: new Date(today).toISOString(),
        occurredAt: (row: CsvRow) => {
          const day = daysAgoOf(row);
          // Between 05:00 and 23:00, when flights operate.
          const minute = 5 * 60 + Math.floor(unit(`time:${row.cells[0]}:${row.line}`) * 18 * 60);
          return new Date(today - day * 86_400_000 + minute * 60_000).toISOString();
        },
        // Keyed on the passenger and the team, not the touch point: one crew member served them.
        staffFor: (tp: TouchPointOption, row: CsvRow) => {
          if (!tp.ownerTeamId || !definitionOf.get(tp.name)?.servedByStaff) return null;
          const staff = frontlineOf(tp.ownerTeamId);
          const r = unit(`staff:${row.cells[0]}:${row.line}:${tp.ownerTeamId}`);
          if (staff.length === 0 || r < UNATTRIBUTED_SHARE) return null;
          const trained = trainedCrew(tp.name, row, daysAgoOf(row));
          if (trained) return targets.staff.find((s) => s.email === trained)?.id ?? null;
          return staff[Math.floor(((r - UNATTRIBUTED_SHARE) / (1 - UNATTRIBUTED_SHARE)) * staff.length)] ?? null;
        },
      };
    },
    decorate: (item: ImportItem, row: CsvRow) => {
      const column = columnOf.get(item.touchPointId);
      const comment = column && paired?.get(answerKey(row.line, column));
      if (!comment) return;
      item.comment = comment.text;
      if (comment.labelled) item.sentimentLabel = comment.label;
      commented++;
    },
  };
}

/**
 * Loads the airline passenger survey as Skyward's feedback through the CSV import (wide shape,
 * the guessed mapping), one response per applicable rating, over the last 120 days, attributed
 * as skywardImportOptions says, with the paired tweets as comments. Everything is derived from
 * each row's content, so a second run stores nothing new; a run stopped midway (a restart of
 * the server loading it) is resumed after the rows it had read.
 * `concurrency`: chunks in flight (2 on a PostgreSQL server, see importCsvFile).
 */
export async function seedSkywardFeedback(
  db: Database,
  orgId: string,
  {
    now = new Date(),
    maxRows,
    concurrency,
    chunkSize,
    pace,
    onProgress,
  }: Pick<ImportFileOptions, "maxRows" | "concurrency" | "chunkSize" | "pace"> & { now?: Date; onProgress?: (rowsRead: number, stored: number) => void } = {},
): Promise<SkywardFeedbackResult> {
  const dir = datasetsDir();
  const survey = path.join(dir, SKYWARD_SURVEY_CSV);
  if (!existsSync(survey)) return { loaded: false, reason: `${survey} is not there` };
  const tenant = tenantDb(db, orgId);
  const runs = await tenant.selectFields({ id: importRuns.id, status: importRuns.status, rowsRead: importRuns.rowsRead }, importRuns, eq(importRuns.fileName, SKYWARD_SURVEY_CSV));
  if (runs.some((run) => run.status === "completed")) return { loaded: false, reason: "already loaded" };
  // A load stopped by a restart: its rows are stored (each chunk is a transaction), so start after them.
  const stopped = runs.filter((run) => run.status === "running");
  const skipRows = Math.max(0, ...stopped.map((run) => run.rowsRead));
  if (stopped.length > 0) await tenant.update(importRuns, { status: "cancelled", finishedAt: new Date() }, and(eq(importRuns.fileName, SKYWARD_SURVEY_CSV), eq(importRuns.status, "running"))!);

  const [director] = await tenant.selectFields({ id: users.id }, users, eq(users.email, skywardEmail(SKYWARD_DIRECTOR)));
  if (!director) throw new Error("the Skyward director is missing");
  const scope: Scope = { orgId, userId: director.id, role: "director", teamIds: [], leadTeamIds: [] };
  const { comments, ...options } = skywardImportOptions(dir, now);

  const result = await importCsvFile(tenant, scope, {
    ...options,
    filePath: survey,
    maxRows,
    skipRows,
    concurrency,
    chunkSize,
    pace,
    onProgress: onProgress && ((tally) => onProgress(tally.rowsRead, tally.stored)),
  });
  return { loaded: true, rowsRead: result.rowsRead, stored: result.stored, duplicates: result.duplicates, rejected: result.rejected, comments: comments() };
}
