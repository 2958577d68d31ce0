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
import { mergeThemesSchema, splitThemeSchema, themeFieldsSchema } from "@/lib/schemas/themes";
import { createTheme, deleteTheme, listThemes, mergeThemes, resetThemes, splitTheme, tryComment, updateTheme } from "./themes";

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
    expect(after.themes.find((theme) => theme.id === baggage.id)).toEqual({ id: baggage.id, name: "Bags", terms: ["bag", "suitcase"], journeyIds: [] });
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

const named = async (tenant: TenantDb, name: string) => (await listThemes(tenant)).themes.find((theme) => theme.name === name);

describe("merging themes", () => {
  it("unites the words of two default themes under the chosen name, keeping the first one's id, and records it", async () => {
    const { tenant, scope } = await freshOrg();
    const delays = (await named(tenant, "flight delays"))!;
    const queues = (await named(tenant, "queues"))!;
    const merged = await mergeThemes(tenant, scope, mergeThemesSchema.parse({ themeIds: [delays.id, queues.id], name: "Waiting" }));

    expect(merged).toEqual({ id: delays.id, name: "Waiting", terms: [...new Set([...delays.terms, ...queues.terms])] });
    const list = await listThemes(tenant);
    expect(list.isDefault).toBe(false);
    expect(list.themes).toHaveLength(DEFAULT_THEMES.length - 1);
    expect(list.themes.some((theme) => theme.id === queues.id || theme.name === "flight delays" || theme.name === "queues")).toBe(false);
    // The organisation's analyser tags with the merged theme from now on.
    expect((await analyserForOrg(tenant))("Delayed, then a long queue").themes).toEqual(["Waiting"]);

    const [entry] = await tenant
      .selectFields({ before: auditLog.before, after: auditLog.after }, auditLog, eq(auditLog.action, "theme.merged"));
    expect(entry?.after).toEqual({ name: "Waiting", terms: merged.terms });
    expect((entry?.before as { themes: { name: string }[] }).themes.map((theme) => theme.name)).toEqual(["flight delays", "queues"]);
  });

  it("may keep the name of one of the merged themes, and drops words they share", async () => {
    const { tenant, scope } = await freshOrg();
    const a = await createTheme(tenant, scope, fields("Lounge", ["lounge", "bar"]));
    const b = await createTheme(tenant, scope, fields("Bar", ["bar", "cocktail"]));
    const merged = await mergeThemes(tenant, scope, mergeThemesSchema.parse({ themeIds: [b.id, a.id], name: "lounge" }));
    expect(merged).toEqual({ id: b.id, name: "lounge", terms: ["bar", "cocktail", "lounge"] });
  });

  it("refuses a name another theme has, an unknown theme, and too many words together, changing nothing", async () => {
    const { tenant, scope } = await freshOrg();
    const delays = (await named(tenant, "flight delays"))!;
    const queues = (await named(tenant, "queues"))!;
    const attempt = mergeThemes(tenant, scope, mergeThemesSchema.parse({ themeIds: [delays.id, queues.id], name: "Baggage" }));
    await expect(attempt).rejects.toThrow(ConflictError);
    await expect(
      mergeThemes(tenant, scope, mergeThemesSchema.parse({ themeIds: [delays.id, queues.id], name: "Baggage" })),
    ).rejects.toThrow("A theme called baggage already exists");
    expect((await listThemes(tenant)).isDefault).toBe(true);

    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(mergeThemes(tenant, scope, mergeThemesSchema.parse({ themeIds: [delays.id, unknown], name: "W" }))).rejects.toThrow(
      NotFoundError,
    );
    expect((await listThemes(tenant)).isDefault).toBe(true);

    const many = (prefix: string) => Array.from({ length: 150 }, (_, i) => `${prefix} ${String.fromCharCode(97 + (i % 26))}${i}`);
    const big = await createTheme(tenant, scope, fields("Big", many("alpha")));
    const bigger = await createTheme(tenant, scope, fields("Bigger", many("beta")));
    await expect(mergeThemes(tenant, scope, mergeThemesSchema.parse({ themeIds: [big.id, bigger.id], name: "Huge" }))).rejects.toThrow(
      "Together these themes have 300 words and phrases",
    );
    expect((await named(tenant, "Big"))?.terms).toHaveLength(150);
    expect(await named(tenant, "Bigger")).toBeDefined();
  });

  it("refuses fewer than two themes or the same theme twice", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(mergeThemesSchema.safeParse({ themeIds: [id], name: "One" }).error?.issues[0]?.message).toBe("Choose at least two themes to merge");
    expect(mergeThemesSchema.safeParse({ themeIds: [id, id], name: "One" }).error?.issues[0]?.message).toBe("Choose each theme once");
  });

  it("cannot touch another organisation's themes", async () => {
    const mine = await freshOrg("Mine");
    const other = await freshOrg("Other");
    const theirs = await createTheme(other.tenant, other.scope, fields("Lounge", ["lounge"]));
    const mineToo = await createTheme(mine.tenant, mine.scope, fields("Spa", ["spa"]));
    await expect(
      mergeThemes(mine.tenant, mine.scope, mergeThemesSchema.parse({ themeIds: [mineToo.id, theirs.id], name: "Both" })),
    ).rejects.toThrow(NotFoundError);
    expect(await named(other.tenant, "Lounge")).toEqual(theirs);
    expect(await named(mine.tenant, "Spa")).toEqual(mineToo);
  });
});

