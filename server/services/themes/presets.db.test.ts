import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, feedbackThemeDailyRollups, feedbackThemeMentions, textJobs, themes } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import { ingestFeedback } from "@/server/services/feedback/ingest";
import type { Scope } from "@/server/services/scope";
import { runPendingTextJobs } from "@/server/services/text-model/runner";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { PRESET_THEMES } from "@/server/services/text/theme-presets";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { themeFieldsSchema } from "@/lib/schemas/themes";
import { suggestThemesFor } from "./suggest-query";
import { switchPreset } from "./switch-preset";
import { createTheme, deleteTheme, listThemes, switchThemePreset, updateTheme } from "./themes";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

type Org = { org: OrgFixture; tenant: TenantDb; scope: Scope };

async function freshOrg(preset?: Parameters<typeof switchThemePreset>[2]["preset"]): Promise<Org> {
  const org = await createOrgFixture(testDb.db, "Presets");
  const scope: Scope = { orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] };
  const tenant = tenantDb(testDb.db, org.orgId);
  if (preset) await switchThemePreset(tenant, scope, { preset });
  return { org, tenant, scope };
}

/** A journey with one touch point, made the way the designer makes them. */
async function journeyOf(org: OrgFixture, name: string): Promise<{ journeyId: string; touchPointId: string }> {
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name, status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Buy" });
  const touchPoint = await director.touchPoints.create({ stageId, name: `${name} point`, channel: "web", ownerTeamId: org.teamId });
  return { journeyId, touchPointId: touchPoint.id };
}

async function ingest(tenant: TenantDb, touchPointId: string, comments: string[]): Promise<string[]> {
  const results = await ingestFeedback(
    tenant,
    comments.map((comment, i) => ({ touchPointId, channel: "web" as const, comment, occurredAt: new Date(Date.UTC(2026, 2, 1 + i)) })),
    { source: "api", analyse: await analyserForOrg(tenant) },
  );
  return results.map((result) => result.id);
}

async function themesOf(tenant: TenantDb, id: string): Promise<string[]> {
  const [row] = await tenant.selectFields({ themes: feedback.themes }, feedback, eq(feedback.id, id));
  return row!.themes;
}

const fields = (name: string, terms: string[], journeyIds?: string[]) => themeFieldsSchema.parse({ name, terms, journeyIds });

