"use client";

import { useCallback } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Tags } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { LabelsChart } from "./labels-chart";
import { ModelFigures } from "./model-figures";
import { ModelHistory } from "./model-history";
import { ScorerCard } from "./scorer-card";

/** The director's view of the organisation's sentiment model: what scores, how well, and the actions. */
export function SentimentModel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery({
    ...trpc.textModel.status.queryOptions(),
    // While a job is open, look again: a training queues a rescoring when it ends.
    refetchInterval: (query) => (query.state.data?.openJob ? 2000 : false),
  });
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries(trpc.textModel.pathFilter());
  }, [queryClient, trpc]);

  if (status.isPending) {
    return (
      <div role="status" aria-label="Loading the sentiment model" className="grid gap-6">
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  if (status.isError) return <FormAlert message={errorMessage(status.error)} />;

  const data = status.data;
  return (
    <div className="grid gap-6">
      <ScorerCard status={data} onChanged={refresh} />
      {data.latest ? (
        <ModelFigures model={data.latest} />
      ) : data.labels.total === 0 ? (
        <EmptyState
          icon={<Tags />}
          title="No labelled comments yet"
          description="Import feedback with a sentiment label column or correct labels in Responses. Your own model is trained on them and compared with the lexicon."
        />
      ) : null}
      {data.labels.total > 0 && <LabelsChart labels={data.labels} minPerClass={data.minimums.perClass} />}
      <ModelHistory />
    </div>
  );
}
