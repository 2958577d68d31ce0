import { eq, sql } from "drizzle-orm";
import { themes } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { stems } from "@/server/services/text/themes";
import type { ThemeFields } from "./schemas";
import { DEFAULT_THEME_ROWS, forgetTaxonomy, themeOrder } from "./taxonomy";

export type ThemeRow = { id: string; name: string; terms: string[] };

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;

const DEFAULT_LIST = [...DEFAULT_THEME_ROWS].sort(byName);

async function ownThemes(tenant: TenantDb): Promise<ThemeRow[]> {
  return tenant.selectFields({ id: themes.id, name: themes.name, terms: themes.terms }, themes).orderBy(...themeOrder);
}

/** The organisation's themes, or the default taxonomy (marked `isDefault`) while it has none. */
export async function listThemes(tenant: TenantDb): Promise<{ isDefault: boolean; themes: ThemeRow[] }> {
  const rows = await ownThemes(tenant);
  if (rows.length > 0) return { isDefault: false, themes: rows };
  return { isDefault: true, themes: DEFAULT_LIST.map(({ id, name, terms }) => ({ id, name, terms: [...terms] })) };
}

/** A term that stems to nothing (only punctuation or numbers) could never match anything. */
function checkTermsMatchable(terms: string[]): void {
  const unmatchable = terms.find((term) => stems(term).length === 0);
  if (unmatchable !== undefined) {
    throw new ValidationError(`"${unmatchable}" has no words to match; use letters, not only numbers or punctuation`, "terms");
  }
}

function checkNameFree(rows: ThemeRow[], name: string, exceptId?: string): void {
  const taken = rows.find((row) => row.id !== exceptId && row.name.toLowerCase() === name.toLowerCase());
  if (taken) throw new ConflictError(`A theme called ${taken.name} already exists`);
}

/**
 * Runs one edit against the organisation's own themes. An organisation still on the default
 * taxonomy gets a copy of it first, in the same transaction, so the edit applies to that copy and
 * a failed edit leaves it on the defaults.
 */
async function editTaxonomy<T>(
  tenant: TenantDb,
  scope: Scope,
  edit: (tenantTx: TenantDb, rows: ThemeRow[]) => Promise<T>,
): Promise<T> {
  const result = await tenant.transaction(async (tenantTx) => {
    // Serialises edits of one organisation's taxonomy, so two first edits cannot both copy.
    await tenantTx.execute((orgId) => sql`select pg_advisory_xact_lock(hashtext(${`themes:${orgId}`}))`);
    let rows = await ownThemes(tenantTx);
    if (rows.length === 0) {
      rows = DEFAULT_THEME_ROWS.map(({ id, name, terms }) => ({ id, name, terms: [...terms] }));
      await tenantTx.insert(themes, rows);
      await recordAudit(tenantTx, {
        actorId: scope.userId,
        action: "themes.defaults_copied",
        entityType: "theme_taxonomy",
        after: { themes: rows.length },
      });
    }
    return edit(tenantTx, rows);
  });
  forgetTaxonomy(tenant.orgId);
  return result;
}

export async function createTheme(tenant: TenantDb, scope: Scope, input: ThemeFields): Promise<ThemeRow> {
  checkTermsMatchable(input.terms);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    checkNameFree(rows, input.name);
    const [row] = await tenantTx
      .insert(themes, { name: input.name, terms: input.terms })
      .returning({ id: themes.id, name: themes.name, terms: themes.terms });
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "theme.created",
      entityType: "theme",
      entityId: row!.id,
      after: input,
    });
    return row!;
  });
}

/** Whether the theme exists for this organisation (its own rows, or the defaults it still uses). */
async function checkThemeExists(tenant: TenantDb, themeId: string): Promise<void> {
  const { themes: current } = await listThemes(tenant);
  if (!current.some((theme) => theme.id === themeId)) throw new NotFoundError("Theme");
}

export async function updateTheme(tenant: TenantDb, scope: Scope, input: ThemeFields & { themeId: string }): Promise<ThemeRow> {
  checkTermsMatchable(input.terms);
  // Checked before copying the defaults, so an unknown id changes nothing at all.
  await checkThemeExists(tenant, input.themeId);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    const before = rows.find((row) => row.id === input.themeId);
    if (!before) throw new NotFoundError("Theme");
    checkNameFree(rows, input.name, input.themeId);
    const [row] = await tenantTx
      .update(themes, { name: input.name, terms: input.terms }, eq(themes.id, input.themeId))
      .returning({ id: themes.id, name: themes.name, terms: themes.terms });
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "theme.updated",
      entityType: "theme",
      entityId: input.themeId,
      before: { name: before.name, terms: before.terms },
      after: { name: input.name, terms: input.terms },
    });
    return row!;
  });
}

export async function deleteTheme(tenant: TenantDb, scope: Scope, input: { themeId: string }): Promise<{ id: string }> {
  await checkThemeExists(tenant, input.themeId);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    const before = rows.find((row) => row.id === input.themeId);
    if (!before) throw new NotFoundError("Theme");
    // No rows means "use the defaults", so the last theme cannot go: that would bring all of them back.
    if (rows.length === 1) {
      throw new ConflictError(`${before.name} is the only theme left; add another first, or reset to the defaults`);
    }
    await tenantTx.delete(themes, eq(themes.id, input.themeId));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "theme.deleted",
      entityType: "theme",
      entityId: input.themeId,
      before: { name: before.name, terms: before.terms },
    });
    return { id: input.themeId };
  });
}

/** Drops the organisation's own themes, so the default taxonomy applies again. */
export async function resetThemes(tenant: TenantDb, scope: Scope): Promise<{ isDefault: true; removed: number }> {
  const removed = await tenant.transaction(async (tenantTx) => {
    const gone = await tenantTx.delete(themes, sql`true`).returning({ id: themes.id, name: themes.name });
    if (gone.length > 0) {
      await recordAudit(tenantTx, {
        actorId: scope.userId,
        action: "themes.reset",
        entityType: "theme_taxonomy",
        before: { themes: gone.map((theme) => theme.name) },
      });
    }
    return gone.length;
  });
  forgetTaxonomy(tenant.orgId);
  return { isDefault: true, removed };
}

/** What ingest would store for a sample comment with the organisation's taxonomy. */
export async function tryComment(tenant: TenantDb, input: { text: string }) {
  const analyse = await analyserForOrg(tenant);
  const { themes: found, sentiment, sentimentLabel } = analyse(input.text);
  return { themes: found, sentiment: { score: sentiment, label: sentimentLabel } };
}
