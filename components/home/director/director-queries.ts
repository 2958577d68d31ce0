import { UUID_PARAM, validParam } from "@/components/filters/url-params";
import type { RouterOutputs } from "@/lib/trpc/types";

/**
 * Which journey, KPI and segment the director's dashboard shows for a URL. Pure, so that the
 * server prefetches exactly the queries the browser then asks for (same inputs, same cache keys).
 */

type Journey = RouterOutputs["journeys"]["list"][number];
type Health = RouterOutputs["dashboards"]["journeyHealth"];
type Point = Health["stages"][number]["touchPoints"][number];

export type SurveyKpiOption = { kpiId: string; label: string };

/** The demo's overall outcome; key drivers are shown only when the feedback carries it. */
export const OUTCOME = { attribute: "satisfaction", value: "satisfied" };

export const activeJourneys = (journeys: readonly Journey[] | undefined) => (journeys ?? []).filter((j) => j.status === "active");

/** The journey a link names, else the first active one. */
export const chosenJourney = (active: readonly Journey[], params: URLSearchParams) => active.find((j) => j.id === params.get("journey")) ?? active[0];

/** The outcome attribute as the feedback spells it, when the feedback has one. */
export const outcomeAttribute = (names: readonly string[] | undefined) => names?.find((name) => name.toLowerCase() === OUTCOME.attribute);

export const keyDriversInput = (range: { from: string; to: string }, journeyId: string, outcome: string | undefined) => ({
  ...range,
  journeyId,
  outcomeAttribute: outcome ?? OUTCOME.attribute,
  outcomeValue: OUTCOME.value,
});

/** Touch points that have at least one KPI, in journey order. */
export const trendPoints = (health: Health | undefined): Point[] =>
  (health?.stages ?? []).flatMap((stage) => stage.touchPoints).filter((point) => point.kpis.length > 0);

/** The KPI a link names, else the first KPI of the journey's first moment of truth, else the first KPI. */
export function defaultTrendKpi(points: readonly Point[], asked: string): string {
  const all = points.flatMap((point) => point.kpis.map((kpi) => kpi.kpiId));
  if (all.includes(asked)) return asked;
  return points.find((point) => point.isMomentOfTruth && point.kpis.length > 0)?.kpis[0]?.kpiId ?? all[0] ?? "";
}

export const trendKpi = (health: Health | undefined, params: URLSearchParams) => defaultTrendKpi(trendPoints(health), validParam(params, "trend", UUID_PARAM));

/** Survey KPIs (not operational ones) can be cut by segment. */
export const surveyKpiOptions = (health: Health | undefined): SurveyKpiOption[] =>
  (health?.stages ?? []).flatMap((stage) =>
    stage.touchPoints.flatMap((point) => point.kpis.filter((kpi) => kpi.kind !== "operational").map((kpi) => ({ kpiId: kpi.kpiId, label: `${point.name}: ${kpi.name}` }))),
  );

/** Class is what the brief asks first; otherwise the first attribute seen. */
const preferredAttribute = (names: readonly string[]) => names.find((name) => name.toLowerCase() === "class") ?? names[0] ?? "";

/** The segment attribute and KPI a link names, else the defaults. */
export function segmentCutChoice(names: readonly string[], kpis: readonly SurveyKpiOption[], params: URLSearchParams) {
  const attribute = names.includes(params.get("segment") ?? "") ? params.get("segment")! : preferredAttribute(names);
  const kpiId = kpis.some((k) => k.kpiId === params.get("kpi")) ? params.get("kpi")! : (kpis[0]?.kpiId ?? "");
  return { attribute, kpiId };
}
