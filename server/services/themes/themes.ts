import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { journeys, organizations, themeJourneys, themes } from "@/db/schema";
import { THEME_PRESETS, type ThemePresetId } from "@/lib/themes/presets";
import type { TenantDb, TenantTx } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { stems } from "@/server/services/text/themes";
import { THEME_TERMS_MAX, type MergeThemesInput, type SplitThemeInput, type ThemeFields } from "@/lib/schemas/themes";
import { forgetTaxonomy, presetRows, themeOrder, themePresetOf, type ThemeRow } from "./taxonomy";

export type { ThemeRow } from "./taxonomy";

/** A theme as the page shows it: with the journeys it is limited to (none: every journey). */
export type ListedTheme = ThemeRow & { journeyIds: string[] };

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;

async function ownThemes(tenant: TenantDb): Promise<ThemeRow[]> {
  return tenant.selectFields({ id: themes.id, name: themes.name, terms: themes.terms }, themes).orderBy(...themeOrder);
}

const presetLabel = (preset: ThemePresetId) => THEME_PRESETS.find((option) => option.id === preset)!.label;

/**
 * The organisation's themes with their journeys, or its starting preset's (marked `isDefault`)
 * while it has none of its own. `preset` is the taxonomy it started from (or last switched to).
 */
export async function listThemes(tenant: TenantDb): Promise<{
  preset: { id: ThemePresetId; label: string };
  isDefault: boolean;
  themes: ListedTheme[];
}> {
  const presetId = await themePresetOf(tenant);
  const preset = { id: presetId, label: presetLabel(presetId) };
  const rows = await ownThemes(tenant);
  if (rows.length === 0) {
    return { preset, isDefault: true, themes: presetRows(presetId).sort(byName).map((row) => ({ ...row, journeyIds: [] })) };
  }
  const limits = await tenant.selectFields({ themeId: themeJourneys.themeId, journeyId: themeJourneys.journeyId }, themeJourneys);
  return {
    preset,
    isDefault: false,
    themes: rows.map((row) => ({ ...row, journeyIds: limits.filter((limit) => limit.themeId === row.id).map((limit) => limit.journeyId) })),
  };
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
 * Runs one edit against the organisation's own themes. An organisation still on its preset gets
 * a copy of it first, in the same transaction, so the edit applies to that copy and a failed edit
 * leaves it on the preset.
 */
async function editTaxonomy<T>(
  tenant: TenantDb,
  scope: Scope,
  edit: (tenantTx: TenantTx, rows: ThemeRow[]) => Promise<T>,
): Promise<T> {
  const result = await tenant.transaction(async (tenantTx) => {
    // Serialises edits of one organisation's taxonomy, so two first edits cannot both copy.
    await tenantTx.execute((orgId) => sql`select pg_advisory_xact_lock(hashtext(${`themes:${orgId}`}))`);
    let rows = await ownThemes(tenantTx);
    if (rows.length === 0) {
      const preset = await themePresetOf(tenantTx);
      rows = presetRows(preset);
      if (rows.length > 0) {
        await tenantTx.insert(themes, rows);
        await recordAudit(tenantTx, {
          actorId: scope.userId,
          action: "themes.defaults_copied",
          entityType: "theme_taxonomy",
          after: { preset, themes: rows.length },
        });
      }
    }
    return edit(tenantTx, rows);
  });
  forgetTaxonomy(tenant.orgId);
  return result;
}

/** Refuses a journey that is not one of the organisation's, naming it. */
async function checkJourneysExist(tenant: TenantDb, journeyIds: string[] | undefined): Promise<void> {
  if (!journeyIds?.length) return;
  const found = await tenant.selectFields({ id: journeys.id }, journeys, inArray(journeys.id, journeyIds));
  const unknown = journeyIds.find((id) => !found.some((row) => row.id === id));
  if (unknown !== undefined) throw new ValidationError(`No journey has the id "${unknown}"`, "journeyIds");
}

/** Limits a theme to these journeys (none: every journey), replacing its earlier limits. */
async function limitToJourneys(tenantTx: TenantDb, themeId: string, journeyIds: string[]): Promise<void> {
  await tenantTx.delete(themeJourneys, eq(themeJourneys.themeId, themeId));
  if (journeyIds.length > 0) await tenantTx.insert(themeJourneys, journeyIds.map((journeyId) => ({ themeId, journeyId })));
}

async function journeysOfTheme(tenant: TenantDb, themeId: string): Promise<string[]> {
  const rows = await tenant.selectFields({ journeyId: themeJourneys.journeyId }, themeJourneys, eq(themeJourneys.themeId, themeId));
  return rows.map((row) => row.journeyId);
}

export async function createTheme(tenant: TenantDb, scope: Scope, input: ThemeFields): Promise<ListedTheme> {
  checkTermsMatchable(input.terms);
  await checkJourneysExist(tenant, input.journeyIds);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    checkNameFree(rows, input.name);
    const [row] = await tenantTx
      .insert(themes, { name: input.name, terms: input.terms })
      .returning({ id: themes.id, name: themes.name, terms: themes.terms });
    const journeyIds = input.journeyIds ?? [];
    await limitToJourneys(tenantTx, row!.id, journeyIds);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "theme.created",
      entityType: "theme",
      entityId: row!.id,
      after: { name: input.name, terms: input.terms, journeyIds },
    });
    return { ...row!, journeyIds };
  });
}