describe("starting taxonomies", () => {
  it("tags comments with the organisation's own preset, not the airline one", async () => {
    const { org, tenant } = await freshOrg("retail");
    const list = await listThemes(tenant);
    expect(list.preset).toEqual({ id: "retail", label: "Retail and e-commerce" });
    expect(list.isDefault).toBe(true);
    expect(list.themes.map((theme) => theme.name).sort()).toEqual(PRESET_THEMES.retail.map((theme) => theme.name).sort());

    const { touchPointId } = await journeyOf(org, "Shop");
    const [id] = await ingest(tenant, touchPointId, ["Runs small and the fabric is itchy, booking a return"]);
    const found = await themesOf(tenant, id!);
    expect(found).toEqual(expect.arrayContaining(["fit and size", "material and fabric", "returns and refunds"]));
    expect(found).not.toContain("booking and tickets");
  });

  it("gives an organisation that started empty no themes until it adds one, and lets its last theme go", async () => {
    const { org, tenant, scope } = await freshOrg("none");
    expect((await listThemes(tenant)).themes).toEqual([]);
    const { touchPointId } = await journeyOf(org, "Visit");
    const [id] = await ingest(tenant, touchPointId, ["The flight was delayed and my bag was lost"]);
    expect(await themesOf(tenant, id!)).toEqual([]);

    const created = await createTheme(tenant, scope, fields("Parking", ["parking", "car park"]));
    expect((await listThemes(tenant)).themes.map((theme) => theme.name)).toEqual(["Parking"]);
    await deleteTheme(tenant, scope, { themeId: created.id });
    expect((await listThemes(tenant)).themes).toEqual([]);
  });

  it("copies the preset on the first edit, keeping the ids the page showed", async () => {
    const { tenant, scope } = await freshOrg("banking");
    const before = await listThemes(tenant);
    const fees = before.themes.find((theme) => theme.name === "fees and interest")!;
    await updateTheme(tenant, scope, { themeId: fees.id, ...fields("Charges", ["fee", "charge"]) });
    const after = await listThemes(tenant);
    expect(after.isDefault).toBe(false);
    expect(after.preset.id).toBe("banking");
    expect(after.themes).toHaveLength(PRESET_THEMES.banking.length);
    expect(after.themes.find((theme) => theme.id === fees.id)).toMatchObject({ name: "Charges", terms: ["fee", "charge"] });
    expect(after.themes.map((theme) => theme.id).sort()).toEqual(before.themes.map((theme) => theme.id).sort());
  });

  it("switches to another preset, replacing the own themes, and refuses an unknown one at the procedure", async () => {
    const { org, tenant, scope } = await freshOrg();
    await createTheme(tenant, scope, fields("Lounge", ["lounge"]));
    const ownCount = (await listThemes(tenant)).themes.length;
    const result = await switchPreset(tenant, scope, { preset: "hospitality", reanalyse: false });
    expect(result).toEqual({ preset: "hospitality", replaced: ownCount, jobId: null });
    const list = await listThemes(tenant);
    expect(list).toMatchObject({ preset: { id: "hospitality" }, isDefault: true });
    expect(list.themes.map((theme) => theme.name)).not.toContain("Lounge");
    expect(await tenant.selectFields({ id: themes.id }, themes)).toEqual([]);

    const director = await callerAs(testDb.db, org.director);
    await expect(director.themes.switchPreset({ preset: "shipping" as never, reanalyse: false })).rejects.toThrow(
      /shipping\\?" is not a starting taxonomy/,
    );
  });

  it("re-detects stored comments after a switch, moving their mentions and theme rollups", async () => {
    const { org, tenant, scope } = await freshOrg("airline");
    const { touchPointId } = await journeyOf(org, "Shop");
    const [id] = await ingest(tenant, touchPointId, ["The dress runs small and the delivery took weeks"]);
    expect(await themesOf(tenant, id!)).not.toContain("fit and size");

    const { jobId } = await switchPreset(tenant, scope, { preset: "retail", reanalyse: true });
    expect(jobId).not.toBeNull();
    await runPendingTextJobs(testDb.db);
    const [job] = await tenant.selectFields({ status: textJobs.status, done: textJobs.done }, textJobs, eq(textJobs.id, jobId!));
    expect(job).toEqual({ status: "completed", done: 1 });
    expect((await themesOf(tenant, id!)).sort()).toEqual(["delivery", "fit and size"]);
    const mentions = await tenant.selectFields({ theme: feedbackThemeMentions.theme }, feedbackThemeMentions);
    expect(mentions.map((mention) => mention.theme).sort()).toEqual(["delivery", "fit and size"]);
    const rollups = await tenant.selectFields(
      { theme: feedbackThemeDailyRollups.theme, mentions: sql<number>`sum(${feedbackThemeDailyRollups.mentions})::int` },
      feedbackThemeDailyRollups,
    ).groupBy(feedbackThemeDailyRollups.theme);
    expect(rollups.filter((row) => row.mentions > 0).map((row) => row.theme).sort()).toEqual(["delivery", "fit and size"]);
  });

  it("refuses a switch with re-analysis while a text job runs, and then changes nothing", async () => {
    const { tenant, scope } = await freshOrg("airline");
    await switchPreset(tenant, scope, { preset: "retail", reanalyse: true });
    await expect(switchPreset(tenant, scope, { preset: "telecom", reanalyse: true })).rejects.toThrow(ConflictError);
    expect((await listThemes(tenant)).preset.id).toBe("retail");
    await runPendingTextJobs(testDb.db);
  });
});

