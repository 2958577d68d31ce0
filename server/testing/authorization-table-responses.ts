import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { feedback, feedbackCorrections } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback } from "@/server/services/feedback/ingest";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";
import { journeyInA } from "./authorization-table-journeys";

/** The response-list rows of authorization-table.ts. Merged into `authorizationTable` there. */

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;
const LEADS = ["director", "team_lead"] as const;
const DIRECTOR = ["director"] as const;

let unique = 0;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

/**
 * A journey in A with one response about A's frontline person (so A's team lead sees it), carrying
 * a customer reference and a comment with no label yet.
 */
export async function responseInA(f: TableFixtures): Promise<Extra> {
  const extra = await journeyInA(f);
  const [result] = await ingestFeedback(
    tenantDb(f.db, f.a.orgId),
    [
      {
        touchPointId: extra.touchPointId!,
        channel: "web",
        staffId: f.a.frontline.id,
        customerRef: `alpha-customer-${++unique}`,
        csatScore: 5,
        comment: `Alpha praise ${unique}`,
        occurredAt: new Date(),
      },
    ],
    { source: "api" },
  );
  return { ...extra, feedbackId: result!.id };
}

export const responseAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "responses.list": { access: ANY_ROLE, setup: responseInA, input: () => ({ pageSize: 100 }), crossOrg: "own_rows_only" },
  "responses.correct": {
    access: LEADS,
    setup: responseInA,
    input: (_f, x) => ({ feedbackId: required(x.feedbackId, "feedbackId"), sentimentLabel: "negative" }),
    crossOrg: "not_found",
  },
  "responses.corrections": {
    access: LEADS,
    setup: responseInA,
    input: (_f, x) => ({ feedbackId: required(x.feedbackId, "feedbackId") }),
    crossOrg: "not_found",
  },
  "responses.remove": {
    access: DIRECTOR,
    setup: responseInA,
    input: (_f, x) => ({ feedbackId: required(x.feedbackId, "feedbackId") }),
    crossOrg: "not_found",
  },
};

/** What a leaked response would show: its id, customer reference and comment, and its corrections' ids. */
export async function responseIdentifiersOf(db: Database, orgId: string): Promise<string[]> {
  const tenant = tenantDb(db, orgId);
  const rows = await tenant.selectFields({ id: feedback.id, customerRef: feedback.customerRef, comment: feedback.comment }, feedback);
  const corrections = await tenant.selectFields({ id: feedbackCorrections.id }, feedbackCorrections);
  return [
    ...rows.flatMap((row) => [row.id, ...(row.customerRef ? [row.customerRef] : []), ...(row.comment ? [row.comment] : [])]),
    ...corrections.map((row) => row.id),
  ];
}

/** What a correction could change: each response's label and themes, and the corrections kept. */
export async function snapshotResponses(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  return {
    responseLabels: await tenant
      .selectFields(
        {
          id: feedback.id,
          sentiment: feedback.sentiment,
          sentimentLabel: feedback.sentimentLabel,
          sentimentSource: feedback.sentimentSource,
          themes: feedback.themes,
          themesCorrected: feedback.themesCorrected,
        },
        feedback,
      )
      .orderBy(asc(feedback.id)),
    corrections: await tenant.selectFields({ id: feedbackCorrections.id, feedbackId: feedbackCorrections.feedbackId }, feedbackCorrections).orderBy(asc(feedbackCorrections.id)),
  };
}
