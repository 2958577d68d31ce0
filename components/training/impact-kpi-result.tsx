"use client";

import { TriangleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { formatCount } from "@/lib/charts/format";
import type { RouterOutputs } from "@/lib/trpc/types";
import { ImpactEventChart } from "./impact-event-chart";
import { formatEffect, formatEffectInterval, people, VERDICT_BADGE, VERDICT_LABEL, verdictOf } from "./impact-format";

type Report = RouterOutputs["trainingImpact"]["module"];
export type KpiImpact = Report["touchPoints"][number]["kpis"][number];

/**
 * One KPI's measured impact: the effect with its 95% interval and what it rests on (people and
 * responses on each side, before and after), the event-study chart, the pre-trend warning when the
 * weeks before completion already diverge, or "not enough data" with the rule.
 */
export function ImpactKpiResult({ kpi, touchPointName, rule, preWeeks }: { kpi: KpiImpact; touchPointName: string; rule: string; preWeeks: number }) {
  const result = kpi.result;
  const title = `${kpi.kpiName} at ${touchPointName}`;
  if (result.status === "not_enough_data") {
    return (
      <section aria-label={title} className="grid gap-3 rounded-xl border bg-card p-4 sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-semibold">{title}</h2>
          <Badge variant="secondary">Not enough data</Badge>
        </div>
        <p className="text-sm">{result.reason}</p>
        <p className="text-sm text-muted-foreground">{rule}</p>
      </section>
    );
  }
  const verdict = verdictOf(result.low, result.high, kpi.direction);
  const c = result.counts;
  return (
    <section aria-label={title} className="grid gap-4 rounded-xl border bg-card p-4 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        <Badge variant={VERDICT_BADGE[verdict]}>{VERDICT_LABEL[verdict]}</Badge>
      </div>
      <div className="grid gap-1">
        <p className="text-3xl font-semibold tabular-nums">{formatEffect(result.estimate, kpi.kind)}</p>
        <p className="text-sm text-muted-foreground">
          {result.low !== null && result.high !== null ? `95% interval ${formatEffectInterval(result.low, result.high, kpi.kind)}` : "No interval"}
          {" · "}
          {kpi.direction === "higher_is_better" ? "higher is better" : "lower is better"}
          {verdict === "inconclusive" && " · the interval includes zero, so nothing can be concluded"}
        </p>
      </div>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div className="grid gap-0.5 rounded-lg border p-3">
          <dt className="font-medium">Trained</dt>
          <dd>{people(c.treatedPeople)}</dd>
          <dd className="text-muted-foreground">
            {formatCount(c.treatedResponsesPre)} responses before, {formatCount(c.treatedResponsesPost)} after
          </dd>
        </div>
        <div className="grid gap-0.5 rounded-lg border p-3">
          <dt className="font-medium">Comparison (not yet trained)</dt>
          <dd>{people(c.controlPeople)}</dd>
          <dd className="text-muted-foreground">
            {formatCount(c.controlResponsesPre)} responses before, {formatCount(c.controlResponsesPost)} after
          </dd>
        </div>
      </dl>
      {result.preTrend?.diverges && (
        <Alert variant="warning">
          <TriangleAlert />
          <AlertTitle>Pre-trends diverge: the estimate may be biased</AlertTitle>
          <AlertDescription>
            Before completing, trained people were already moving apart from the comparison group (
            {formatEffect(result.preTrend.estimate, kpi.kind)} between the early and late weeks before completion,
            {result.preTrend.low !== null && result.preTrend.high !== null ? ` 95% interval ${formatEffectInterval(result.preTrend.low, result.preTrend.high, kpi.kind)}` : ""}), so part of the
            effect may not be the training&apos;s.
          </AlertDescription>
        </Alert>
      )}
      <ImpactEventChart title={`${kpi.kpiName}: effect by week`} points={result.eventStudy} kind={kpi.kind} preWeeks={preWeeks} />
    </section>
  );
}
