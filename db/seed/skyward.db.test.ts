import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import {
  feedback,
  importRuns,
  journeyStages,
  journeys,
  kpis,
  loginEmails,
  organizations,
  teamMembers,
  teams,
  touchPoints,
  users,
} from "@/db/schema";
import { signInWithPassword } from "@/server/services/auth/sign-in";
import { callerAs } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { verifyPassword } from "@/server/services/auth/passwords";
import {
  DEMO_LOGINS,
  SKYWARD_ORG_NAME,
  SKYWARD_RATING_COLUMNS,
  SKYWARD_TOUCH_POINT_DEFINITIONS,
  SKYWARD_SURVEY_CSV,
  SKYWARD_TOUCH_POINTS,
  datasetsDir,
  seedSkyward,
} from "./skyward";
import { labelForRating } from "./skyward-comments";
import { seedSkywardFeedback, skywardComments } from "./skyward-feedback";
import { trainSkywardModel } from "./skyward-model";
import { SIMULATED_EFFECT_MODULE, SKYWARD_COMPLETIONS, SKYWARD_MODULES } from "./skyward-training-data";

const FEEDBACK_ROWS = 2000;
const hasDatasets = fs.existsSync(path.join(datasetsDir(), SKYWARD_SURVEY_CSV));
if (!hasDatasets) console.warn(`skyward.db.test.ts: the feedback checks are skipped, ${datasetsDir()} is not there.`);

