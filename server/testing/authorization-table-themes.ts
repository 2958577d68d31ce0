import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { themeJourneys, themes } from "@/db/schema";
import { THEME_PRESET_IDS } from "@/lib/themes/presets";
import { tenantDb } from "@/server/db/tenant-db";
import { PRESET_THEME_IDS, presetRows, themePresetOf } from "@/server/services/themes/taxonomy";
import { createTheme } from "@/server/services/themes/themes";
import { journeyInA } from "./authorization-table-journeys";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";

/** The theme taxonomy rows of authorization-table.ts. Merged into `authorizationTable` there. */

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;
const DIRECTOR = ["director"] as const;

let unique = 0;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

/** A theme of A's own (so A has left the defaults), made the way the director's page makes one. */
export async function themeInA({ db, a }: TableFixtures): Promise<Extra> {
  const scope = { orgId: a.orgId, userId: a.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
  const created = await createTheme(tenantDb(db, a.orgId), scope, {
    name: `Alpha lounge ${++unique}`,
    terms: ["lounge", "quiet room"],
  });
  return { themeId: created.id };
}

/** A journey of A (with a touch point) and a theme of A's own limited to it. */
async function journeyThemeInA(f: TableFixtures): Promise<Extra> {
  const journey = await journeyInA(f);
  const scope = { orgId: f.a.orgId, userId: f.a.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
  const created = await createTheme(tenantDb(f.db, f.a.orgId), scope, {
    name: `Alpha seats ${++unique}`,
    terms: ["seat"],
    journeyIds: [required(journey.journeyId, "journeyId")],
  });
  return { ...journey, themeId: created.id };
}

/** Two themes of A's own, to merge. */
async function twoThemesInA(f: TableFixtures): Promise<Extra> {
  const first = await themeInA(f);
  const second = await themeInA(f);
  return { themeId: first.themeId, otherThemeId: second.themeId };
}

export const themeAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "themes.list": { access: ANY_ROLE, setup: themeInA, input: () => undefined, crossOrg: "own_rows_only" },
  "themes.create": {
    access: DIRECTOR,
    input: () => ({ name: `Parking ${++unique}`, terms: ["parking", "car park"] }),
    crossOrg: "not_applicable",
  },
  "themes.update": {
    access: DIRECTOR,
    setup: journeyThemeInA,
    input: (_f, x) => ({
      themeId: required(x.themeId, "themeId"),
      name: `Lounges ${++unique}`,
      terms: ["lounge"],
      journeyIds: [required(x.journeyId, "journeyId")],
    }),
    crossOrg: "not_found",
  },
  "themes.delete": {
    access: DIRECTOR,
    setup: themeInA,
    input: (_f, x) => ({ themeId: required(x.themeId, "themeId") }),
    crossOrg: "not_found",
  },
  "themes.merge": {
    access: DIRECTOR,
    setup: twoThemesInA,
    input: (_f, x) => ({
      themeIds: [required(x.themeId, "themeId"), required(x.otherThemeId, "otherThemeId")],
      name: `Lounges merged ${++unique}`,
    }),
    crossOrg: "not_found",
  },
  "themes.split": {
    access: DIRECTOR,
    setup: themeInA,
    input: (_f, x) => ({
      themeId: required(x.themeId, "themeId"),
      first: { name: `Lounge ${++unique}`, terms: ["lounge"] },
      second: { name: `Quiet room ${++unique}`, terms: ["quiet room"] },
    }),
    crossOrg: "not_found",
  },
  "themes.insights": {
    access: DIRECTOR,
    setup: themeInA,
    input: () => ({ from: "2026-01-01", to: "2026-03-31" }),
    crossOrg: "own_rows_only",
  },
  "themes.reset": { access: DIRECTOR, setup: themeInA, input: () => undefined, crossOrg: "not_applicable" },
  "themes.switchPreset": {
    access: DIRECTOR,
    setup: themeInA,
    input: () => ({ preset: "retail", reanalyse: true }),
    crossOrg: "not_applicable",
  },
  "themes.suggest": {
    access: DIRECTOR,
    setup: journeyThemeInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "themes.try": {
    access: DIRECTOR,
    setup: themeInA,
    input: () => ({ text: "The lounge was packed and the staff were rude" }),
    crossOrg: "not_applicable",
  },
};

const PRESET_NAMES = new Set(THEME_PRESET_IDS.flatMap((preset) => presetRows(preset).map((theme) => theme.name.toLowerCase())));

/**
 * Ids and names of one organisation's own themes, for the leak checks. Copies of a preset are
 * left out: every organisation on the same preset shows the same ids and names.
 */
export async function themeIdentifiersOf(db: Database, orgId: string, named: (name: string | undefined) => string[]) {
  const rows = await tenantDb(db, orgId).selectFields({ id: themes.id, name: themes.name }, themes);
  return rows.flatMap((theme) => [
    ...(PRESET_THEME_IDS.has(theme.id) ? [] : [theme.id]),
    ...(PRESET_NAMES.has(theme.name.toLowerCase()) ? [] : named(theme.name)),
  ]);
}

/** One organisation's themes, their journeys and its preset, for the "unchanged" checks. */
export async function snapshotThemes(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  return {
    themePreset: await themePresetOf(tenant),
    themes: await tenant
      .selectFields({ id: themes.id, name: themes.name, terms: themes.terms, updatedAt: themes.updatedAt }, themes)
      .orderBy(asc(themes.id)),
    themeJourneys: await tenant
      .selectFields({ themeId: themeJourneys.themeId, journeyId: themeJourneys.journeyId }, themeJourneys)
      .orderBy(asc(themeJourneys.themeId), asc(themeJourneys.journeyId)),
  };
}