describe("themes limited to journeys", () => {
  it("tags a response with a journey's theme only on that journey's touch points", async () => {
    const { org, tenant, scope } = await freshOrg("retail");
    const online = await journeyOf(org, "Online");
    const store = await journeyOf(org, "Store");
    const theme = await createTheme(tenant, scope, fields("Click and collect", ["click and collect", "collection point"], [store.journeyId]));
    expect(theme.journeyIds).toEqual([store.journeyId]);

    const [atStore] = await ingest(tenant, store.touchPointId, ["Click and collect took ages"]);
    const [atOnline] = await ingest(tenant, online.touchPointId, ["Click and collect took ages"]);
    expect(await themesOf(tenant, atStore!)).toContain("Click and collect");
    expect(await themesOf(tenant, atOnline!)).not.toContain("Click and collect");

    const listed = (await listThemes(tenant)).themes.find((row) => row.id === theme.id)!;
    expect(listed.journeyIds).toEqual([store.journeyId]);
    // Every journey again: the online response's next comment gets it too.
    await updateTheme(tenant, scope, { themeId: theme.id, ...fields("Click and collect", ["click and collect"], []) });
    const [later] = await ingest(tenant, online.touchPointId, ["Click and collect was quick"]);
    expect(await themesOf(tenant, later!)).toContain("Click and collect");
  });

  it("limits a preset theme to a journey by copying the preset first, and keeps journeys when an edit omits them", async () => {
    const { org, tenant, scope } = await freshOrg("retail");
    const store = await journeyOf(org, "Store");
    const online = await journeyOf(org, "Online");
    const preset = (await listThemes(tenant)).themes.find((theme) => theme.name === "store experience")!;
    await updateTheme(tenant, scope, { themeId: preset.id, ...fields("store experience", preset.terms, [store.journeyId]) });
    await updateTheme(tenant, scope, { themeId: preset.id, ...fields("In the shop", preset.terms) });
    expect((await listThemes(tenant)).themes.find((theme) => theme.id === preset.id)).toMatchObject({
      name: "In the shop",
      journeyIds: [store.journeyId],
    });
    const [id] = await ingest(tenant, online.touchPointId, ["The fitting room was crowded"]);
    expect(await themesOf(tenant, id!)).not.toContain("In the shop");
  });

  it("refuses a journey of another organisation, naming it", async () => {
    const { tenant, scope } = await freshOrg("retail");
    const other = await freshOrg("retail");
    const theirs = await journeyOf(other.org, "Theirs");
    const attempt = createTheme(tenant, scope, fields("Gifts", ["gift"], [theirs.journeyId]));
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toThrow(theirs.journeyId);
    expect((await listThemes(tenant)).isDefault).toBe(true);
  });
});

describe("suggesting themes from the organisation's comments", () => {
  it("proposes a frequent phrase no theme covers, with its volume and examples, for one journey", async () => {
    const { org, tenant } = await freshOrg("retail");
    const shop = await journeyOf(org, "Shop");
    const other = await journeyOf(org, "Other");
    const comments = [
      "The gift card balance vanished",
      "My gift card was not accepted",
      "Could not use the gift card online",
      "Gift card expired too soon",
      "Lovely staff in the store",
      "Dress runs small",
    ];
    await ingest(tenant, shop.touchPointId, comments);
    await ingest(tenant, other.touchPointId, ["The staff were lovely", "Runs small again"]);

    const result = await suggestThemesFor(tenant, { journeyId: shop.journeyId });
    expect(result.sample).toBe(comments.length);
    expect(result.background).toBe(2);
    const gift = result.candidates.find((candidate) => candidate.name === "gift card" || candidate.terms.includes("gift card"));
    // "gift card" is a retail term (checkout and payment): covered, so not proposed.
    expect(gift).toBeUndefined();
    const balance = result.candidates.map((candidate) => candidate.name);
    expect(balance).not.toContain("staff");
  });

  it("finds a phrase of a taxonomy that lacks it, and reports a journey of another organisation as not found", async () => {
    const { org, tenant } = await freshOrg("none");
    const shop = await journeyOf(org, "Shop");
    await ingest(tenant, shop.touchPointId, [
      "The loyalty points never arrived",
      "Loyalty points expired",
      "Where are my loyalty points?",
      "Great shop",
    ]);
    const result = await suggestThemesFor(tenant, {});
    const loyalty = result.candidates.find((candidate) => candidate.terms.some((term) => term.includes("loyalty")));
    expect(loyalty).toBeDefined();
    expect(loyalty!.comments).toBe(3);
    expect(loyalty!.examples).toHaveLength(3);

    const stranger = await freshOrg("none");
    await expect(suggestThemesFor(stranger.tenant, { journeyId: shop.journeyId })).rejects.toThrow(NotFoundError);
  });
});