/** Whether the themes exist for this organisation (its own rows, or the preset it still uses). */
async function checkThemeExists(tenant: TenantDb, ...themeIds: string[]): Promise<void> {
  const { themes: current } = await listThemes(tenant);
  if (!themeIds.every((id) => current.some((theme) => theme.id === id))) throw new NotFoundError("Theme");
}

/** Changes a theme's name and terms, and its journeys when `journeyIds` is given. */
export async function updateTheme(tenant: TenantDb, scope: Scope, input: ThemeFields & { themeId: string }): Promise<ListedTheme> {
  checkTermsMatchable(input.terms);
  // Checked before copying the preset, so an unknown id changes nothing at all.
  await checkThemeExists(tenant, input.themeId);
  await checkJourneysExist(tenant, input.journeyIds);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    const before = rows.find((row) => row.id === input.themeId);
    if (!before) throw new NotFoundError("Theme");
    checkNameFree(rows, input.name, input.themeId);
    const journeysBefore = await journeysOfTheme(tenantTx, input.themeId);
    // Always written, so updated_at moves and every server's taxonomy cache sees the new journeys.
    const [row] = await tenantTx
      .update(themes, { name: input.name, terms: input.terms, updatedAt: new Date() }, eq(themes.id, input.themeId))
      .returning({ id: themes.id, name: themes.name, terms: themes.terms });
    const journeyIds = input.journeyIds ?? journeysBefore;
    if (input.journeyIds) await limitToJourneys(tenantTx, input.themeId, journeyIds);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "theme.updated",
      entityType: "theme",
      entityId: input.themeId,
      before: { name: before.name, terms: before.terms, journeyIds: journeysBefore },
      after: { name: input.name, terms: input.terms, journeyIds },
    });
    return { ...row!, journeyIds };
  });
}

export async function deleteTheme(tenant: TenantDb, scope: Scope, input: { themeId: string }): Promise<{ id: string }> {
  await checkThemeExists(tenant, input.themeId);
  return editTaxonomy(tenant, scope, async (tenantTx, rows) => {
    const before = rows.find((row) => row.id === input.themeId);
    if (!before) throw new NotFoundError("Theme");
    // No rows means "use the preset", so the last theme cannot go: that would bring all of its themes
    // back. Starting empty is its own choice (switch to "Start empty").
    if (rows.length === 1 && (await themePresetOf(tenantTx)) !== "none") {
      throw new ConflictError(`${before.name} is the only theme left; add another first, or switch to "Start empty"`);
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
    // Both halves keep the journeys the theme was limited to.
    await limitToJourneys(tenantTx, second!.id, await journeysOfTheme(tenantTx, before.id));
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

/** Drops the organisation's own themes, so its starting preset applies again. */
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

/**
 * Replaces the taxonomy by another preset (or the empty one): the organisation's own themes and
 * their journeys go, and the preset applies to comments from now on. Stored comments keep their
 * themes until re-analysed (themes/switch-preset.ts queues that). Returns how many themes were
 * replaced.
 */
export async function switchThemePreset(
  tenant: TenantDb,
  scope: Scope,
  input: { preset: ThemePresetId },
): Promise<{ preset: ThemePresetId; replaced: number }> {
  const replaced = await tenant.transaction(async (tenantTx) => {
    await tenantTx.execute((orgId) => sql`select pg_advisory_xact_lock(hashtext(${`themes:${orgId}`}))`);
    const before = await themePresetOf(tenantTx);
    const own = await tenantTx.delete(themes, sql`true`).returning({ name: themes.name });
    const replacedNames = own.length > 0 ? own.map((theme) => theme.name) : presetRows(before).map((theme) => theme.name);
    await tenantTx.execute(
      (orgId) => sql`update ${organizations} set theme_preset = ${input.preset}, updated_at = now() where id = ${orgId}`,
    );
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "themes.preset_switched",
      entityType: "theme_taxonomy",
      before: { preset: before, themes: replacedNames },
      after: { preset: input.preset, themes: presetRows(input.preset).length },
    });
    return replacedNames.length;
  });
  forgetTaxonomy(tenant.orgId);
  return { preset: input.preset, replaced };
}

/** What ingest would store for a sample comment with the organisation's taxonomy. */
export async function tryComment(tenant: TenantDb, input: { text: string }) {
  const analyse = await analyserForOrg(tenant);
  const { themes: found, sentiment, sentimentLabel } = analyse(input.text);
  return { themes: found, sentiment: { score: sentiment, label: sentimentLabel } };
}
