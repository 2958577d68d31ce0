import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sentimentModels, textJobs } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { queueTextJob } from "@/server/services/text-model/jobs";
import { labelCountsOf } from "@/server/services/text-model/labels";
import { MIN_LABELS } from "@/server/services/text-model/policy";
import { runPendingTextJobs } from "@/server/services/text-model/runner";
import { trainOrgModel } from "@/server/services/text-model/train";
import type { LabelledText } from "@/server/services/text/classifier/types";
import type { OrgFixture } from "@/server/testing/fixtures";
import { storeLabelledFeedback, touchPointIn } from "@/server/testing/labelled-feedback";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";

/** The sentiment model rows of authorization-table.ts. Merged into `authorizationTable` there. */

const DIRECTOR = ["director"] as const;

let unique = 0;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

const WORDS = { negative: "dreadful", neutral: "ordinary", positive: "lovely" } as const;

/** Enough labels of each sentiment to train on, once per organisation. */
async function labelsIn(db: Database, org: OrgFixture): Promise<void> {
  const counts = await labelCountsOf(tenantDb(db, org.orgId));
  if (counts.negative + counts.neutral + counts.positive >= MIN_LABELS) return;
  const batch = ++unique;
  const examples: LabelledText[] = SENTIMENT_CLASSES.flatMap((label) =>
    Array.from({ length: 15 }, (_, i) => ({ text: `${org.orgName} seat ${batch}-${i} felt ${WORDS[label]}`, label })),
  );
  await storeLabelledFeedback(db, org.orgId, await touchPointIn(db, org), examples);
}

/**
 * Both organisations have labels and no open text job (each organisation runs one at a time), so
 * a training or rescoring asked for by either director is accepted.
 */
export async function labelledAndIdle({ db, a, b }: TableFixtures): Promise<Extra> {
  await labelsIn(db, a);
  await labelsIn(db, b);
  await runPendingTextJobs(db);
  return {};
}

/** A trained model of A (stored, with its figures), so B's director has something not to see. */
async function modelInA(f: TableFixtures): Promise<Extra> {
  await labelledAndIdle(f);
  await trainOrgModel(tenantDb(f.db, f.a.orgId), { trainedBy: f.a.director.id });
  return {};
}

/** A job of A's, queued and not yet run. */
async function jobInA(f: TableFixtures): Promise<Extra> {
  await labelledAndIdle(f);
  return { textJobId: await queueTextJob(tenantDb(f.db, f.a.orgId), "rescore", { requestedBy: f.a.director.id }) };
}

export const textModelAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "textModel.status": { access: DIRECTOR, setup: modelInA, input: () => undefined, crossOrg: "own_rows_only" },
  "textModel.history": { access: DIRECTOR, setup: modelInA, input: () => undefined, crossOrg: "own_rows_only" },
  "textModel.train": { access: DIRECTOR, setup: labelledAndIdle, input: () => undefined, crossOrg: "not_applicable" },
  "textModel.rescore": { access: DIRECTOR, setup: labelledAndIdle, input: () => undefined, crossOrg: "not_applicable" },
  "textModel.job": {
    access: DIRECTOR,
    setup: jobInA,
    input: (_f, x) => ({ jobId: required(x.textJobId, "textJobId") }),
    crossOrg: "not_found",
  },
};

/** Ids of one organisation's models and text jobs, for the leak checks. */
export async function textModelIdentifiersOf(db: Database, orgId: string): Promise<string[]> {
  const tenant = tenantDb(db, orgId);
  const models = await tenant.selectFields({ id: sentimentModels.id }, sentimentModels);
  const jobs = await tenant.selectFields({ id: textJobs.id }, textJobs);
  return [...models, ...jobs].map((row) => row.id);
}

/** One organisation's models and text jobs, for the "unchanged" checks. */
export async function snapshotTextModels(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  return {
    sentimentModels: await tenant
      .selectFields({ id: sentimentModels.id, active: sentimentModels.active }, sentimentModels)
      .orderBy(asc(sentimentModels.id)),
    textJobs: await tenant
      .selectFields({ id: textJobs.id, kind: textJobs.kind, status: textJobs.status, done: textJobs.done }, textJobs)
      .orderBy(asc(textJobs.id)),
  };
}
