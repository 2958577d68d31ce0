"use client";

import { useQuery } from "@tanstack/react-query";
import { Target } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { HomeSection } from "./home-section";
import { MyCoaching } from "./my-coaching";
import { MyComments } from "./my-comments";
import { MyTargets } from "./my-targets";
import { MyTrend } from "./my-trend";
import { MyTraining } from "@/components/training/my-training";

/** The frontline home: am I on target, what customers said about me, and my trend. */
export function FrontlineDashboard() {
  const trpc = useTRPC();
  const me = useQuery(trpc.dashboards.me.queryOptions());
  return (
    <div className="grid gap-6">
      {me.isError && <FormAlert message={errorMessage(me.error)} />}
      <HomeSection title="Am I on target?" description="Your figures this week, this month and over the last 90 days against your targets, each with its sample size (n). A week or a month of your own answers is often too few for a figure; the 90 days fill in first.">
        {me.isPending ? (
          <div role="status" aria-label="Loading your figures" className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} className="h-40 w-full" />
            ))}
          </div>
        ) : me.data && me.data.kpis.length === 0 ? (
          <EmptyState icon={<Target />} title="No KPIs for you yet" description="Your figures appear once a director adds you to a team whose touch points have KPIs." />
        ) : me.data ? (
          <MyTargets data={me.data} />
        ) : null}
      </HomeSection>
      <MyTraining />
      <HomeSection title="What customers said about me" description="The newest comments about you; praise is highlighted.">
        <MyComments />
      </HomeSection>
      {me.data && me.data.kpis.length > 0 && <MyTrend data={me.data} />}
      <MyCoaching />
    </div>
  );
}