describe("seedSkyward", () => {
  let testDb: TestDb;
  let orgId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    const first = await seedSkyward(testDb.db);
    const second = await seedSkyward(testDb.db);
    expect(first.created).toBe(true);
    expect(second).toEqual({ orgId: first.orgId, created: false });
    orgId = first.orgId;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("creates exactly one Skyward Airlines, even when run twice", async () => {
    const orgs = await testDb.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, SKYWARD_ORG_NAME));
    expect(orgs).toEqual([{ id: orgId }]);
  });

  it("creates five teams, each with one lead and three to five frontline staff, and a crew of twelve", async () => {
    const teamRows = await testDb.db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.orgId, orgId));
    expect(teamRows.map((t) => t.name).sort()).toEqual(
      ["Airport Services", "Baggage Services", "Cabin Crew", "Customer Care", "Reservations & Web"],
    );
    const members = await testDb.db
      .select({ teamId: teamMembers.teamId, isLead: teamMembers.isLead, role: users.role })
      .from(teamMembers)
      .innerJoin(users, and(eq(users.orgId, teamMembers.orgId), eq(users.id, teamMembers.userId)))
      .where(eq(teamMembers.orgId, orgId));
    for (const team of teamRows) {
      const own = members.filter((m) => m.teamId === team.id);
      const leads = own.filter((m) => m.isLead);
      const frontline = own.filter((m) => !m.isLead);
      expect(leads.map((m) => m.role), team.name).toEqual(["team_lead"]);
      expect(frontline.length, team.name).toBeGreaterThanOrEqual(3);
      // Cabin Crew is larger: training impact needs people on both sides (docs/demo.md).
      expect(frontline.length, team.name).toBeLessThanOrEqual(team.name === "Cabin Crew" ? 12 : 5);
      expect(frontline.every((m) => m.role === "frontline"), team.name).toBe(true);
    }
    const directors = await testDb.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.orgId, orgId), eq(users.role, "director")));
    expect(directors).toHaveLength(1);
  });

  it("lists every user in login_emails with a lowercase skyward.example email", async () => {
    const userRows = await testDb.db.select({ id: users.id, email: users.email }).from(users).where(eq(users.orgId, orgId));
    const logins = await testDb.db.select().from(loginEmails).where(eq(loginEmails.orgId, orgId));
    expect(logins).toHaveLength(userRows.length);
    for (const user of userRows) {
      expect(user.email).toMatch(/^[a-z]+(\.[a-z]+)?@skyward\.example$/);
      expect(logins).toContainEqual({ email: user.email, orgId, userId: user.id });
    }
  });

  it("creates the three demo logins, in the right roles and teams, with the demo password", async () => {
    const rows = await testDb.db
      .select({ email: loginEmails.email, role: users.role, passwordHash: users.passwordHash, userId: users.id })
      .from(loginEmails)
      .innerJoin(users, and(eq(users.orgId, loginEmails.orgId), eq(users.id, loginEmails.userId)))
      .where(inArray(loginEmails.email, DEMO_LOGINS.map((l) => l.email)));
    expect(rows).toHaveLength(3);
    for (const login of DEMO_LOGINS) {
      const row = rows.find((r) => r.email === login.email);
      expect(row?.role, login.email).toBe(login.role);
      expect(await verifyPassword(row!.passwordHash, login.password)).toBe(true);
      if (login.team) {
        const [membership] = await testDb.db
          .select({ team: teams.name, isLead: teamMembers.isLead })
          .from(teamMembers)
          .innerJoin(teams, and(eq(teams.orgId, teamMembers.orgId), eq(teams.id, teamMembers.teamId)))
          .where(and(eq(teamMembers.orgId, orgId), eq(teamMembers.userId, row!.userId)));
        expect(membership).toEqual({ team: login.team, isLead: login.role === "team_lead" });
      }
    }
  });

  it("creates the active journey with its five stages in order and 14 touch points, each with one rating KPI", async () => {
    const journeyRows = await testDb.db
      .select({ id: journeys.id, status: journeys.status, segment: journeys.segment })
      .from(journeys)
      .where(and(eq(journeys.orgId, orgId), eq(journeys.name, "Fly with us")));
    expect(journeyRows).toHaveLength(1);
    const journey = journeyRows[0]!;
    expect(journey.status).toBe("active");
    expect(journey.segment).toEqual({});

    const stages = await testDb.db
      .select({ id: journeyStages.id, name: journeyStages.name, position: journeyStages.position })
      .from(journeyStages)
      .where(and(eq(journeyStages.orgId, orgId), eq(journeyStages.journeyId, journey.id)))
      .orderBy(asc(journeyStages.position));
    expect(stages.map((s) => [s.position, s.name])).toEqual([
      [0, "Book"],
      [1, "Check in & airport"],
      [2, "Board"],
      [3, "In flight"],
      [4, "Arrive & baggage"],
    ]);

    const tps = await testDb.db
      .select({ id: touchPoints.id, name: touchPoints.name, stageId: touchPoints.stageId, position: touchPoints.position, ownerTeamId: touchPoints.ownerTeamId, promise: touchPoints.promise })
      .from(touchPoints)
      .where(and(eq(touchPoints.orgId, orgId), eq(touchPoints.journeyId, journey.id)));
    expect(tps).toHaveLength(14);
    expect(tps.map((t) => t.name).sort()).toEqual(Object.values(SKYWARD_TOUCH_POINTS).sort());
    expect(Object.keys(SKYWARD_TOUCH_POINTS).sort()).toEqual([...SKYWARD_RATING_COLUMNS].sort());
    for (const stage of stages) {
      const positions = tps.filter((t) => t.stageId === stage.id).map((t) => t.position).sort((a, b) => a - b);
      expect(positions.length, stage.name).toBeGreaterThan(0);
      expect(positions, stage.name).toEqual(positions.map((_, i) => i));
    }
    expect(tps.every((t) => t.ownerTeamId && t.promise.length > 0)).toBe(true);

    const kpiRows = await testDb.db
      .select({ touchPointId: kpis.touchPointId, kind: kpis.kind, unit: kpis.unit, direction: kpis.direction, target: kpis.target, warningThreshold: kpis.warningThreshold, minSampleSize: kpis.minSampleSize })
      .from(kpis)
      .where(eq(kpis.orgId, orgId));
    expect(kpiRows).toHaveLength(14);
    expect(new Set(kpiRows.map((k) => k.touchPointId))).toEqual(new Set(tps.map((t) => t.id)));
    const nameOf = new Map(tps.map((t) => [t.id, t.name]));
    for (const kpi of kpiRows) {
      const definition = SKYWARD_TOUCH_POINT_DEFINITIONS.find((tp) => tp.name === nameOf.get(kpi.touchPointId))!;
      expect(kpi).toMatchObject({ kind: "rating", unit: "/5", direction: "higher_is_better", minSampleSize: 30 });
      expect(kpi).toMatchObject({ target: definition.target, warningThreshold: definition.warningThreshold });
      expect(kpi.warningThreshold).toBeLessThan(kpi.target);
    }
  });
});

