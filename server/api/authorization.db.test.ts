import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { Role } from "@/lib/domain/roles";
import { callerAs, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import {
  authorizationTable,
  callProcedure,
  createTableFixtures,
  inviteIntoA,
  isAllowed,
  leakedIdentifiers,
  routerProcedures,
  snapshotOrg,
  type TableFixtures,
} from "@/server/testing/authorization-table";

type Outcome = { ok: true; value: unknown } | { ok: false; error: TRPCError };

async function settle(call: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, error };
    throw error;
  }
}

const codeOf = (outcome: Outcome) => (outcome.ok ? "success" : outcome.error.code);
const describeOutcome = (outcome: Outcome) => (outcome.ok ? "success" : `${outcome.error.code}: ${outcome.error.message}`);

const procedures = routerProcedures();

describe("authorization of every procedure", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb?.close();
  });

  const freshFixtures = () => createTableFixtures(testDb.db);

  it("has a table entry for every procedure of appRouter and none for anything else", () => {
    const paths = procedures.map((p) => p.path).sort();
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.includes("."))).toBe(true);
    const missing = paths.filter((path) => !(path in authorizationTable));
    const stray = Object.keys(authorizationTable).filter((path) => !paths.includes(path));
    expect(missing, "procedures missing from server/testing/authorization-table.ts").toEqual([]);
    expect(stray, "table entries that are not procedures of appRouter").toEqual([]);
  });

  it("states in the table the access each procedure declares in its meta", () => {
    for (const { path, access } of procedures) {
      const entry = authorizationTable[path];
      if (!entry) continue; // reported by the test above
      const normalise = (a: typeof access) => (a === "public" ? a : [...a].sort());
      expect(normalise(entry.access), path).toEqual(normalise(access));
    }
  });

  describe.each(procedures.map((p) => [p.path] as const))("%s", (path) => {
    it("refuses the callers it must, serves the ones it may, and keeps organisations apart", async () => {
      const entry = authorizationTable[path];
      expect(entry, `${path} is missing from server/testing/authorization-table.ts`).toBeDefined();
      if (!entry) return;
      const f = await freshFixtures();
      const { db, a, b } = f;

      // Least privileged first, so a director's change (a role, a team) cannot alter who the
      // later callers are.
      const callers: { label: string; user: FixtureUser | null; role: Role | null }[] = [
        { label: "anonymous", user: null, role: null },
        { label: "frontline of A", user: a.frontline, role: "frontline" },
        { label: "team lead of A", user: a.lead, role: "team_lead" },
        { label: "director of A", user: a.director, role: "director" },
      ];
      for (const { label, user, role } of callers) {
        const extra = (await entry.setup?.(f)) ?? {};
        const outcome = await settle(callProcedure(await callerAs(db, user), path, entry.input(f, extra, user)));
        if (!isAllowed(entry.access, role)) {
          expect(codeOf(outcome), `${path} as ${label}`).toBe(role === null ? "UNAUTHORIZED" : "FORBIDDEN");
          continue;
        }
        // The table's input is valid, so an allowed caller succeeds; and sees nothing of B.
        expect(outcome.ok, `${path} as ${label}: ${describeOutcome(outcome)}`).toBe(true);
        if (outcome.ok) expect(await leakedIdentifiers(db, b.orgId, outcome.value), `${path} as ${label}`).toEqual([]);
      }

      // B's director sends a valid input that names A's rows.
      const extra = (await entry.setup?.(f)) ?? {};
      const input = entry.input(f, extra);
      const beforeA = await snapshotOrg(db, a.orgId);
      const beforeB = await snapshotOrg(db, b.orgId);
      const outcome = await settle(callProcedure(await callerAs(db, b.director), path, input));
      const what = `${path} as director of B with A's input`;

      switch (entry.crossOrg) {
        case "not_found":
          expect(codeOf(outcome), what).toBe("NOT_FOUND");
          expect(await snapshotOrg(db, a.orgId), `${what}: A unchanged`).toEqual(beforeA);
          break;
        case "own_rows_only":
          expect(outcome.ok, `${what}: ${describeOutcome(outcome)}`).toBe(true);
          expect(await leakedIdentifiers(db, a.orgId, outcome.ok ? outcome.value : undefined), what).toEqual([]);
          expect(await snapshotOrg(db, a.orgId), `${what}: A unchanged`).toEqual(beforeA);
          break;
        case "not_applicable":
          // Acts on the caller alone: it works for B's director, on B.
          expect(outcome.ok, `${what}: ${describeOutcome(outcome)}`).toBe(true);
          expect(
            await leakedIdentifiers(db, a.orgId, outcome.ok ? outcome.value : undefined, { names: false }),
            what,
          ).toEqual([]);
          expect(await snapshotOrg(db, a.orgId), `${what}: A unchanged`).toEqual(beforeA);
          break;
        case "token_bearer":
          // The link is the authority; the caller's session must not pull B in.
          expect(outcome.ok, `${what}: ${describeOutcome(outcome)}`).toBe(true);
          expect(await leakedIdentifiers(db, b.orgId, outcome.ok ? outcome.value : undefined), what).toEqual([]);
          expect(await snapshotOrg(db, b.orgId), `${what}: B unchanged`).toEqual(beforeB);
          break;
      }
    });
  });

  describe("what each role sees", () => {
    let f: TableFixtures;
    beforeAll(async () => {
      f = await freshFixtures();
    });

    it("shows a team lead the people of their team and not the outsider in another team", async () => {
      const people = (await (await callerAs(f.db, f.a.lead)).users.list()) as { id: string }[];
      const ids = people.map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([f.a.lead.id, f.a.frontline.id]));
      expect(ids).not.toContain(f.a.outsider.id);
      expect(ids).not.toContain(f.a.director.id);
    });

    it("refuses users.list to frontline staff", async () => {
      const outcome = await settle((await callerAs(f.db, f.a.frontline)).users.list());
      expect(codeOf(outcome)).toBe("FORBIDDEN");
    });

    it("shows frontline staff only their own team", async () => {
      const list = await (await callerAs(f.db, f.a.frontline)).teams.list();
      expect(list.map((team) => team.id)).toEqual([f.a.teamId]);
      const outsiders = await (await callerAs(f.db, f.a.outsider)).teams.list();
      expect(outsiders.map((team) => team.id)).toEqual([f.a.otherTeamId]);
    });

    it("shows a director every team and every person of their organisation only", async () => {
      const caller = await callerAs(f.db, f.a.director);
      const teamIds = (await caller.teams.list()).map((team) => team.id).sort();
      expect(teamIds).toEqual([f.a.teamId, f.a.otherTeamId].sort());
      const peopleIds = (await caller.users.list()).map((p) => p.id).sort();
      expect(peopleIds).toEqual([f.a.director.id, f.a.lead.id, f.a.frontline.id, f.a.outsider.id].sort());
    });
  });

  describe("another organisation's ids", () => {
    const cases: [string, (a: OrgFixture, extra: { invitationId?: string }) => unknown][] = [
      ["users.updateRole", (a) => ({ userId: a.lead.id, role: "frontline" })],
      ["users.deactivate", (a) => ({ userId: a.frontline.id })],
      ["teams.update", (a) => ({ teamId: a.teamId, name: "Taken Over", description: "" })],
      ["invitations.revoke", (_a, extra) => ({ invitationId: extra.invitationId })],
    ];

    it.each(cases)("%s with an id of another organisation is NOT_FOUND and changes nothing", async (path, input) => {
      const f = await freshFixtures();
      const extra = await inviteIntoA(f);
      const before = await snapshotOrg(f.db, f.a.orgId);
      const outcome = await settle(callProcedure(await callerAs(f.db, f.b.director), path, input(f.a, extra)));
      expect(codeOf(outcome)).toBe("NOT_FOUND");
      expect(await snapshotOrg(f.db, f.a.orgId)).toEqual(before);
    });

    it("does not let a director put their own person into another organisation's team", async () => {
      const f = await freshFixtures();
      const beforeA = await snapshotOrg(f.db, f.a.orgId);
      const beforeB = await snapshotOrg(f.db, f.b.orgId);
      const caller = await callerAs(f.db, f.b.director);
      const outcome = await settle(
        caller.users.setTeams({ userId: f.b.frontline.id, teams: [{ teamId: f.a.teamId, isLead: true }] }),
      );
      expect(codeOf(outcome)).toBe("NOT_FOUND");
      expect(await snapshotOrg(f.db, f.a.orgId)).toEqual(beforeA);
      expect(await snapshotOrg(f.db, f.b.orgId)).toEqual(beforeB);
    });

    it("does not find an invitation when its link names another organisation", async () => {
      const f = await freshFixtures();
      const { token } = await inviteIntoA(f);
      const forged = `${f.b.orgId}.${token!.split(".")[1]}`;
      const anonymous = await callerAs(f.db, null);
      expect(codeOf(await settle(anonymous.invitations.lookup({ token: forged })))).toBe("NOT_FOUND");
      const before = await snapshotOrg(f.db, f.b.orgId);
      const accepted = await settle(
        anonymous.invitations.accept({ token: forged, name: "Sneaky Person", password: "Violet-kettle-harbour-2026" }),
      );
      expect(codeOf(accepted)).toBe("NOT_FOUND");
      expect(await snapshotOrg(f.db, f.b.orgId)).toEqual(before);
    });
  });
});
