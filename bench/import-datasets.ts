/*
 * The CSV import on the shared datasets, as a new organisation meets it: each file imported by a
 * new organisation's director accepting the guessed mapping without a change (importCsvFile, the
 * page's own reading, guessing, row mapping and chunks), into in-memory PGlite.
 *
 *   npx tsx --conditions=react-server bench/import-datasets.ts            all four files, whole
 *   npx tsx --conditions=react-server bench/import-datasets.ts --write    also replace the "Import of the shared datasets" section of docs/benchmarks.md
 *   options: --limit=<records per file> (a quick trial)
 *
 * "Right without help": each column's guessed role against the role a person would give it
 * (EXPECTED below; where two roles are both sensible, either counts), rating columns also on the
 * right scale.
 */
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import type { Database } from "../db/client";
import { applyMigrations } from "../db/migrate";
import * as schema from "../db/schema";
import { users } from "../db/schema";
import type { ColumnRole } from "../lib/import/types";
import { tenantDb } from "../server/db/tenant-db";
import { importCsvFile } from "../server/services/imports/import-file";
import { signUp } from "../server/services/organization/sign-up";
import { writeSection } from "./docs-section";
import { DATASETS_DIR } from "../server/testing/datasets";

const args = process.argv.slice(2);
const LIMIT = args.find((a) => a.startsWith("--limit="))?.slice(8);

/** A role a person would give, as "kind" or "kind:scale" for ratings; several when either is sensible. */
type Expected = Record<string, string[]>;
const SEG = ["segment"];
const IGN = ["ignore"];
const SEG_OR_IGN = ["segment", "ignore"];
const RATING5 = ["touchPointRating:1-5"];

const EXPECTED: Record<string, Expected> = {
  "british-airways-reviews.csv": {
    ReviewID: IGN, OverallRating: ["rating:1-10"], ReviewHeader: IGN, Name: IGN, Datetime: ["occurredAt"], VerifiedReview: SEG, ReviewBody: ["comment"],
    TypeOfTraveller: SEG, SeatType: SEG, Route: IGN, DateFlown: IGN, SeatComfort: RATING5, CabinStaffService: RATING5, GroundService: RATING5,
    ValueForMoney: RATING5, Recommended: SEG, Aircraft: SEG_OR_IGN, "Food&Beverages": RATING5, InflightEntertainment: RATING5, "Wifi&Connectivity": RATING5,
  },
  "airline-passenger-satisfaction.csv": {
    id: ["customerRef", "ignore"], Gender: SEG, "Customer Type": SEG, Age: ["segmentBanded"], "Type of Travel": SEG, Class: SEG, "Flight Distance": ["ignore", "segmentBanded"],
    ...Object.fromEntries(
      ["Inflight wifi service", "Departure/Arrival time convenient", "Ease of Online booking", "Gate location", "Food and drink", "Online boarding", "Seat comfort", "Inflight entertainment", "On-board service", "Leg room service", "Baggage handling", "Checkin service", "Inflight service", "Cleanliness"].map((c) => [c, RATING5]),
    ),
    "Departure Delay in Minutes": IGN, "Arrival Delay in Minutes": IGN, satisfaction: SEG,
  },
  "airline-tweets-labelled.csv": {
    tweet_id: ["ignore", "customerRef"], airline_sentiment: ["sentimentLabel"], airline_sentiment_confidence: IGN, negativereason: SEG, negativereason_confidence: IGN, airline: SEG,
    airline_sentiment_gold: IGN, name: IGN, negativereason_gold: IGN, retweet_count: IGN, text: ["comment"], tweet_coord: IGN, tweet_created: ["occurredAt"], tweet_location: IGN, user_timezone: SEG_OR_IGN,
  },
  "consumer-complaints-sample.csv": {
    "Date received": ["occurredAt"], Product: SEG, "Sub-product": SEG_OR_IGN, Issue: SEG_OR_IGN, "Sub-issue": SEG_OR_IGN, "Consumer complaint narrative": ["comment"],
    "Company public response": SEG_OR_IGN, Company: IGN, State: SEG_OR_IGN, "ZIP code": IGN, Tags: SEG, "Consumer consent provided?": SEG_OR_IGN, "Submitted via": ["segment", "channel"],
    "Date sent to company": IGN, "Company response to consumer": SEG, "Timely response?": SEG, "Consumer disputed?": SEG_OR_IGN, "Complaint ID": ["customerRef", "ignore"],
  },
};

