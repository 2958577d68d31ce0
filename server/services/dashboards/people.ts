import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { teams, touchPoints } from "@/db/schema";
import { trendRange } from "@/lib/trend-range";
import type { TenantDb } from "@/server/db/tenant-db";
import { NotFoundError, PermissionError } from "@/server/services/errors";
import { today } from "@/server/services/kpis/effective-target";
import { benjaminiHochberg } from "@/server/services/metrics/comparison";
import { compareKpi, isImprovement, measureKpi, type KpiRow } from "@/server/services/metrics/kpi-measure";
import type { Period } from "@/server/services/metrics/rollup-queries";
import { targetStatus } from "@/server/services/metrics/status";
import type { Scope } from "@/server/services/scope";
import { effectiveTarget, kpisOf, livePoints, membersOf, overridesOf, teamsOfPeople } from "./context";
import { sumsFor, sumsOfKpi, sumsOfKpiOver } from "./figures";
import { whoNeedsHelp } from "./needs-help";
import { addDays, buckets, previousPeriod, weekStart } from "./period";
import { ratingScaleOf } from "@/lib/rating-scale";

/**
 * The team against target, person by person: for each frontline member of the team(s) (not its
 * leads) and each KPI of the touch points their team owns, n, value and status against the
 * person's effective target (their own, else their team's, else the organisation's, as in force
 * on the period's last day). Below the minimum sample the status is "not_enough_data". Who improved or declined on the previous period
 * of equal length is flagged only for discoveries under Benjamini-Hochberg over the team's
 * comparisons. "Needs help" lists those below target with confidence or flagged as declining
 * (whoNeedsHelp). A team lead sees only teams they lead; nobody outside them appears.
 */
export async function teamPeople(tenant: TenantDb, scope: Scope, input: Period & { teamId?: string }) {
  let teamIds: string[];
  if (input.teamId) {
    const [team] = await tenant.selectFields({ id: teams.id }, teams, eq(teams.id, input.teamId));
    if (!team) throw new NotFoundError("Team");
    if (scope.role !== "director" && !scope.leadTeamIds.includes(team.id)) throw new PermissionError("You can see only the teams you lead");
    teamIds = [team.id];
  } else {
    teamIds = scope.role === "director" ? (await tenant.selectFields({ id: teams.id }, teams)).map((t) => t.id) : scope.leadTeamIds;
  }
  const teamRows = teamIds.length ? await tenant.selectFields({ id: teams.id, name: teams.name }, teams, inArray(teams.id, teamIds)).orderBy(asc(teams.name)) : [];
  // A lead leads the team; they are not one of its frontline members (they may be one of another shown team's).
  const members = (await membersOf(tenant, teamIds)).filter((m) => !m.isLead);
  const people = [...new Map(members.map((m) => [m.id, { id: m.id, name: m.name }])).values()];
  const personTeams = await teamsOfPeople(tenant, people.map((p) => p.id));
  const points = teamIds.length ? await livePoints(tenant, inArray(touchPoints.ownerTeamId, teamIds)) : [];
  const kpis = await kpisOf(tenant, points.map((p) => p.id));
  const overrides = await overridesOf(tenant, kpis.map((k) => k.id));
  const staffIds = people.map((p) => p.id);
  const touchPointIds = points.map((p) => p.id);
  const previous = previousPeriod(input);
  const now = await sumsFor(tenant, kpis, { ...input, touchPointIds, staffIds }, { staff: true });
  const before = await sumsFor(tenant, kpis, { ...previous, touchPointIds, staffIds }, { staff: true });
  const ownerOf = new Map(points.map((p) => [p.id, p.ownerTeamId]));
  const pointName = new Map(points.map((p) => [p.id, p.name]));

  // A person's KPIs are those of the touch points owned by the (shown) teams they belong to.
  const kpisFor = (personId: string): KpiRow[] => {
    const theirs = new Set(members.filter((m) => m.id === personId).map((m) => m.teamId));
    return kpis.filter((kpi) => theirs.has(ownerOf.get(kpi.touchPointId) ?? ""));
  };
  const rows = people.flatMap((person) =>
    kpisFor(person.id).map((kpi) => {
      const current = sumsOfKpi(now, kpi, { staffId: person.id });
      const measured = measureKpi(kpi, current.counts, current.observed);
      const target = effectiveTarget(kpi, overrides, { userId: person.id, teamIds: personTeams.get(person.id) ?? [], ownerTeamId: ownerOf.get(kpi.touchPointId) ?? null }, input.to);
      const change = compareKpi(kpi, sumsOfKpi(before, kpi, { staffId: person.id }), current);
      return {
        personId: person.id,
        personName: person.name,
        kpiId: kpi.id,
        kpiName: kpi.name,
        kind: kpi.kind,
        unit: kpi.unit,
        direction: kpi.direction,
        scale: ratingScaleOf(kpi),
        touchPointId: kpi.touchPointId,
        touchPointName: pointName.get(kpi.touchPointId) ?? "",
        minSampleSize: kpi.minSampleSize,
        ...measured,
        target: { target: target.target, warningThreshold: target.warningThreshold, source: target.source },
        status: targetStatus(measured.value, { ...target, direction: kpi.direction }),
        change,
      };
    }),
  );
  const compared = rows.filter((row) => row.change !== null);
  const discoveries = benjaminiHochberg(compared.map((row) => row.change!.pValue));
  const flagged = compared.filter((_, i) => discoveries[i]);
  const movement = (row: (typeof rows)[number]) => ({
    personId: row.personId,
    personName: row.personName,
    kpiId: row.kpiId,
    kpiName: row.kpiName,
    touchPointId: row.touchPointId,
    change: row.change!.change,
    interval: { low: row.change!.low, high: row.change!.high },
    pValue: row.change!.pValue,
  });
  return {
    period: { from: input.from, to: input.to },
    previous,
    teams: teamRows,
    people,
    rows,
    improved: flagged.filter((row) => isImprovement(row, row.change!.change)).map(movement),
    needsHelp: whoNeedsHelp(rows, flagged.filter((row) => !isImprovement(row, row.change!.change)).map(movement)),
  };
}

