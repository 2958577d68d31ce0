import "server-only";
import { todayIn } from "@/lib/day-in";
/**
 * Which target applies: the most specific one in force on a day. A person's own target beats
 * their team's, which beats the organisation's (the KPI's own). Among several in force at one
 * level, the team that owns the touch point wins, then the latest start, then the latest made.
 */

export type TargetOverride = {
  id: string;
  teamId: string | null;
  userId: string | null;
  target: number;
  warningThreshold: number | null;
  validFrom: string;
  validTo: string | null;
  createdAt: Date;
};

export type EffectiveTarget = {
  target: number;
  warningThreshold: number;
  source: "organisation" | "team" | "person";
  /** The override that applies, when one does. */
  targetId: string | null;
  teamId: string | null;
  userId: string | null;
};

export type TargetSubject = { userId?: string | null; teamIds: string[]; ownerTeamId?: string | null };

export const isInForce = (override: Pick<TargetOverride, "validFrom" | "validTo">, day: string) =>
  override.validFrom <= day && (override.validTo === null || override.validTo >= day);

const newestFirst = (a: TargetOverride, b: TargetOverride) =>
  b.validFrom.localeCompare(a.validFrom) || b.createdAt.getTime() - a.createdAt.getTime();

export function resolveEffectiveTarget(
  kpi: { target: number; warningThreshold: number },
  overrides: readonly TargetOverride[],
  subject: TargetSubject,
  day: string,
): EffectiveTarget {
  const inForce = overrides.filter((o) => isInForce(o, day));
  const personal = subject.userId ? inForce.filter((o) => o.userId === subject.userId).sort(newestFirst)[0] : undefined;
  const team = inForce
    .filter((o) => o.teamId !== null && subject.teamIds.includes(o.teamId))
    .sort((a, b) => Number(b.teamId === subject.ownerTeamId) - Number(a.teamId === subject.ownerTeamId) || newestFirst(a, b))[0];
  const chosen = personal ?? team;
  if (!chosen) {
    return { target: kpi.target, warningThreshold: kpi.warningThreshold, source: "organisation", targetId: null, teamId: null, userId: null };
  }
  return {
    target: chosen.target,
    warningThreshold: chosen.warningThreshold ?? kpi.warningThreshold,
    source: personal ? "person" : "team",
    targetId: chosen.id,
    teamId: chosen.teamId,
    userId: chosen.userId,
  };
}

/** Today as YYYY-MM-DD in the organisation's zone: the day targets are resolved for. */
export const today = (timeZone = "UTC", now = new Date()) => todayIn(timeZone, now);