const roleText = (role: ColumnRole) => (role.kind === "rating" || role.kind === "touchPointRating" ? `${role.kind}:${role.scale.min}-${role.scale.max}` : role.kind);

async function openDb(): Promise<{ db: Database; close: () => Promise<void> }> {
  const client = new PGlite();
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  const close = () => client.close();
  await applyMigrations({ db, close, kind: "pglite" });
  return { db, close };
}

type Line = { file: string; records: number; right: number; columns: number; wrong: string[]; stored: number; rejected: number; seconds: number };

async function main() {
  const { db, close } = await openDb();
  const lines: Line[] = [];
  const tmp = await import("node:fs/promises").then((fs) => fs.mkdtemp(path.join(os.tmpdir(), "import-bench-")));
  try {
    for (const [index, file] of Object.keys(EXPECTED).entries()) {
      let filePath = path.join(DATASETS_DIR, file);
      if (LIMIT) {
        const rows = Papa.parse<Record<string, string>>(readFileSync(filePath, "utf8"), { header: true, skipEmptyLines: true }).data.slice(0, Number(LIMIT));
        filePath = path.join(tmp, file);
        (await import("node:fs")).writeFileSync(filePath, Papa.unparse(rows));
      }
      const { orgId } = await signUp(db, { orgName: `Bench importer ${index + 1}`, name: "Bench Director", email: `bench${index + 1}-${Date.now()}@import.example`, password: "correct horse battery staple 42", timeZone: "UTC", themePreset: "airline" });
      const tenant = tenantDb(db, orgId);
      const [director] = await tenant.selectFields({ id: users.id }, users);
      const started = performance.now();
      const result = await importCsvFile(tenant, { orgId, userId: director!.id, role: "director", teamIds: [], leadTeamIds: [] }, { filePath, rowOptions: () => ({ defaultOccurredAt: "2026-11-02T12:00:00Z" }) });
      const seconds = (performance.now() - started) / 1000;
      const header = Object.keys(EXPECTED[file]!);
      const wrong = header.filter((h, i) => !EXPECTED[file]![h]!.includes(roleText(result.mapping.columns[i]!)) && !EXPECTED[file]![h]!.includes(result.mapping.columns[i]!.kind)).map((h) => `${h} (${roleText(result.mapping.columns[header.indexOf(h)]!)})`);
      const line = { file, records: result.rowsRead, right: header.length - wrong.length, columns: header.length, wrong, stored: result.stored, rejected: result.rejected, seconds };
      lines.push(line);
      console.log(`${file}: ${line.right}/${line.columns} columns right; stored ${line.stored}, rejected ${line.rejected}; ${(line.records / seconds).toFixed(0)} records/s${wrong.length ? `; wrong: ${wrong.join(", ")}` : ""}`);
    }
  } finally {
    await close();
  }
  const load = os.loadavg().map((l) => l.toFixed(2)).join(", ");
  const n = (x: number) => x.toLocaleString("en-GB");
  const section = [
    "## Import of the shared datasets (issue 14)",
    "",
    `A new organisation's director imports each file in \`../shared/datasets/\` accepting the guessed mapping without a change (\`npx tsx --conditions=react-server bench/import-datasets.ts${LIMIT ? ` --limit=${LIMIT}` : ""} --write\`, in-memory PGlite, ${os.cpus().length} cores, load average ${load} at the end).`,
    "Right: columns whose guessed role is the one a person would give (bench/import-datasets.ts, EXPECTED), ratings on the right scale. Stored: responses (one per rating, several per row). Rejected: rows or ratings refused, each with its line and reason.",
    "",
    "| file | records | columns right | stored | rejected | records/s | responses/s | guessed otherwise |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...lines.map((l) => `| \`${l.file}\` | ${n(l.records)} | ${l.right}/${l.columns} | ${n(l.stored)} | ${n(l.rejected)} | ${n(Math.round(l.records / l.seconds))} | ${n(Math.round(l.stored / l.seconds))} | ${l.wrong.join(", ") || "none"} |`),
    "",
  ].join("\n");
  console.log(section);
  if (args.includes("--write")) writeSection("## Import of the shared datasets (issue 14)", section);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
