import { createHash } from "node:crypto";
import { asc, count, max, sql } from "drizzle-orm";
import { themes } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { DEFAULT_THEMES, type Theme } from "@/server/services/text/themes";

/**
 * A default theme's id, derived from its name. Copying the defaults into an organisation keeps
 * these ids, so a page that listed the defaults can edit one of them by id: the edit copies the
 * defaults, then finds the theme under the same id. Ids lead with org_id in the key, so the same
 * id in two organisations is two rows.
 */
export function defaultThemeId(name: string): string {
  const hex = createHash("sha256").update(`touchpoint default theme:${name}`).digest("hex");
  // Shaped as a version 4, variant 1 UUID so that every id schema accepts it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const DEFAULT_THEME_ROWS = DEFAULT_THEMES.map((theme) => ({ id: defaultThemeId(theme.name), ...theme }));

/** Name order, ignoring case, for the page and for the analyser alike. */
export const themeOrder = [asc(sql`lower(${themes.name})`), asc(themes.id)];

/*
 * Compiling a taxonomy into stems costs far more than the one small query that tells whether it
 * changed, and detectThemes caches its compilation per array. So each organisation's taxonomy is
 * kept as one array, replaced when its row count or latest update differs (every edit bumps
 * updatedAt, a delete changes the count, a reset empties it). Edits in this process also drop
 * the entry at once. In-process only: another process notices through the same version check.
 */
type Cached = { version: string; taxonomy: Theme[] };
const cache = new Map<string, Cached>();
const CACHE_LIMIT = 500;

export function forgetTaxonomy(orgId: string): void {
  cache.delete(orgId);
}

/** The organisation's taxonomy, or the default one while it has no themes of its own. */
export async function taxonomyOf(tenant: TenantDb): Promise<Theme[]> {
  const [stats] = await tenant.selectFields({ rows: count(), latest: max(themes.updatedAt) }, themes);
  const rows = stats?.rows ?? 0;
  if (rows === 0) return DEFAULT_THEMES;
  const version = `${rows}:${stats?.latest ? new Date(stats.latest).toISOString() : ""}`;
  const cached = cache.get(tenant.orgId);
  if (cached?.version === version) return cached.taxonomy;

  const taxonomy = await tenant
    .selectFields({ name: themes.name, terms: themes.terms }, themes)
    .orderBy(...themeOrder);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(tenant.orgId, { version, taxonomy });
  return taxonomy;
}
