"use client";

import { JourneyHeatMap, type HeatMapStage } from "@/components/charts/journey-heat-map";
import { secondaryText, unitOfKind } from "@/components/dashboard/kpi-unit";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import type { RouterOutputs } from "@/lib/trpc/types";

type Health = RouterOutputs["dashboards"]["journeyHealth"];

/** Stages x touch points, each cell coloured by its first KPI against the organisation's target. */
export function JourneyHealthCard({ health, loading, hrefOf }: { health: Health | undefined; loading: boolean; hrefOf: (touchPointId: string) => string }) {
  const stages: HeatMapStage[] = (health?.stages ?? []).map((stage) => ({
    id: stage.id,
    name: stage.name,
    cells: stage.touchPoints.flatMap((point) => {
      const kpi = point.kpis[0];
      if (!kpi) return [];
      return [
        {
          touchPointId: point.id,
          name: point.name,
          href: hrefOf(point.id),
          kpiLabel: kpi.name,
          unit: unitOfKind(kpi.kind),
          value: kpi.value,
          n: kpi.n,
          minSampleSize: kpi.minSampleSize,
          interval: kpi.interval,
          secondary: secondaryText(kpi.kind, kpi.secondary, kpi.scale),
          target: kpi.target,
          status: kpi.status,
          momentOfTruth: point.isMomentOfTruth,
        },
      ];
    }),
  }));
  const noAnswers = !loading && stages.some((s) => s.cells.length > 0) && stages.every((s) => s.cells.every((c) => c.n === 0));
  return (
    <JourneyHeatMap
      title={health ? `Journey health: ${health.journey.name}` : "Journey health"}
      description={
        noAnswers
          ? `No answers in this period. ${NO_FEEDBACK_DESCRIPTION}`
          : "Each touch point's KPI against its target, with the number of answers (n). Open a touch point for its history, responses and staff."
      }
      stages={stages}
      loading={loading}
      emptyDescription="Add touch points with a KPI to the journey (Journeys) to see its health here."
    />
  );
}
