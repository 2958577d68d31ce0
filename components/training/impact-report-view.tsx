"use client";

import { useQuery } from "@tanstack/react-query";
import { FormAlert } from "@/components/forms/form-alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { GraduationCap } from "lucide-react";
import { TRAINING_CATEGORY_DESCRIPTIONS } from "@/lib/domain/training";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { ImpactKpiResult } from "./impact-kpi-result";
import { people } from "./impact-format";

type Report = RouterOutputs["trainingImpact"]["module"] | RouterOutputs["trainingImpact"]["coaching"];

/** A module's (or coaching's) measured impact on each KPI of each touch point it serves. */
export function ImpactReportView({ target }: { target: { moduleId: string } | { touchPointId: string } }) {
  const trpc = useTRPC();
  const moduleQuery = useQuery(trpc.trainingImpact.module.queryOptions({ moduleId: "moduleId" in target ? target.moduleId : "" }, { enabled: "moduleId" in target }));
  const coachingQuery = useQuery(trpc.trainingImpact.coaching.queryOptions({ touchPointId: "touchPointId" in target ? target.touchPointId : "" }, { enabled: "touchPointId" in target }));
  const query = "moduleId" in target ? moduleQuery : coachingQuery;
  const report: Report | undefined = query.data;
  const back = (
    <Link href="/training/impact" className="text-sm underline underline-offset-4">
      All training impact
    </Link>
  );
  if (query.error) return <FormAlert message={errorMessage(query.error)} />;
  if (!report) {
    return (
      <div role="status" aria-label="Loading training impact" className="grid gap-4">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-96 w-full" />
      </div>
    );
  }
  const title = "module" in report ? report.module.title : `Coaching on ${report.touchPoint.name}`;
  const description =
    "module" in report
      ? // The module's own description comes first: it carries what the reader must know (the demo says there which effect is simulated).
        `${report.module.description ? `${report.module.description} ` : ""}${TRAINING_CATEGORY_DESCRIPTIONS[report.module.category]}. ${people(report.completedPeople)} completed it${report.module.retired ? "; retired" : ""}.`
      : `${people(report.completedPeople)} coached about this touch point (each from their first session).`;
  const kpis = report.touchPoints.flatMap((point) => point.kpis.map((kpi) => ({ kpi, touchPointName: point.touchPointName })));
  return (
    <div className="grid gap-6">
      <PageHeader title={`Impact: ${title}`} description={description} actions={back} />
      <p className="max-w-prose text-sm text-muted-foreground">
        Each trained person is compared, over the same calendar weeks, with the people serving the touch point who had not been trained by the end of
        that window: the change in the {report.window.preWeeks} weeks before against the {report.window.postWeeks} weeks after, minus the
        comparison group&apos;s change. 95% intervals from a bootstrap over people.{" "}
        <Link href="/training/impact#method" className="underline underline-offset-4">
          How it is measured
        </Link>
      </p>
      {kpis.length === 0 ? (
        <EmptyState
          icon={<GraduationCap />}
          title="No customer KPI to measure"
          description="Link the training to touch points with an NPS, CSAT, CES or rating KPI; operational KPIs are not measured here."
        />
      ) : (
        kpis.map(({ kpi, touchPointName }) => <ImpactKpiResult key={kpi.kpiId} kpi={kpi} touchPointName={touchPointName} rule={report.rule} preWeeks={report.window.preWeeks} />)
      )}
    </div>
  );
}