describe("the demo's targets", () => {
  it("give the frontline login a personal target, their team's elsewhere, and the organisation's otherwise", async () => {
    const testDb = await createTestDb();
    try {
      await seedSkyward(testDb.db);
      const frontline = DEMO_LOGINS.find((login) => login.role === "frontline")!;
      const signedIn = await signInWithPassword(testDb.db, { email: frontline.email, password: frontline.password, ip: null });
      if (!signedIn.ok) throw new Error("demo frontline cannot sign in");
      const caller = await callerAs(testDb.db, { id: signedIn.claims.uid, orgId: signedIn.claims.orgId, email: frontline.email, name: frontline.name, role: "frontline" });
      const [journey] = await caller.journeys.list();
      const map = await caller.journeys.map({ journeyId: journey!.id });
      const kpiAt = (name: string) => map.stages.flatMap((s) => s.touchPoints).find((tp) => tp.name === name)!.kpis[0]!;
      expect(kpiAt("On-board service").effective).toMatchObject({ target: 3.7, source: "person" });
      expect(kpiAt("In-flight service").effective).toMatchObject({ target: 3.7, source: "team", sourceLabel: "team Cabin Crew" });
      expect(kpiAt("Check-in").effective.source).toBe("organisation");
      expect(map.stages.flatMap((s) => s.touchPoints).filter((tp) => tp.isMine).map((tp) => tp.ownerTeamName)).toEqual(
        expect.arrayContaining(["Cabin Crew"]),
      );
    } finally {
      await testDb.close();
    }
  });
});