/** Days of "the last 90 days" figure, and weeks of each point of the rolling trend (91 days). */
export const MY_RECENT_DAYS = 90;
export const MY_ROLLING_WEEKS = 13;

/**
 * Frontline home: my KPIs this week, this month (to date) and over the last 90 days against my
 * effective targets, with n; my weekly trend (at least 13 weeks), and the same weeks as rolling
 * 13-week figures. One person's week, even month, rarely reaches a KPI's minimum sample; the 90
 * days and the rolling trend give a figure sooner, and say what they cover. My KPIs are those of the touch points my
 * teams own. Only my own figures: every sum is filtered to me as the staff member.
 */
export async function me(tenant: TenantDb, scope: Scope, input: { from?: string; to?: string }) {
  const day = input.to ?? today(scope.timeZone);
  // At least the weeks any trend shows (trendRange), more when the period asked for is longer.
  const trend = trendRange({ from: input.from ?? day, to: day });
  const week = { from: weekStart(day), to: day };
  const month = { from: `${day.slice(0, 8)}01`, to: day };
  const recent = { from: addDays(day, -(MY_RECENT_DAYS - 1)), to: day };
  const points = scope.teamIds.length ? await livePoints(tenant, inArray(touchPoints.ownerTeamId, scope.teamIds)) : [];
  const kpis = await kpisOf(tenant, points.map((p) => p.id));
  const overrides = await overridesOf(tenant, kpis.map((k) => k.id));
  const touchPointIds = points.map((p) => p.id);
  const mine = { touchPointIds, staffIds: [scope.userId] };
  const weeks = buckets(trend, "week");
  // Weekly sums reaching back far enough for the first rolling point's 13 weeks.
  const rollingFrom = addDays(weeks[0]!, -7 * (MY_ROLLING_WEEKS - 1));
  const [weekSums, monthSums, recentSums, weeklySums] = [
    await sumsFor(tenant, kpis, { ...week, ...mine }),
    await sumsFor(tenant, kpis, { ...month, ...mine }),
    await sumsFor(tenant, kpis, { ...recent, ...mine }),
    await sumsFor(tenant, kpis, { from: rollingFrom, to: day, ...mine }, { grain: "week" }),
  ];
  const ownerOf = new Map(points.map((p) => [p.id, p.ownerTeamId]));
  const pointName = new Map(points.map((p) => [p.id, p.name]));
  return {
    week,
    month,
    recent,
    trendPeriod: trend,
    rollingWeeks: MY_ROLLING_WEEKS,
    kpis: kpis.map((kpi) => {
      const target = effectiveTarget(kpi, overrides, { userId: scope.userId, teamIds: scope.teamIds, ownerTeamId: ownerOf.get(kpi.touchPointId) ?? null }, day);
      const measuredFigure = (s: ReturnType<typeof sumsOfKpi>) => {
        const measured = measureKpi(kpi, s.counts, s.observed);
        return { ...measured, status: targetStatus(measured.value, { ...target, direction: kpi.direction }) };
      };
      const figure = (sums: typeof weekSums, at: { day?: string } = {}) => measuredFigure(sumsOfKpi(sums, kpi, at));
      return {
        kpiId: kpi.id,
        name: kpi.name,
        kind: kpi.kind,
        unit: kpi.unit,
        direction: kpi.direction,
        minSampleSize: kpi.minSampleSize,
        scale: ratingScaleOf(kpi),
        touchPointId: kpi.touchPointId,
        touchPointName: pointName.get(kpi.touchPointId) ?? "",
        target: { target: target.target, warningThreshold: target.warningThreshold, source: target.source },
        thisWeek: figure(weekSums),
        thisMonth: figure(monthSums),
        last90Days: figure(recentSums),
        trend: weeks.map((w) => ({ week: w, ...figure(weeklySums, { day: w }) })),
        /** Each week with the 13 weeks up to it (to today for the current one). */
        rollingTrend: weeks.map((w) => ({
          week: w,
          from: addDays(w, -7 * (MY_ROLLING_WEEKS - 1)),
          ...measuredFigure(sumsOfKpiOver(weeklySums, kpi, Array.from({ length: MY_ROLLING_WEEKS }, (_, i) => addDays(w, -7 * i)))),
        })),
      };
    }),
  };
}
