import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, feedback, themes } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import { ingestFeedback } from "@/server/services/feedback/ingest";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { DEFAULT_THEMES } from "@/server/services/text/themes";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { themeFieldsSchema } from "./schemas";
import { createTheme, deleteTheme, listThemes, resetThemes, tryComment, updateTheme } from "./themes";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

type Org = { org: OrgFixture; tenant: TenantDb; scope: Scope };

async function freshOrg(label = "Themes"): Promise<Org> {
  const org = await createOrgFixture(testDb.db, label);
  const scope: Scope = { orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] };
  return { org, tenant: tenantDb(testDb.db, org.orgId), scope };
}

const fields = (name: string, terms: string[]) => themeFieldsSchema.parse({ name, terms });

async function storedRows(tenant: TenantDb) {
  return tenant.selectFields({ id: themes.id, name: themes.name, terms: themes.terms }, themes);
}

/** A touch point to send feedback to, made the way the designer makes one. */
async function touchPointOf(org: OrgFixture): Promise<string> {
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Fly", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Wait" });
  return (await director.touchPoints.create({ stageId, name: "Lounge", channel: "in_person", ownerTeamId: org.teamId })).id;
}

describe("theme taxonomy", () => {
  it("lists the default taxonomy, marked as such, for an organisation that has not edited it", async () => {
    const { tenant } = await freshOrg();
    const list = await listThemes(tenant);
    expect(list.isDefault).toBe(true);
    expect(list.themes.map((theme) => theme.name).sort()).toEqual(DEFAULT_THEMES.map((theme) => theme.name).sort());
    expect(await storedRows(tenant)).toEqual([]);
  });

  it("copies the defaults on the first edit, then applies the edit, and records both", async () => {
    const { tenant, scope } = await freshOrg();
    const created = await createTheme(tenant, scope, fields("Lounge", ["Lounge ", "quiet room", "lounge"]));
    expect(created.terms).toEqual(["lounge", "quiet room"]);

    const list = await listThemes(tenant);
    expect(list.isDefault).toBe(false);
    const names = list.themes.map((theme) => theme.name);
    expect(names).toHaveLength(DEFAULT_THEMES.length + 1);
    expect(names).toEqual(expect.arrayContaining(["Lounge", ...DEFAULT_THEMES.map((theme) => theme.name)]));
    const baggage = list.themes.find((theme) => theme.name === "baggage");
    expect(baggage?.terms).toEqual(DEFAULT_THEMES.find((theme) => theme.name === "baggage")?.terms);

    const actions = (await tenant.selectFields({ action: auditLog.action }, auditLog)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["themes.defaults_copied", "theme.created"]));
  });

  it("edits a default theme by the id the default list showed", async () => {
    const { tenant, scope } = await freshOrg();
    const before = await listThemes(tenant);
    const baggage = before.themes.find((theme) => theme.name === "baggage")!;
    await updateTheme(tenant, scope, { themeId: baggage.id, ...fields("Bags", ["bag", "suitcase"]) });
    const after = await listThemes(tenant);
    expect(after.isDefault).toBe(false);
    expect(after.themes.find((theme) => theme.id === baggage.id)).toEqual({ id: baggage.id, name: "Bags", terms: ["bag", "suitcase"] });
    expect(after.themes.some((theme) => theme.name === "baggage")).toBe(false);
  });

  it("refuses a name already used, ignoring case, and leaves the organisation on the defaults when that was the first edit", async () => {
    const { tenant, scope } = await freshOrg();
    await expect(createTheme(tenant, scope, fields("BAGGAGE", ["trunk"]))).rejects.toThrow(ConflictError);
    expect((await listThemes(tenant)).isDefault).toBe(true);

    const lounge = await createTheme(tenant, scope, fields("Lounge", ["lounge"]));
    await expect(updateTheme(tenant, scope, { themeId: lounge.id, ...fields("Cleanliness", ["lounge"]) })).rejects.toThrow(
      "A theme called cleanliness already exists",
    );
    // Renaming a theme to a new case of its own name is not a conflict.
    const renamed = await updateTheme(tenant, scope, { themeId: lounge.id, ...fields("LOUNGE", ["lounge"]) });
    expect(renamed.name).toBe("LOUNGE");
  });

  it("refuses a term with no words to match, naming it", async () => {
    const { tenant, scope } = await freshOrg();
    const attempt = createTheme(tenant, scope, fields("Numbers", ["gate", "42", "!!!"]));
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(createTheme(tenant, scope, fields("Numbers", ["gate", "42"]))).rejects.toThrow('"42" has no words to match');
    expect((await listThemes(tenant)).isDefault).toBe(true);
  });

  it("deletes a theme but never the last one, and reset brings the defaults back", async () => {
    const { tenant, scope } = await freshOrg();
    const lounge = await createTheme(tenant, scope, fields("Lounge", ["lounge"]));
    const { themes: all } = await listThemes(tenant);
    for (const theme of all.filter((t) => t.id !== lounge.id)) await deleteTheme(tenant, scope, { themeId: theme.id });
    expect((await listThemes(tenant)).themes.map((theme) => theme.name)).toEqual(["Lounge"]);
    await expect(deleteTheme(tenant, scope, { themeId: lounge.id })).rejects.toThrow(ConflictError);

    expect(await resetThemes(tenant, scope)).toEqual({ isDefault: true, removed: 1 });
    expect((await listThemes(tenant)).isDefault).toBe(true);
    await expect(updateTheme(tenant, scope, { themeId: lounge.id, ...fields("Lounge", ["lounge"]) })).rejects.toThrow(NotFoundError);
    expect((await listThemes(tenant)).isDefault).toBe(true);
  });

  it("tags ingested comments with the edited taxonomy, and only in that organisation", async () => {
    const mine = await freshOrg("Mine");
    const other = await freshOrg("Other");
    const comment = "The lounge was packed";
    // Seen once before the edit, so a stale cached taxonomy would show here.
    expect((await analyserForOrg(mine.tenant))(comment).themes).not.toContain("Lounge");

    await createTheme(mine.tenant, mine.scope, fields("Lounge", ["lounge"]));
    await updateTheme(mine.tenant, mine.scope, {
      themeId: (await listThemes(mine.tenant)).themes.find((theme) => theme.name === "loyalty and upgrades")!.id,
      ...fields("loyalty and upgrades", ["upgrade", "miles"]),
    });

    for (const { org, tenant } of [mine, other]) {
      const touchPointId = await touchPointOf(org);
      const [result] = await ingestFeedback(
        tenant,
        [{ touchPointId, channel: "in_person", comment, occurredAt: new Date("2026-03-01T10:00:00Z") }],
        { source: "api", analyse: await analyserForOrg(tenant) },
      );
      expect(result?.status).toBe("stored");
    }
    const stored = async (tenant: TenantDb) => (await tenant.selectFields({ themes: feedback.themes }, feedback))[0]?.themes;
    expect(await stored(mine.tenant)).toEqual(["Lounge"]);
    // The other organisation still has "lounge" under its default loyalty theme.
    expect(await stored(other.tenant)).toEqual(["loyalty and upgrades"]);

    const tried = await tryComment(mine.tenant, { text: "The lounge was packed and the staff were rude" });
    expect(tried.themes).toEqual(expect.arrayContaining(["Lounge", "staff attitude"]));
    expect(tried.sentiment.label).toBe("negative");

    await resetThemes(mine.tenant, mine.scope);
    expect((await analyserForOrg(mine.tenant))(comment).themes).toEqual(["loyalty and upgrades"]);
  });

  it("sees another process's edit: the cached taxonomy is checked against the stored one", async () => {
    const { tenant, scope } = await freshOrg();
    const lounge = await createTheme(tenant, scope, fields("Lounge", ["lounge"]));
    expect((await analyserForOrg(tenant))("a quiet snug").themes).toEqual([]);
    // Written straight to the table, as another server would, without this process hearing of it.
    await tenant.update(themes, { terms: ["lounge", "snug"] }, eq(themes.id, lounge.id));
    expect((await analyserForOrg(tenant))("a quiet snug").themes).toEqual(["Lounge"]);
  });
});
