import type { Database } from "@/db/client";
import { feedback } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback } from "@/server/services/feedback/ingest";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";
import { journeyInA } from "./authorization-table-journeys";

/** The response-list rows of authorization-table.ts. Merged into `authorizationTable` there. */

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;

let unique = 0;

/** A journey in A with one response about A's frontline person, carrying a customer reference. */
export async function responseInA(f: TableFixtures): Promise<Extra> {
  const extra = await journeyInA(f);
  await ingestFeedback(
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
  return extra;
}

export const responseAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "responses.list": { access: ANY_ROLE, setup: responseInA, input: () => ({ pageSize: 100 }), crossOrg: "own_rows_only" },
};

/** What a leaked response would show: its id, customer reference and comment. */
export async function responseIdentifiersOf(db: Database, orgId: string): Promise<string[]> {
  const rows = await tenantDb(db, orgId).selectFields({ id: feedback.id, customerRef: feedback.customerRef, comment: feedback.comment }, feedback);
  return rows.flatMap((row) => [row.id, ...(row.customerRef ? [row.customerRef] : []), ...(row.comment ? [row.comment] : [])]);
}
