import "server-only";
import { eq } from "drizzle-orm";
import { importMappings, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import type { SaveMappingInput } from "@/lib/schemas/imports";

export type SavedMapping = { shape: string; mapping: Record<string, unknown>; fileName: string | null; savedAt: Date; savedBy: string | null };

/**
 * The organisation's mapping for files with these columns, or null. Every lead and director of
 * the organisation shares it: the page checks its touch points against the caller's own.
 */
export async function savedMapping(tenant: TenantDb, _scope: Scope, input: { headerSignature: string }): Promise<SavedMapping | null> {
  const [row] = await tenant.select(importMappings, eq(importMappings.headerSignature, input.headerSignature));
  if (!row) return null;
  const [user] = row.savedBy ? await tenant.selectFields({ name: users.name }, users, eq(users.id, row.savedBy)) : [];
  const fileName = typeof row.options.fileName === "string" ? row.options.fileName : null;
  return { shape: row.shape, mapping: row.mapping, fileName, savedAt: row.savedAt, savedBy: user?.name ?? null };
}

/** Saves (or replaces) the mapping of files with these columns, after an import that completed. */
export async function saveMapping(tenant: TenantDb, scope: Scope, input: SaveMappingInput) {
  const values = { headerSignature: input.headerSignature, shape: input.shape, mapping: input.mapping, options: { fileName: input.fileName }, savedBy: scope.userId, savedAt: new Date() };
  const [known] = await tenant.selectFields({ id: importMappings.id }, importMappings, eq(importMappings.headerSignature, input.headerSignature));
  if (known) await tenant.update(importMappings, values, eq(importMappings.id, known.id));
  else await tenant.insert(importMappings, values);
}
