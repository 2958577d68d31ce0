import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { importMappings, importRuns } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback } from "@/server/services/feedback/ingest";
import { finishImport, startImport } from "@/server/services/imports/runs";
import { saveMapping } from "@/server/services/imports/saved-mappings";
import type { FixtureUser, OrgFixture } from "@/server/testing/fixtures";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";
import { journeyInA } from "./authorization-table-journeys";

/** The CSV import's rows of authorization-table.ts. Merged into `authorizationTable` there. */

const LEADS = ["director", "team_lead"] as const;
const DIRECTOR = ["director"] as const;
const SIGNATURE = "0123456789abcdef:3";

/** A saved mapping in A, for the read: B's director must get null, never A's. */
async function mappingInA({ db, a }: TableFixtures): Promise<Extra> {
  await saveMapping(tenantDb(db, a.orgId), scopeOf(a, a.director), { headerSignature: SIGNATURE, fileName: "alpha.csv", shape: "response", mapping: { shape: "response", columns: [] } });
  return {};
}

const scopeOf = (a: OrgFixture, user: FixtureUser) => ({
  orgId: a.orgId,
  userId: user.id,
  role: user.role,
  teamIds: user.role === "director" ? [] : [a.teamId],
  leadTeamIds: user.role === "team_lead" ? [a.teamId] : [],
});

/**
 * A running import in A for the lead and one for the director: a run belongs to the person who
 * started it, so each caller gets their own (the other organisation's director gets the lead's).
 */
async function runsInA({ db, a }: TableFixtures): Promise<Extra> {
  const tenant = tenantDb(db, a.orgId);
  const lead = await startImport(tenant, scopeOf(a, a.lead), { fileName: "alpha-lead.csv", shape: "response" });
  const director = await startImport(tenant, scopeOf(a, a.director), { fileName: "alpha-director.csv", shape: "wide" });
  return { importRunId: lead.id, directorImportRunId: director.id };
}

/**
 * A finished import in A for the lead and one for the director, each with a stored response at
 * a touch point of the lead's team: what a removal takes away.
 */
async function finishedRunsInA(f: TableFixtures): Promise<Extra> {
  const { touchPointId } = await journeyInA(f);
  const tenant = tenantDb(f.db, f.a.orgId);
  const runOf = async (user: FixtureUser, fileName: string) => {
    const scope = scopeOf(f.a, user);
    const run = await startImport(tenant, scope, { fileName, shape: "response" });
    await ingestFeedback(tenant, [{ touchPointId: touchPointId!, channel: "web", rating: 4, comment: `Imported by ${user.role}`, occurredAt: new Date() }], {
      source: "import",
      importRunId: run.id,
    });
    await finishImport(tenant, scope, { importRunId: run.id, status: "completed" });
    return run.id;
  };
  return { touchPointId, importRunId: await runOf(f.a.lead, "alpha-lead.csv"), directorImportRunId: await runOf(f.a.director, "alpha-director.csv") };
}

function runFor(extra: Extra, caller?: FixtureUser | null): string {
  const id = caller?.role === "director" ? extra.directorImportRunId : extra.importRunId;
  if (!id) throw new Error("authorization table: setup did not provide an import run");
  return id;
}

export const importAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "imports.context": { access: LEADS, input: () => undefined, crossOrg: "own_rows_only" },
  "imports.list": { access: LEADS, setup: runsInA, input: () => undefined, crossOrg: "own_rows_only" },
  "imports.prepare": { access: DIRECTOR, input: () => ({ fileName: "reviews.csv", newTouchPoints: [{ name: "Seat comfort", scaleMin: 1, scaleMax: 5 }], ratingScales: [] }), crossOrg: "not_applicable" },
  "imports.savedMapping": { access: LEADS, setup: mappingInA, input: () => ({ headerSignature: SIGNATURE }), crossOrg: "own_rows_only" },
  "imports.saveMapping": {
    access: LEADS,
    input: () => ({ headerSignature: SIGNATURE, fileName: "survey.csv", shape: "wide", mapping: { shape: "wide", columns: [] } }),
    crossOrg: "not_applicable",
  },
  "imports.start": { access: LEADS, input: () => ({ fileName: "survey.csv", shape: "response" }), crossOrg: "not_applicable" },
  "imports.chunk": {
    access: LEADS,
    setup: runsInA,
    input: (_f, extra, caller) => ({ importRunId: runFor(extra, caller), rowsRead: 1, locallyRejected: 1, rows: [] }),
    crossOrg: "not_found",
  },
  "imports.finish": {
    access: LEADS,
    setup: runsInA,
    input: (_f, extra, caller) => ({ importRunId: runFor(extra, caller), status: "cancelled" }),
    crossOrg: "not_found",
  },
  "imports.removalPreview": {
    access: LEADS,
    setup: finishedRunsInA,
    input: (_f, extra, caller) => ({ importRunId: runFor(extra, caller) }),
    crossOrg: "not_found",
  },
  "imports.remove": {
    access: LEADS,
    setup: finishedRunsInA,
    input: (_f, extra, caller) => ({ importRunId: runFor(extra, caller) }),
    crossOrg: "not_found",
  },
};

/** Ids and file names of one organisation's runs and saved mappings, for the leak checks. */
export async function importIdentifiersOf(db: Database, orgId: string) {
  const rows = await tenantDb(db, orgId).selectFields({ id: importRuns.id }, importRuns);
  const mappings = await tenantDb(db, orgId).selectFields({ id: importMappings.id }, importMappings);
  return [...rows.map((run) => run.id), ...mappings.map((m) => m.id)];
}

/** One organisation's runs, for the "unchanged" checks. */
export async function snapshotImports(db: Database, orgId: string) {
  return {
    importRuns: await tenantDb(db, orgId)
      .selectFields(
        {
          id: importRuns.id,
          status: importRuns.status,
          rowsRead: importRuns.rowsRead,
          stored: importRuns.stored,
          rejected: importRuns.rejected,
          removalStartedAt: importRuns.removalStartedAt,
          removedAt: importRuns.removedAt,
          removedResponses: importRuns.removedResponses,
        },
        importRuns,
      )
      .orderBy(asc(importRuns.id)),
    importMappings: await tenantDb(db, orgId)
      .selectFields({ id: importMappings.id, headerSignature: importMappings.headerSignature, savedAt: importMappings.savedAt }, importMappings)
      .orderBy(asc(importMappings.id)),
  };
}
