"use client";

import { useQuery } from "@tanstack/react-query";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/lib/trpc/react";
import { TrainingHistory } from "./training-history";

/** A person's training record page, for the person, their leads and directors. */
export function PersonTraining({ userId }: { userId: string }) {
  const trpc = useTRPC();
  // The same query TrainingHistory runs, so the header costs no second request.
  const history = useQuery(trpc.training.history.queryOptions({ userId }));
  return (
    <>
      <PageHeader
        title={history.data ? `${history.data.person.name}: training record` : "Training record"}
        description="Assignments with their due dates, scores and reflections, and the results from the organisation's LMS."
      />
      <TrainingHistory userId={userId} />
    </>
  );
}
