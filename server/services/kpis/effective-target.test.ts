import { describe, expect, it } from "vitest";
import { resolveEffectiveTarget, type TargetOverride } from "./effective-target";

const kpi = { target: 4, warningThreshold: 3.5 };
const TEAM = "team-cabin";
const OTHER_TEAM = "team-airport";
const PERSON = "person-ethan";
let counter = 0;
const override = (fields: Partial<TargetOverride>): TargetOverride => ({
  id: `t${++counter}`,
  teamId: null,
  userId: null,
  target: 4.2,
  warningThreshold: null,
  validFrom: "2026-01-01",
  validTo: null,
  createdAt: new Date(Date.UTC(2026, 0, counter)),
  ...fields,
});

describe("the effective target", () => {
  it("is the organisation's when nothing more specific is in force", () => {
    const result = resolveEffectiveTarget(kpi, [override({ teamId: OTHER_TEAM })], { userId: PERSON, teamIds: [TEAM] }, "2026-06-01");
    expect(result).toMatchObject({ target: 4, warningThreshold: 3.5, source: "organisation", targetId: null });
  });

  it("is the team's for a member, keeping the KPI's warning threshold when the team sets none", () => {
    const team = override({ teamId: TEAM, target: 4.3 });
    expect(resolveEffectiveTarget(kpi, [team], { userId: PERSON, teamIds: [TEAM] }, "2026-06-01")).toMatchObject({
      target: 4.3,
      warningThreshold: 3.5,
      source: "team",
      targetId: team.id,
    });
  });

  it("is the person's own over their team's", () => {
    const team = override({ teamId: TEAM, target: 4.3 });
    const own = override({ userId: PERSON, target: 4.6, warningThreshold: 4.1 });
    expect(resolveEffectiveTarget(kpi, [own, team], { userId: PERSON, teamIds: [TEAM] }, "2026-06-01")).toMatchObject({
      target: 4.6,
      warningThreshold: 4.1,
      source: "person",
      targetId: own.id,
    });
  });

  it("ignores targets outside their period, counting both ends as inside", () => {
    const past = override({ teamId: TEAM, target: 3.9, validFrom: "2026-01-01", validTo: "2026-03-31" });
    const future = override({ teamId: TEAM, target: 4.8, validFrom: "2026-07-01" });
    const subject = { userId: PERSON, teamIds: [TEAM] };
    expect(resolveEffectiveTarget(kpi, [past, future], subject, "2026-03-31").target).toBe(3.9);
    expect(resolveEffectiveTarget(kpi, [past, future], subject, "2026-04-01").source).toBe("organisation");
    expect(resolveEffectiveTarget(kpi, [past, future], subject, "2026-07-01").target).toBe(4.8);
  });

  it("prefers the touch point's owner team, then the latest start", () => {
    const mine = override({ teamId: TEAM, target: 4.1, validFrom: "2026-01-01" });
    const other = override({ teamId: OTHER_TEAM, target: 4.9, validFrom: "2026-05-01" });
    const both = { userId: PERSON, teamIds: [TEAM, OTHER_TEAM] };
    expect(resolveEffectiveTarget(kpi, [other, mine], { ...both, ownerTeamId: TEAM }, "2026-06-01").targetId).toBe(mine.id);
    expect(resolveEffectiveTarget(kpi, [other, mine], both, "2026-06-01").targetId).toBe(other.id);
    const newer = override({ teamId: TEAM, target: 4.4, validFrom: "2026-04-01" });
    expect(resolveEffectiveTarget(kpi, [mine, newer], { teamIds: [TEAM] }, "2026-06-01").targetId).toBe(newer.id);
  });
});
