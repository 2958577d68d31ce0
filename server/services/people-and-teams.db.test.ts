import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/server/services/auth/sign-in";
import { INVITATION_REFUSED } from "@/server/services/invitations/invitations";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
let org: OrgFixture;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  org = await createOrgFixture(testDb.db, "People");
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

describe("invitations", () => {
  it("let the invitee join the chosen team with the chosen role, once", async () => {
    const director = await callerAs(testDb.db, org.director);
    const { path } = await director.invitations.create({ email: "new.person@example.com", role: "team_lead", teamId: org.otherTeamId });
    const token = path.replace("/invite/", "");
    const anonymous = await callerAs(testDb.db, null);

    expect(await anonymous.invitations.lookup({ token })).toMatchObject({
      orgName: org.orgName,
      email: "new.person@example.com",
      role: "team_lead",
      teamName: "People Back Office",
    });
    await anonymous.invitations.accept({ token, name: "New Person", password: "Quiet-meadow-lantern-5" });

    const people = await director.users.list();
    const joined = people.find((p) => p.email === "new.person@example.com");
    expect(joined).toMatchObject({ role: "team_lead", teams: [{ id: org.otherTeamId, isLead: true }] });
    const signIn = await signInWithPassword(testDb.db, { email: "new.person@example.com", password: "Quiet-meadow-lantern-5", ip: null });
    expect(signIn.ok).toBe(true);

    expect(await codeOf(anonymous.invitations.accept({ token, name: "Again", password: "Quiet-meadow-lantern-5" }))).toBe("CONFLICT");
    const list = await director.invitations.list();
    expect(list.find((i) => i.email === "new.person@example.com")?.status).toBe("accepted");
  });

  it("refuse a revoked link and a common password", async () => {
    const director = await callerAs(testDb.db, org.director);
    const anonymous = await callerAs(testDb.db, null);
    const first = await director.invitations.create({ email: "weak@example.com", role: "frontline", teamId: org.teamId });
    const weak = anonymous.invitations.accept({ token: first.path.slice(8), name: "Weak", password: "password123" });
    await expect(weak).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/too common/) });

    await director.invitations.revoke({ invitationId: first.id });
    expect(await codeOf(anonymous.invitations.lookup({ token: first.path.slice(8) }))).toBe("CONFLICT");
  });

  // Issue 15: accepting an invitation to an email of another organisation answered "An account
  // with this email already exists": any director could invite an email and learn whether it has
  // an account elsewhere.
  it("do not say that the invited email has an account in another organisation", async () => {
    const elsewhere = await createOrgFixture(testDb.db, "Elsewhere");
    const director = await callerAs(testDb.db, org.director);
    const anonymous = await callerAs(testDb.db, null);
    const taken = await director.invitations.create({ email: elsewhere.frontline.email, role: "frontline", teamId: org.teamId });
    const free = await director.invitations.create({ email: "nobody.yet@example.com", role: "frontline", teamId: org.teamId });
    const takenAnswer = await anonymous.invitations.accept({ token: taken.path.slice(8), name: "Probe", password: "Quiet-meadow-lantern-5" }).catch((error: unknown) => error);
    expect(takenAnswer).toMatchObject({ code: "CONFLICT", message: INVITATION_REFUSED });
    expect((takenAnswer as Error).message).not.toMatch(/exist/i);

    // Nothing was made, and the prober's password does not open the other organisation's account.
    expect((await signInWithPassword(testDb.db, { email: elsewhere.frontline.email, password: "Quiet-meadow-lantern-5", ip: null })).ok).toBe(false);
    expect((await director.users.list()).some((p) => p.email === elsewhere.frontline.email)).toBe(false);
    expect((await director.invitations.list()).find((i) => i.id === taken.id)?.status).toBe("pending");
    await anonymous.invitations.accept({ token: free.path.slice(8), name: "Nobody Yet", password: "Quiet-meadow-lantern-5" });

    // Within the organisation, the director who invites an existing member is told plainly.
    await expect(director.invitations.create({ email: org.lead.email, role: "frontline", teamId: org.teamId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This person already has an account in your organisation",
    });
  });

  it("require a team for leads and frontline staff", async () => {
    const director = await callerAs(testDb.db, org.director);
    await expect(director.invitations.create({ email: "x@example.com", role: "frontline" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("people", () => {
  it("move between teams, and a lead then sees only their current team", async () => {
    const director = await callerAs(testDb.db, org.director);
    await director.users.setTeams({ userId: org.frontline.id, teams: [{ teamId: org.otherTeamId, isLead: false }] });
    const lead = await callerAs(testDb.db, org.lead);
    const visible = (await lead.users.list()).map((p) => p.email);
    expect(visible).toContain(org.lead.email);
    expect(visible).not.toContain(org.frontline.email);
  });

  it("keep at least one active director", async () => {
    const director = await callerAs(testDb.db, org.director);
    await expect(director.users.updateRole({ userId: org.director.id, role: "frontline" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(director.users.deactivate({ userId: org.director.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await director.users.updateRole({ userId: org.lead.id, role: "director" });
    const promoted = await callerAs(testDb.db, org.lead);
    await promoted.users.updateRole({ userId: org.director.id, role: "team_lead" });
    expect((await promoted.users.list()).find((p) => p.id === org.director.id)?.role).toBe("team_lead");
  });

  it("hide deactivated people unless asked, and list them again once reactivated", async () => {
    const director = await callerAs(testDb.db, org.director);
    await director.users.deactivate({ userId: org.outsider.id });
    expect((await director.users.list()).map((p) => p.id)).not.toContain(org.outsider.id);
    expect((await director.users.list({ includeInactive: true })).find((p) => p.id === org.outsider.id)?.active).toBe(false);
    await director.users.reactivate({ userId: org.outsider.id });
    expect((await director.users.list()).map((p) => p.id)).toContain(org.outsider.id);
  });
});

describe("teams", () => {
  it("are removed only when nobody and no pending invitation depends on them", async () => {
    const director = await callerAs(testDb.db, org.director);
    await expect(director.teams.remove({ teamId: org.teamId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/member/),
    });
    const empty = await director.teams.create({ name: "Night Shift" });
    const invitation = await director.invitations.create({ email: "night@example.com", role: "frontline", teamId: empty.id });
    await expect(director.teams.remove({ teamId: empty.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/pending invitation/),
    });
    await director.invitations.revoke({ invitationId: invitation.id });
    await director.teams.remove({ teamId: empty.id });
    expect((await director.teams.list()).map((t) => t.name)).not.toContain("Night Shift");
  });

  it("refuse a duplicate name, whatever its case", async () => {
    const director = await callerAs(testDb.db, org.director);
    await expect(director.teams.create({ name: "people front desk" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("count only active members and list only active leads", async () => {
    const director = await callerAs(testDb.db, org.director);
    await director.users.updateRole({ userId: org.lead.id, role: "director" });
    await director.users.deactivate({ userId: org.lead.id });
    const team = (await director.teams.list()).find((t) => t.id === org.teamId);
    expect(team).toMatchObject({ memberCount: 1, leads: [] });
  });
});