describe.skipIf(!hasDatasets)(`the demo's feedback (the first ${FEEDBACK_ROWS.toLocaleString("en-US")} passengers) and model`, () => {
  let testDb: TestDb;
  let orgId: string;
  let stored: { key: string; touchPoint: string; staffId: string | null; comment: string | null; rating: number; source: string | null }[];

  beforeAll(async () => {
    testDb = await createTestDb();
    orgId = (await seedSkyward(testDb.db)).orgId;
    const model = await trainSkywardModel(testDb.db, orgId);
    expect(model).toMatchObject({ trained: true, active: true });
    const loaded = await seedSkywardFeedback(testDb.db, orgId, { maxRows: FEEDBACK_ROWS });
    expect(loaded).toMatchObject({ loaded: true, rejected: 0 });
    stored = await testDb.db
      .select({ key: feedback.idempotencyKey, touchPoint: touchPoints.name, staffId: feedback.staffId, comment: feedback.comment, rating: feedback.rating, source: feedback.sentimentSource })
      .from(feedback)
      .innerJoin(touchPoints, and(eq(touchPoints.orgId, feedback.orgId), eq(touchPoints.id, feedback.touchPointId)))
      .where(eq(feedback.orgId, orgId))
      .then((rows) => rows.map((row) => ({ ...row, key: row.key!, rating: row.rating! })));
  }, 600_000);
  afterAll(async () => {
    await testDb?.close();
  });

  const director = async () => {
    const [user] = await testDb.db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(and(eq(users.orgId, orgId), eq(users.role, "director")));
    return callerAs(testDb.db, { ...user!, orgId, role: "director" });
  };

  it("shows at least two touch points on target, two near and two below over the last 90 days", async () => {
    const caller = await director();
    const [journey] = await caller.journeys.list();
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const health = await caller.dashboards.journeyHealth({ journeyId: journey!.id, from, to });
    const statuses = health.stages.flatMap((s) => s.touchPoints.flatMap((tp) => tp.kpis.map((k) => k.status)));
    expect(statuses).toHaveLength(14);
    for (const status of ["on_target", "near_target", "below_target"] as const) {
      expect(statuses.filter((s) => s === status).length, status).toBeGreaterThanOrEqual(2);
    }
  });

  it("credits no one at product touch points, and someone at most answers where staff serve", () => {
    const served = new Set(SKYWARD_TOUCH_POINT_DEFINITIONS.filter((tp) => tp.servedByStaff).map((tp) => tp.name));
    const product = stored.filter((r) => !served.has(r.touchPoint));
    expect(product.length).toBeGreaterThan(0);
    expect(product.filter((r) => r.staffId !== null)).toEqual([]);
    const staffed = stored.filter((r) => served.has(r.touchPoint));
    expect(staffed.filter((r) => r.staffId !== null).length / staffed.length).toBeGreaterThan(0.8);
  });

  it("credits one passenger's answers at one team to one staff member, but for the simulated training effect", async () => {
    const teamOf = new Map(SKYWARD_TOUCH_POINT_DEFINITIONS.map((tp) => [tp.name, tp.ownerTeam]));
    // docs/demo.md, "Training": some satisfied answers at these touch points go to a trained crew member instead.
    const simulated = new Set(SKYWARD_MODULES.find((m) => m.title === SIMULATED_EFFECT_MODULE)!.touchPoints);
    const trainedNames = new Set(SKYWARD_COMPLETIONS.filter((c) => c.module === SIMULATED_EFFECT_MODULE).map((c) => c.person));
    const people = await testDb.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.orgId, orgId));
    const trained = new Set(people.filter((p) => trainedNames.has(p.name)).map((p) => p.id));
    const staffBy = new Map<string, Set<string>>();
    const redirected: { staffId: string; rating: number }[] = [];
    for (const row of stored) {
      if (!row.staffId) continue;
      const passenger = row.key.split(":")[1]!;
      const key = `${passenger}|${teamOf.get(row.touchPoint)}`;
      if (!simulated.has(row.touchPoint)) staffBy.set(key, (staffBy.get(key) ?? new Set()).add(row.staffId));
    }
    for (const row of stored) {
      const passenger = row.key.split(":")[1]!;
      const usual = staffBy.get(`${passenger}|${teamOf.get(row.touchPoint)}`);
      if (row.staffId && simulated.has(row.touchPoint) && usual && !usual.has(row.staffId)) redirected.push({ staffId: row.staffId, rating: row.rating });
    }
    expect(staffBy.size).toBeGreaterThan(FEEDBACK_ROWS);
    expect([...staffBy.values()].filter((staff) => staff.size > 1)).toEqual([]);
    expect(redirected.length).toBeGreaterThan(0);
    expect(redirected.filter((r) => !trained.has(r.staffId) || r.rating < 4)).toEqual([]);
    const [ethan] = await testDb.db.select({ id: users.id }).from(users).where(and(eq(users.orgId, orgId), eq(users.email, "frontline@skyward.example")));
    const ethansTouchPoints = new Set(stored.filter((r) => r.staffId === ethan!.id).map((r) => r.touchPoint));
    expect([...ethansTouchPoints].sort()).toEqual(["Cabin cleanliness", "Food and drink", "In-flight service", "On-board service"]);
  });

  it("stores each paired comment at its touch point, once, with its label on the labelled share and the model's reading on the rest", () => {
    const pairs = skywardComments(datasetsDir())!;
    const subjectOfText = new Map([...pairs.values()].map((c) => [c.text, c]));
    const commented = stored.filter((r) => r.comment);
    expect(commented.length).toBeGreaterThan(100);
    expect(new Set(commented.map((r) => r.comment)).size).toBe(commented.length);
    for (const row of commented) {
      const paired = subjectOfText.get(row.comment!)!;
      expect(SKYWARD_TOUCH_POINTS[paired.subject], row.comment!).toBe(row.touchPoint);
      expect(labelForRating(row.rating)).toBe(paired.label);
      if (paired.labelled) expect(row.source).toBe("label");
      else expect(["model", null]).toContain(row.source);
    }
    expect(commented.filter((r) => r.source === "model").length).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasDatasets)("a demo load stopped midway", () => {
  it("starts again after the rows it had read, storing each response once", async () => {
    const testDb = await createTestDb();
    try {
      const { orgId } = await seedSkyward(testDb.db);
      const first = await seedSkywardFeedback(testDb.db, orgId, { maxRows: 50 });
      if (!first.loaded) throw new Error(first.reason);
      // As a restart leaves it: the run still "running", its first 50 rows stored.
      await testDb.db.update(importRuns).set({ status: "running", finishedAt: null }).where(eq(importRuns.orgId, orgId));
      const resumed = await seedSkywardFeedback(testDb.db, orgId, { maxRows: 100 });
      expect(resumed).toMatchObject({ loaded: true, rowsRead: 50, duplicates: 0, rejected: 0 });
      const runs = await testDb.db.select({ status: importRuns.status, stored: importRuns.stored }).from(importRuns).where(eq(importRuns.orgId, orgId));
      expect(runs.map((r) => r.status).sort()).toEqual(["cancelled", "completed"]);
      const [stored] = await testDb.db.select({ n: count() }).from(feedback).where(eq(feedback.orgId, orgId));
      expect(stored!.n).toBe(first.stored + (resumed.loaded ? resumed.stored : 0));
      expect(await seedSkywardFeedback(testDb.db, orgId)).toEqual({ loaded: false, reason: "already loaded" });
    } finally {
      await testDb.close();
    }
  }, 300_000);
});