describe("splitting a theme", () => {
  const split = (themeId: string, first: [string, string[]], second: [string, string[]]) =>
    splitThemeSchema.parse({ themeId, first: { name: first[0], terms: first[1] }, second: { name: second[0], terms: second[1] } });

  it("gives each word to one of two themes: the first keeps the id, the second is new; and records it", async () => {
    const { tenant, scope } = await freshOrg();
    const baggage = (await named(tenant, "baggage"))!;
    const strollers = ["stroller", "car seat"];
    const rest = baggage.terms.filter((term) => !strollers.includes(term));
    const result = await splitTheme(tenant, scope, split(baggage.id, ["baggage", rest], ["Strollers and car seats", strollers]));

    expect(result.first).toEqual({ id: baggage.id, name: "baggage", terms: rest });
    expect(result.second).toMatchObject({ name: "Strollers and car seats", terms: strollers });
    expect(result.second.id).not.toBe(baggage.id);
    const list = await listThemes(tenant);
    expect(list.themes).toHaveLength(DEFAULT_THEMES.length + 1);
    expect((await analyserForOrg(tenant))("They lost the stroller").themes).toEqual(["Strollers and car seats"]);

    const [entry] = await tenant.selectFields({ before: auditLog.before }, auditLog, eq(auditLog.action, "theme.split"));
    expect(entry?.before).toEqual({ name: "baggage", terms: baggage.terms });
  });

  it("refuses a word left out, a word the theme does not have, a side with no words, and names in use", async () => {
    const { tenant, scope } = await freshOrg();
    const lounge = await createTheme(tenant, scope, fields("Lounge", ["lounge", "bar", "spa"]));

    await expect(splitTheme(tenant, scope, split(lounge.id, ["Lounge", ["lounge"]], ["Bar", ["bar"]]))).rejects.toThrow(
      '"spa" is in neither theme; put it in one of the two',
    );
    await expect(splitTheme(tenant, scope, split(lounge.id, ["Lounge", ["lounge", "spa"]], ["Bar", ["bar", "pub"]]))).rejects.toThrow(
      '"pub" is not one of the words and phrases of Lounge',
    );
    await expect(splitTheme(tenant, scope, split(lounge.id, ["Lounge", ["lounge", "spa"]], ["Baggage", ["bar"]]))).rejects.toThrow(
      "A theme called baggage already exists",
    );

    const empty = splitThemeSchema.safeParse({ themeId: lounge.id, first: { name: "A", terms: ["lounge", "bar", "spa"] }, second: { name: "B", terms: [] } });
    expect(empty.error?.issues).toEqual([expect.objectContaining({ path: ["second", "terms"], message: "Give the theme at least one word or phrase" })]);
    const sameName = splitThemeSchema.safeParse({ themeId: lounge.id, first: { name: "Bar", terms: ["lounge"] }, second: { name: "bar", terms: ["spa", "bar"] } });
    expect(sameName.error?.issues[0]?.message).toBe("Give the two themes different names");
    const both = splitThemeSchema.safeParse({ themeId: lounge.id, first: { name: "A", terms: ["lounge", "bar"] }, second: { name: "B", terms: ["bar", "spa"] } });
    expect(both.error?.issues[0]?.message).toBe('"bar" is on both sides; put it in one theme');

    expect(await named(tenant, "Lounge")).toEqual(lounge);
    expect((await listThemes(tenant)).themes.some((theme) => theme.name === "Bar")).toBe(false);
  });

  it("may give the second theme the old name while the first takes a new one", async () => {
    const { tenant, scope } = await freshOrg();
    const lounge = await createTheme(tenant, scope, fields("Lounge", ["lounge", "spa"]));
    const result = await splitTheme(tenant, scope, split(lounge.id, ["Spa", ["spa"]], ["Lounge", ["lounge"]]));
    expect(result.first).toEqual({ id: lounge.id, name: "Spa", terms: ["spa"] });
    expect(result.second).toMatchObject({ name: "Lounge", terms: ["lounge"] });
  });

  it("cannot split another organisation's theme", async () => {
    const mine = await freshOrg("Mine");
    const other = await freshOrg("Other");
    const theirs = await createTheme(other.tenant, other.scope, fields("Lounge", ["lounge", "spa"]));
    await expect(splitTheme(mine.tenant, mine.scope, split(theirs.id, ["Lounge", ["lounge"]], ["Spa", ["spa"]]))).rejects.toThrow(
      NotFoundError,
    );
    expect((await listThemes(mine.tenant)).isDefault).toBe(true);
    expect(await named(other.tenant, "Lounge")).toEqual(theirs);
  });
});
