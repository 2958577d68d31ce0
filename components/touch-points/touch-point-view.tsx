"use client";

import { Link } from "@/components/ui/link";
import { useQuery } from "@tanstack/react-query";
import { MessageSquareText, Star } from "lucide-react";
import { PeriodPicker, usePeriod } from "@/components/dashboard/period-picker";
import { ThemesCard } from "@/components/dashboard/themes-card";
import { useTrendGrain } from "@/components/dashboard/use-trend-grain";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { KpiHistoryCard } from "./kpi-history-card";
import { PeriodTotal } from "./period-total";
import { StaffBreakdownCard } from "./staff-breakdown-card";

/** What an empty themes list means for each viewer (see themesShownTo in the dashboards service). */
const THEMES_EMPTY = {
  all: undefined,
  not_your_team: {
    title: "Themes are shown for your own team's touch points",
    description: "Another team owns this touch point, so its customers' comments stay with that team. Its figures above count every answer.",
  },
  about_you: {
    title: "No comments about you in this period",
    description: "Themes here come from comments on feedback that names you. Choose a longer period to see more.",
  },
} as const;

/** A touch point's page: each KPI's history, its responses, its themes and its staff. */
export function TouchPointView({ touchPointId }: { touchPointId: string }) {
  const trpc = useTRPC();
  const period = usePeriod();
  const range = { from: period.from, to: period.to };
  const { grain } = useTrendGrain(period);
  const dashboard = useQuery(trpc.dashboards.touchPoint.queryOptions({ ...range, grain, touchPointId }));
  const point = dashboard.data?.touchPoint;
  const responsesHref = `/responses?${new URLSearchParams({ touchPoint: touchPointId, from: period.from, to: period.to })}`;

  return (
    <>
      <PageHeader
        title={
          point ? (
            <span className="inline-flex items-center gap-2">
              {point.name}
              {point.isMomentOfTruth && <Star aria-label="Moment of truth" className="size-5 fill-current" />}
            </span>
          ) : dashboard.isPending ? (
            <span aria-label="Loading the touch point" className="inline-block h-8 w-64 animate-pulse rounded-md bg-muted" />
          ) : (
            "Touch point"
          )
        }
        description="Its KPIs over time, what customers say and who served them."
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href={responsesHref}>
              <MessageSquareText aria-hidden="true" /> Responses at this touch point
            </Link>
          </Button>
        }
      />
      <div className="grid gap-6">
        <PeriodPicker trends />
        <FormAlert message={dashboard.error ? errorMessage(dashboard.error) : null} />
        {dashboard.isPending && <Skeleton className="h-72 w-full" />}
        {dashboard.data?.kpis.map((kpi) => (
          <div key={kpi.kpiId} className="grid gap-6">
            <PeriodTotal kpi={kpi} period={range} />
            <div className="grid gap-6 xl:grid-cols-2">
              <KpiHistoryCard kpiId={kpi.kpiId} period={range} />
              <StaffBreakdownCard kpi={kpi} loading={false} yourPeopleOnly={dashboard.data?.themesShown === "not_your_team"} />
            </div>
          </div>
        ))}
        <ThemesCard
          themes={dashboard.data?.themes ?? []}
          loading={dashboard.isPending}
          title="Themes at this touch point"
          empty={dashboard.data ? THEMES_EMPTY[dashboard.data.themesShown] : undefined}
        />
      </div>
    </>
  );
}
