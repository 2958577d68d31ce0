import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { createApiKey } from "@/server/services/api-keys/keys";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";

/** The API key rows of authorization-table.ts. Merged into `authorizationTable` there. */

const DIRECTOR = ["director"] as const;

let unique = 0;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

/** An active key in A, made the way the director's page makes one. */
export async function apiKeyInA({ db, a }: TableFixtures): Promise<Extra> {
  const scope = { orgId: a.orgId, userId: a.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
  const created = await createApiKey(tenantDb(db, a.orgId), scope, {
    name: `Alpha survey tool ${++unique}`,
    scopes: ["feedback:write", "kpis:read"],
  });
  return { apiKeyId: created.id };
}

export const apiKeyAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "apiKeys.list": { access: DIRECTOR, setup: apiKeyInA, input: () => undefined, crossOrg: "own_rows_only" },
  "apiKeys.create": {
    access: DIRECTOR,
    input: () => ({ name: `Ticketing system ${++unique}`, scopes: ["feedback:write", "observations:write"] }),
    crossOrg: "not_applicable",
  },
  "apiKeys.revoke": {
    access: DIRECTOR,
    setup: apiKeyInA,
    input: (_f, x) => ({ apiKeyId: required(x.apiKeyId, "apiKeyId") }),
    crossOrg: "not_found",
  },
};

/**
 * Ids, prefixes and hashes (and names) of one organisation's keys, for the leak checks: a hash
 * must never appear in any answer, of this organisation or another.
 */
export async function apiKeyIdentifiersOf(db: Database, orgId: string, named: (name: string | undefined) => string[]) {
  const rows = await tenantDb(db, orgId).selectFields(
    { id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, keyHash: apiKeys.keyHash },
    apiKeys,
  );
  return rows.flatMap((key) => [key.id, key.prefix, key.keyHash, ...named(key.name)]);
}

/** One organisation's keys, for the "unchanged" checks. */
export async function snapshotApiKeys(db: Database, orgId: string) {
  return {
    apiKeys: await tenantDb(db, orgId)
      .selectFields(
        {
          id: apiKeys.id,
          name: apiKeys.name,
          prefix: apiKeys.prefix,
          keyHash: apiKeys.keyHash,
          scopes: apiKeys.scopes,
          lastUsedAt: apiKeys.lastUsedAt,
          revokedAt: apiKeys.revokedAt,
        },
        apiKeys,
      )
      .orderBy(asc(apiKeys.id)),
  };
}
