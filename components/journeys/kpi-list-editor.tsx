"use client";

import { useMutation } from "@tanstack/react-query";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { scaleRangeText, topBoxText } from "@/lib/rating-scale";
import { useTRPC } from "@/lib/trpc/react";
import { KpiFormDialog } from "./kpi-form-dialog";
import { KPI_KIND_LABELS } from "@/lib/domain/kpis";
import { formatNumber, warningText } from "./labels";
import type { MapKpi, MapTouchPoint } from "./map-model";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

/** The KPIs of one touch point, each saved on its own, inside the touch point's edit dialog. */
export function KpiListEditor({ touchPoint }: { touchPoint: MapTouchPoint }) {
  const headingId = `kpis-of-${touchPoint.id}`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <h3 id={headingId} className="font-semibold">
            KPIs
          </h3>
          <p className="text-sm text-muted-foreground">Each KPI is saved as soon as you add, change or remove it.</p>
        </div>
        <KpiFormDialog
          touchPoint={touchPoint}
          trigger={
            <Button type="button" variant="outline" size="sm">
              <Plus aria-hidden="true" />
              Add KPI
            </Button>
          }
        />
      </div>
      {touchPoint.kpis.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-4 text-center text-sm text-muted-foreground">
          No KPIs yet. Add one to say what good means here.
        </p>
      ) : (
        <ul className="grid gap-2">
          {touchPoint.kpis.map((kpi) => (
            <li key={kpi.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border px-3 py-2">
              <div className="grid gap-0.5 text-sm">
                <span className="font-medium">{kpi.name}</span>
                <span className="text-xs text-muted-foreground">
                  {kpi.scale ? `Rating on ${scaleRangeText(kpi.scale)}, top box ${topBoxText(kpi.scale)}` : KPI_KIND_LABELS[kpi.kind]} · target{" "}
                  {formatNumber(kpi.target)}
                  {kpi.unit ? ` ${kpi.unit}` : ""} · {warningText(kpi.direction, kpi.warningThreshold)} · at least{" "}
                  {kpi.minSampleSize} responses
                </span>
              </div>
              <div className="flex gap-1">
                <KpiFormDialog
                  touchPoint={touchPoint}
                  kpi={kpi}
                  trigger={
                    <Button type="button" variant="ghost" size="sm" aria-label={`Edit KPI ${kpi.name}`}>
                      <Pencil aria-hidden="true" />
                      Edit
                    </Button>
                  }
                />
                <RemoveKpiDialog kpi={kpi} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RemoveKpiDialog({ kpi }: { kpi: MapKpi }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const remove = useMutation(trpc.kpis.remove.mutationOptions({ onSuccess: invalidate }));
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" variant="ghost" size="sm" aria-label={`Remove KPI ${kpi.name}`}>
          <Trash2 aria-hidden="true" />
          Remove
        </Button>
      }
      title={`Remove ${kpi.name}?`}
      description="Its target overrides for teams and people are removed with it. This cannot be undone."
      confirmLabel="Remove KPI"
      pendingLabel="Removing…"
      action={remove}
      onConfirm={() => remove.mutateAsync({ kpiId: kpi.id })}
    />
  );
}
