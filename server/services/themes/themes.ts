import { eq, inArray, sql } from "drizzle-orm";
import { themes } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { stems } from "@/server/services/text/themes";
import { THEME_TERMS_MAX, type MergeThemesInput, type SplitThemeInput, type ThemeFields } from "./schemas";
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

/** Whether the themes exist for this organisation (its own rows, or the defaults it still uses). */
async function checkThemeExists(tenant: TenantDb, ...themeIds: string[]): Promise<void> {
  const { themes: current } = await listThemes(tenant);
  if (!themeIds.every((id) => current.some((theme) => theme.id === id))) throw new NotFoundError("Theme");
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

/**
 * Two or more themes become one: the first chosen keeps its id and takes the name and every word
 * and phrase of all of them (in the order chosen, each once); the others are removed.
 */
export async function mergeThemes(tenant: TenantDb, scope: Scope, input: MergeThemesInput): Promise<ThemeRow> {
  // Checked before copying the defaults, so an unknown id changes nothing at all.
  await checkThemeExists(tenant, ...input.themeIds);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    const merged = input.themeIds.map((id) => rows.find((row) => row.id === id));
    if (merged.some((row) => row === undefined)) throw new NotFoundError("Theme");
    const [kept, ...removed] = merged as ThemeRow[];
    checkNameFree(rows.filter((row) => !input.themeIds.includes(row.id)), input.name);
    const terms = [...new Set(merged.flatMap((row) => row!.terms))];
    if (terms.length > THEME_TERMS_MAX) {
      throw new ValidationError(
        `Together these themes have ${terms.length} words and phrases; a theme has at most ${THEME_TERMS_MAX}. Remove some first`,
        "themeIds",
      );
    }
    // Removed first: the merged theme may take the name of one of them.
    await tenantTx.delete(themes, inArray(themes.id, removed.map((row) => row.id)));
    const [row] = await tenantTx
      .update(themes, { name: input.name, terms }, eq(themes.id, kept!.id))
      .returning({ id: themes.id, name: themes.name, terms: themes.terms });
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "theme.merged",
      entityType: "theme",
      entityId: kept!.id,
      before: { themes: merged.map((theme) => ({ id: theme!.id, name: theme!.name, terms: theme!.terms })) },
      after: { name: input.name, terms },
    });
    return row!;
  });
}

/**
 * One theme becomes two. Every word and phrase of the theme goes to exactly one side; the first
 * side keeps the theme's id, the second is a new theme.
 */
export async function splitTheme(
  tenant: TenantDb,
  scope: Scope,
  input: SplitThemeInput,
): Promise<{ first: ThemeRow; second: ThemeRow }> {
  await checkThemeExists(tenant, input.themeId);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    const before = rows.find((row) => row.id === input.themeId);
    if (!before) throw new NotFoundError("Theme");
    const assigned = [...input.first.terms, ...input.second.terms];
    const unknown = assigned.find((term) => !before.terms.includes(term));
    if (unknown !== undefined) {
      throw new ValidationError(`"${unknown}" is not one of the words and phrases of ${before.name}`, "terms");
    }
    const unassigned = before.terms.find((term) => !assigned.includes(term));
    if (unassigned !== undefined) {
      throw new ValidationError(`"${unassigned}" is in neither theme; put it in one of the two`, "terms");
    }
    const others = rows.filter((row) => row.id !== before.id);
    checkNameFree(others, input.first.name);
    checkNameFree(others, input.second.name);
    const returning = { id: themes.id, name: themes.name, terms: themes.terms };
    const [first] = await tenantTx
      .update(themes, { name: input.first.name, terms: input.first.terms }, eq(themes.id, before.id))
      .returning(returning);
    const [second] = await tenantTx
      .insert(themes, { name: input.second.name, terms: input.second.terms })
      .returning(returning);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "theme.split",
      entityType: "theme",
      entityId: before.id,
      before: { name: before.name, terms: before.terms },
      after: { themes: [first!, second!] },
    });
    return { first: first!, second: second! };
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
