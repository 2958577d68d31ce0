"use client";

import { useEffect, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { CircleAlert, CircleCheck } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { formatCount, formatDateTime, type TextJob } from "./format";

const open = (job: TextJob | undefined) => job?.status === "queued" || job?.status === "running";

const WHAT: Record<TextJob["kind"], string> = { train: "Training the model", rescore: "Rescoring stored feedback" };

/**
 * One job's progress, polled while it is queued or running. `onSettled` runs once it is no
 * longer open, so the page can reload the figures (a training queues a rescoring after it).
 */
export function JobProgress({ jobId, onSettled }: { jobId: string; onSettled: () => void }) {
  const trpc = useTRPC();
  const job = useQuery({
    ...trpc.textModel.job.queryOptions({ jobId }),
    refetchInterval: (query) => (open(query.state.data) || !query.state.data ? 1000 : false),
  });
  const data = job.data;
  // Once per job that this page saw open: a job already finished on arrival changes nothing.
  const sawOpen = useRef(false);
  const reported = useRef(false);
  useEffect(() => {
    if (open(data)) sawOpen.current = true;
    else if (data && sawOpen.current && !reported.current) {
      reported.current = true;
      onSettled();
    }
  }, [data, onSettled]);

  if (job.isPending) return <Skeleton className="h-12 w-full" />;
  if (job.isError) return <Alert variant="destructive"><CircleAlert aria-hidden="true" /><AlertDescription>{errorMessage(job.error)}</AlertDescription></Alert>;
  if (!data) return null;

  if (data.status === "failed") {
    return (
      <Alert variant="destructive">
        <CircleAlert aria-hidden="true" />
        <AlertTitle>{WHAT[data.kind]} failed</AlertTitle>
        <AlertDescription>{data.error ?? "It stopped without saying why."}</AlertDescription>
      </Alert>
    );
  }
  if (data.status === "completed") {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <CircleCheck aria-hidden="true" className="size-4 text-success" />
        {data.kind === "train"
          ? `Trained ${data.finishedAt ? formatDateTime(data.finishedAt) : ""}.`
          : `Rescored ${formatCount(data.done)} ${data.done === 1 ? "comment" : "comments"}${data.finishedAt ? `, ${formatDateTime(data.finishedAt)}` : ""}.`}
      </p>
    );
  }

  const percent = data.total > 0 ? Math.min(100, Math.round((data.done / data.total) * 100)) : 0;
  const detail =
    data.status === "queued"
      ? "waiting to start"
      : data.kind === "rescore" && data.total > 0
        ? `${formatCount(data.done)} of ${formatCount(data.total)} comments`
        : "running";
  return (
    <div className="grid gap-2">
      <div
        role="progressbar"
        aria-label={WHAT[data.kind]}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${detail}`}
        className="h-3 w-full overflow-hidden rounded-full bg-muted"
      >
        <div
          className={data.kind === "train" && data.status === "running" ? "h-full w-1/3 animate-pulse bg-primary" : "h-full bg-primary transition-[width]"}
          style={data.kind === "train" && data.status === "running" ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="text-sm text-muted-foreground tabular-nums">
        {WHAT[data.kind]}: {detail}
        {data.kind === "rescore" && data.status === "running" ? ` (${percent}%)` : "…"}
      </p>
    </div>
  );
}
