"use client";

import { useId } from "react";
import { useQuery } from "@tanstack/react-query";
import { SegmentComparison } from "@/components/charts/segment-comparison";
import { barDomainOfKind, unitOfKind } from "@/components/dashboard/kpi-unit";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { FormAlert } from "@/components/forms/form-alert";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { segmentCutChoice, type SurveyKpiOption } from "./director-queries";


/**
 * One survey KPI cut by one segment attribute, its values side by side with their intervals. Both
 * choices are written to the URL together, so a link shows the same cut even when one was a default.
 */
export function SegmentCutCard({ journeyId, kpis, period }: { journeyId: string; kpis: SurveyKpiOption[]; period: { from: string; to: string } }) {
  const trpc = useTRPC();
  const id = useId();
  const { params, setFilters } = useUrlFilters<"segment" | "kpi">();
  const attributes = useQuery(trpc.dashboards.segmentAttributes.queryOptions({ journeyId }));
  const names = attributes.data?.attributes ?? [];
  const { attribute, kpiId } = segmentCutChoice(names, kpis, params);
  const cut = useQuery(trpc.dashboards.segments.queryOptions({ ...period, kpiId, attribute }, { enabled: Boolean(attribute && kpiId) }));
  const kpi = cut.data?.kpi;
  const error = attributes.error ?? cut.error;

  const controls = (
    <div className="flex flex-wrap items-end gap-3">
      <div className="grid w-40 gap-1.5">
        <Label htmlFor={`${id}-segment`}>Segment</Label>
        <NativeSelect id={`${id}-segment`} value={attribute} disabled={names.length === 0} onChange={(event) => setFilters({ segment: event.target.value, kpi: kpiId })}>
          {names.length === 0 && <option value="">No segments yet</option>}
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid min-w-56 flex-1 gap-1.5">
        <Label htmlFor={`${id}-kpi`}>KPI</Label>
        <NativeSelect id={`${id}-kpi`} value={kpiId} disabled={kpis.length === 0} onChange={(event) => setFilters({ segment: attribute, kpi: event.target.value })}>
          {kpis.map((option) => (
            <option key={option.kpiId} value={option.kpiId}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );

  return (
    <div className="grid content-start gap-3">
      <FormAlert message={error ? errorMessage(error) : null} />
      <SegmentComparison
        title={kpi ? `${kpi.name} by ${attribute}` : "Segment cut"}
        description="Each value of the segment side by side, with its 95% interval and number of answers."
        attribute={attribute}
        controls={controls}
        segments={(cut.data?.values ?? []).map((row) => ({ label: row.segmentValue ?? "Not given", value: row.value, n: row.n, low: row.interval?.low ?? null, high: row.interval?.high ?? null }))}
        unit={kpi ? unitOfKind(kpi.kind) : "mean"}
        target={kpi?.target}
        minSampleSize={kpi?.minSampleSize}
        domain={kpi ? barDomainOfKind(kpi.kind, kpi.scale) : undefined}
        loading={attributes.isPending || (Boolean(attribute && kpiId) && cut.isPending)}
        emptyTitle={names.length === 0 ? "No segments yet" : "No answers for this cut"}
        emptyDescription={`Segments (class, travel type, loyalty...) come with the feedback. ${NO_FEEDBACK_DESCRIPTION}`}
      />
    </div>
  );
}
