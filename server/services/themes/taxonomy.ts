import "server-only";
import { createHash } from "node:crypto";
import { asc, sql } from "drizzle-orm";
import { themeJourneys, themes } from "@/db/schema";
import { THEME_PRESET_IDS, type ThemePresetId } from "@/lib/themes/presets";
import type { TenantDb } from "@/server/db/tenant-db";
import { rowsOf } from "@/server/services/feedback/unnest";
import { PRESET_THEMES } from "@/server/services/text/theme-presets";
import type { Theme } from "@/server/services/text/themes";

/**
 * A preset theme's id, derived from the preset and the theme's name. Copying a preset into an
 * organisation keeps these ids, so a page that listed the preset can edit one of its themes by
 * id: the edit copies the preset, then finds the theme under the same id. Ids lead with org_id in
 * the key, so the same id in two organisations is two rows. The airline preset keeps the ids it
 * had when it was the only default taxonomy.
 */
export function presetThemeId(preset: ThemePresetId, name: string): string {
  const seed = preset === "airline" ? `touchpoint default theme:${name}` : `touchpoint ${preset} theme:${name}`;
  const hex = createHash("sha256").update(seed).digest("hex");
  // Shaped as a version 4, variant 1 UUID so that every id schema accepts it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The airline preset's id for a theme name (the default taxonomy before there were presets). */
export const defaultThemeId = (name: string) => presetThemeId("airline", name);

export type ThemeRow = { id: string; name: string; terms: string[] };

/** A preset's themes as rows, with their derived ids, in the preset's order. */
export function presetRows(preset: ThemePresetId): ThemeRow[] {
  return PRESET_THEMES[preset].map((theme) => ({ id: presetThemeId(preset, theme.name), name: theme.name, terms: [...theme.terms] }));
}

export const DEFAULT_THEME_ROWS = presetRows("airline");

/** Every preset theme's id, whatever the preset: the leak checks leave them out. */
export const PRESET_THEME_IDS = new Set(THEME_PRESET_IDS.flatMap((preset) => presetRows(preset).map((row) => row.id)));

/** Name order, ignoring case, for the page and for the analyser alike. */
export const themeOrder = [asc(sql`lower(${themes.name})`), asc(themes.id)];

const isPreset = (value: unknown): value is ThemePresetId => THEME_PRESET_IDS.includes(value as ThemePresetId);

/** The taxonomy the organisation started from (organizations.theme_preset). */
export async function themePresetOf(tenant: TenantDb): Promise<ThemePresetId> {
  const [row] = rowsOf<{ preset: string }>(
    await tenant.execute((orgId) => sql`select theme_preset as preset from organizations where id = ${orgId}`),
  );
  // A value written outside the app that no preset has reads as the airline taxonomy, the column's default.
  return isPreset(row?.preset) ? row.preset : "airline";
}

/** A theme with the journeys it applies to (none: every journey). */
export type ScopedTheme = Theme & { journeyIds: string[] };

/**
 * One organisation's taxonomy: every theme (for names and corrections) and, per journey, the
 * themes that apply to it. `forJourney` gives the same array for the same journey each time, so
 * detectThemes compiles it once.
 */
export type OrgTaxonomy = {
  preset: ThemePresetId;
  /** False while the organisation uses its preset unchanged (it has no themes of its own). */
  own: boolean;
  all: Theme[];
  scoped: ScopedTheme[];
  /** Whether some theme is limited to chosen journeys (else forJourney always gives `all`). */
  limited: boolean;
  forJourney(journeyId: string | null): Theme[];
};

function orgTaxonomy(
  preset: ThemePresetId,
  own: boolean,
  scoped: ScopedTheme[],
  all: Theme[] = scoped.map(({ name, terms }) => ({ name, terms })),
): OrgTaxonomy {
  const limited = scoped.some((theme) => theme.journeyIds.length > 0);
  const perJourney = new Map<string | null, Theme[]>();
  return {
    preset,
    own,
    all,
    scoped,
    limited,
    forJourney(journeyId) {
      if (!limited) return all;
      let taxonomy = perJourney.get(journeyId);
      if (!taxonomy) {
        taxonomy = scoped
          .filter((theme) => theme.journeyIds.length === 0 || (journeyId !== null && theme.journeyIds.includes(journeyId)))
          .map(({ name, terms }) => ({ name, terms }));
        perJourney.set(journeyId, taxonomy);
      }
      return taxonomy;
    },
  };
}

const presetTaxonomies = new Map<ThemePresetId, OrgTaxonomy>();

function presetTaxonomy(preset: ThemePresetId): OrgTaxonomy {
  let taxonomy = presetTaxonomies.get(preset);
  if (!taxonomy) {
    const themesOfPreset = PRESET_THEMES[preset];
    // The preset's own constant array, the one the benches and tests measure and compile.
    taxonomy = orgTaxonomy(preset, false, themesOfPreset.map((theme) => ({ ...theme, journeyIds: [] })), themesOfPreset);
    presetTaxonomies.set(preset, taxonomy);
  }
  return taxonomy;
}

/*
 * Compiling a taxonomy into stems costs far more than the one small query that tells whether it
 * changed, and detectThemes caches its compilation per array. So each organisation's taxonomy is
 * kept, replaced when its preset, its theme count, its latest update or its count of journey
 * limits differs (every edit bumps updatedAt, a delete changes the count, a reset empties it,
 * removing a journey removes its limits). Edits in this process also drop the entry at once.
 * In-process only: another process notices through the same version check.
 */
type Cached = { version: string; taxonomy: OrgTaxonomy };
const cache = new Map<string, Cached>();
const CACHE_LIMIT = 500;

export function forgetTaxonomy(orgId: string): void {
  cache.delete(orgId);
}

type Version = { preset: string | null; rows: number; latest: string | null; limits: number };

async function versionOf(tenant: TenantDb): Promise<Version> {
  const [row] = rowsOf<Version>(
    await tenant.execute(
      (orgId) => sql`select
        (select theme_preset from organizations where id = ${orgId}) as preset,
        (select count(*)::int from themes where org_id = ${orgId}) as rows,
        (select max(updated_at)::text from themes where org_id = ${orgId}) as latest,
        (select count(*)::int from theme_journeys where org_id = ${orgId}) as limits`,
    ),
  );
  return row ?? { preset: null, rows: 0, latest: null, limits: 0 };
}

/** The organisation's taxonomy: its own themes, or its preset's while it has none. */
export async function orgTaxonomyOf(tenant: TenantDb): Promise<OrgTaxonomy> {
  const version = await versionOf(tenant);
  const preset = isPreset(version.preset) ? version.preset : "airline";
  if (Number(version.rows) === 0) return presetTaxonomy(preset);
  const key = `${preset}:${version.rows}:${version.latest ?? ""}:${version.limits}`;
  const cached = cache.get(tenant.orgId);
  if (cached?.version === key) return cached.taxonomy;

  const rows = await tenant.selectFields({ id: themes.id, name: themes.name, terms: themes.terms }, themes).orderBy(...themeOrder);
  const limits = await tenant.selectFields({ themeId: themeJourneys.themeId, journeyId: themeJourneys.journeyId }, themeJourneys);
  const scoped = rows.map((row) => ({
    name: row.name,
    terms: row.terms,
    journeyIds: limits.filter((limit) => limit.themeId === row.id).map((limit) => limit.journeyId),
  }));
  const taxonomy = orgTaxonomy(preset, true, scoped);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(tenant.orgId, { version: key, taxonomy });
  return taxonomy;
}

/** Every theme of the organisation's taxonomy (its own, or its preset's while it has none). */
export async function taxonomyOf(tenant: TenantDb): Promise<Theme[]> {
  return (await orgTaxonomyOf(tenant)).all;
}
