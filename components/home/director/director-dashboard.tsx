"use client";

import { useId } from "react";
import { Link } from "@/components/ui/link";
import { useQuery } from "@tanstack/react-query";
import { Megaphone, Route } from "lucide-react";
import { PeriodPicker, usePeriod } from "@/components/dashboard/period-picker";
import { ThemesCard } from "@/components/dashboard/themes-card";
import { usePeriodHref } from "@/components/dashboard/use-period-href";
import { useTrendGrain } from "@/components/dashboard/use-trend-grain";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { activeJourneys, chosenJourney, keyDriversInput, outcomeAttribute, surveyKpiOptions } from "./director-queries";
import { FeatureSlot } from "./feature-slot";
import { JourneyHealthCard } from "./journey-health-card";
import { KeyDriversCard } from "./key-drivers-card";
import { KpiTrendCard } from "./kpi-trend-card";
import { MoversCard } from "./movers-card";
import { SegmentCutCard } from "./segment-cut-card";
import { SentimentCard } from "./sentiment-card";
import { CHARTED_THEMES, ThemeTrendsCard } from "./theme-trends-card";
import { TrainingPayOffCard } from "./training-pay-off-card";

/**
 * The director's dashboard: period, journey health, a KPI's trend, movers (beside the training
 * pay-off), a segment cut, key drivers, sentiment and themes over time, the themes
 * with example comments, and the voice of the front line to come.
 */
export function DirectorDashboard() {
  const trpc = useTRPC();
  const id = useId();
  const period = usePeriod();
  const range = { from: period.from, to: period.to };
  const { grain } = useTrendGrain(period);
  const periodHref = usePeriodHref();
  const touchPointHref = (touchPointId: string) => periodHref(`/touch-points/${touchPointId}`);
  const { params, setFilter } = useUrlFilters<"journey">();

  const journeys = useQuery(trpc.journeys.list.queryOptions());
  const active = activeJourneys(journeys.data);
  const journey = chosenJourney(active, params);
  const journeyId = journey?.id ?? "";
  const enabled = Boolean(journeyId);

  const health = useQuery(trpc.dashboards.journeyHealth.queryOptions({ ...range, journeyId }, { enabled }));
  const movers = useQuery(trpc.dashboards.movers.queryOptions({ ...range, journeyId }, { enabled }));
  const attributes = useQuery(trpc.dashboards.segmentAttributes.queryOptions({ journeyId }, { enabled }));
  const outcome = outcomeAttribute(attributes.data?.attributes);
  const drivers = useQuery(trpc.dashboards.keyDrivers.queryOptions(keyDriversInput(range, journeyId, outcome), { enabled: enabled && Boolean(outcome) }));
  const themes = useQuery(trpc.dashboards.themes.queryOptions({ ...range, grain, journeyId }, { enabled }));
  const sentiment = useQuery(trpc.dashboards.sentimentTrend.queryOptions({ ...range, grain, journeyId }, { enabled }));
  const error = journeys.error ?? health.error ?? movers.error ?? drivers.error ?? themes.error ?? sentiment.error;
  const charted = (themes.data?.themes ?? []).slice(0, CHARTED_THEMES).map((t) => t.theme);

  const surveyKpis = surveyKpiOptions(health.data);

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PeriodPicker trends />
        {active.length > 1 && (
          <div className="grid gap-1.5" data-print-hidden>
            <Label htmlFor={`${id}-journey`}>Journey</Label>
            <NativeSelect id={`${id}-journey`} value={journeyId} onChange={(event) => setFilter("journey", event.target.value)}>
              {active.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        )}
      </div>
      <FormAlert message={error ? errorMessage(error) : null} />
      {journeys.isSuccess && !journey ? (
        <EmptyState
          icon={<Route />}
          title="No active journey yet"
          description="Map a journey with its stages, touch points and KPIs, activate it, then import feedback or share a survey link."
          action={
            <Button asChild variant="outline" size="sm">
              <Link href="/journeys">Open journeys</Link>
            </Button>
          }
        />
      ) : (
        <>
          <JourneyHealthCard health={health.data} loading={!health.data} hrefOf={touchPointHref} />
          <KpiTrendCard health={health.data} period={range} />
          <div className="grid gap-6 xl:grid-cols-2">
            <MoversCard movers={movers.data} loading={!movers.data} periodLabel={`${period.label} against the ${period.previous.days} days before`} hrefOf={touchPointHref} />
            <TrainingPayOffCard />
          </div>
          <div className="grid gap-6 xl:grid-cols-2">
            <div className="grid content-start gap-3">
              {journeyId && <SegmentCutCard journeyId={journeyId} kpis={surveyKpis} period={range} />}
            </div>
            {(!attributes.data || outcome) && <KeyDriversCard drivers={drivers.data} loading={!drivers.data} />}
          </div>
          {/* Full width: each point of a trend needs room for its date and n. */}
          <SentimentCard sentiment={sentiment.data} grain={grain} loading={!sentiment.data} />
          <ThemeTrendsCard themes={themes.data} grain={grain} loading={!themes.data} />
          <ThemesCard themes={themes.data?.themes ?? []} loading={!themes.data} charted={charted} />
          <FeatureSlot title="Voice of the front line" icon={<Megaphone />} question="What is the front line telling us?">
            Touchpoint does not collect staff insights yet, so there is nothing to show here. Once it does, this card will list the problems staff raise
            about a touch point or a policy, with your answers and where each one stands.
          </FeatureSlot>
        </>
      )}
    </div>
  );
}
