"use client";

import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { Button } from "@/components/ui/button";
import { formatDateIn, formatInstant } from "@/lib/day-in";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Progress } from "@/components/ui/progress";
import { Skeleton } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import type { RouterOutputs } from "@/lib/trpc/types";

type Preview = RouterOutputs["imports"]["removalPreview"];
type RemovalProgress = RouterOutputs["imports"]["remove"];

const number = new Intl.NumberFormat("en-GB");

/**
 * "Remove" on a recent import: what will go (from the server's preview), a confirmation, then the
 * removal batch after batch with its progress. The server works a few seconds per call and
 * answers with the progress; the dialog calls again until it is done. Closing the dialog stops
 * after the current call, and the list offers to resume. Opened by its row, which keeps it
 * mounted while the row changes from "Remove" to "Removed on …" underneath it.
 */
export function RemoveImportDialog({ importRunId, fileName, open, onOpenChange }: { importRunId: string; fileName: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-lg">{open && <RemovalSteps importRunId={importRunId} fileName={fileName} />}</DialogContent>
    </Dialog>
  );
}

function RemovalSteps({ importRunId, fileName }: { importRunId: string; fileName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useQuery(trpc.imports.removalPreview.queryOptions({ importRunId }, { staleTime: 0 }));
  const remove = useMutation(trpc.imports.remove.mutationOptions());
  const [progress, setProgress] = useState<RemovalProgress | null>(null);
  const [running, setRunning] = useState(false);
  const stopped = useRef(false);
  useEffect(() => {
    stopped.current = false;
    return () => {
      stopped.current = true;
    };
  }, []);

  const run = async () => {
    setRunning(true);
    try {
      for (;;) {
        const next = await remove.mutateAsync({ importRunId });
        setProgress(next);
        if (next.done || stopped.current) break;
      }
    } catch {
      // The mutation holds the error, shown below.
    } finally {
      setRunning(false);
      // Every figure may have changed: dashboards, trends, themes, responses and this list.
      await queryClient.invalidateQueries();
    }
  };

  return (
    <>
      <DialogHeader>
        <DialogTitle>Remove the import {fileName}?</DialogTitle>
        <DialogDescription>
          Its responses are deleted for good, with their comments, corrections and theme mentions; every dashboard, trend and theme stops counting them. The
          import stays in the list, marked as removed. This cannot be undone.
        </DialogDescription>
      </DialogHeader>
      {preview.isPending ? (
        <div role="status" aria-label="Counting the import's responses" className="grid gap-2">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-16 w-full" />
        </div>
      ) : preview.isError ? (
        <FormAlert message={errorMessage(preview.error)} />
      ) : (
        <PreviewBody preview={preview.data} progress={progress} running={running} />
      )}
      <FormAlert message={remove.isError ? errorMessage(remove.error) : null} />
      <DialogFooter>
        {progress?.done ? (
          <CloseButton label="Done" />
        ) : (
          <>
            <CloseButton label={running ? "Stop and close" : "Cancel"} />
            {preview.data && !preview.data.blocker && (
              <Button type="button" variant="destructive" disabled={running} onClick={() => void run()}>
                {running ? "Removing…" : removeLabel(preview.data)}
              </Button>
            )}
          </>
        )}
      </DialogFooter>
    </>
  );
}

function CloseButton({ label }: { label: string }) {
  return (
    <DialogClose asChild>
      <Button type="button" variant="outline">
        {label}
      </Button>
    </DialogClose>
  );
}

const removeLabel = (preview: Preview) =>
  preview.removalStartedAt ? `Resume: remove the other ${number.format(preview.responses)}` : `Remove ${number.format(preview.responses)} responses`;

function PreviewBody({ preview, progress, running }: { preview: Preview; progress: RemovalProgress | null; running: boolean }) {
  const timeZone = useOrgTimeZone();
  if (progress || running) {
    const removed = progress ? progress.removedResponses : preview.removedResponses;
    const total = progress ? progress.removedResponses + progress.remaining : preview.removedResponses + preview.responses;
    const percent = total ? Math.floor((removed / total) * 100) : 100;
    return (
      <div className="grid gap-2" aria-live="polite">
        <Progress value={percent} aria-label="Removal progress" aria-valuetext={`${number.format(removed)} of ${number.format(total)} responses removed`} />
        <p className="text-sm tabular-nums">
          {progress?.done
            ? `Removed ${number.format(removed)} responses. Dashboards now count only the responses that remain.`
            : `${number.format(removed)} of ${number.format(total)} responses removed…`}
        </p>
      </div>
    );
  }
  if (preview.blocker) return <p className="text-sm">{preview.blocker}</p>;
  return (
    <div className="grid gap-3 text-sm">
      {preview.abandonedSince && !preview.removalStartedAt && (
        <p>
          This import stopped storing rows on {formatInstant(timeZone, preview.abandonedSince)} without finishing: its page was probably closed. Removing it
          cancels it first, so rows its page might still send are refused.
        </p>
      )}
      {preview.removalStartedAt && (
        <p>
          A removal of this import was started and stopped after {number.format(preview.removedResponses)} responses; {number.format(preview.responses)} are
          left.
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted-foreground">Responses</dt>
        <dd className="tabular-nums">{number.format(preview.responses)}</dd>
        <dt className="text-muted-foreground">With a comment</dt>
        <dd className="tabular-nums">{number.format(preview.comments)}</dd>
        <dt className="text-muted-foreground">Dated</dt>
        <dd>{preview.from && preview.to ? dateRange(timeZone, preview.from, preview.to) : "No responses left"}</dd>
      </dl>
      {preview.touchPoints.length > 0 && (
        <div className="grid gap-1">
          <p className="text-muted-foreground">At these touch points</p>
          <ul className="grid gap-0.5">
            {preview.touchPoints.map((tp) => (
              <li key={tp.touchPointId} className="flex justify-between gap-4">
                <span>{tp.name}</span>
                <span className="tabular-nums">{number.format(tp.responses)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function dateRange(timeZone: string, from: Date, to: Date): string {
  const first = formatDateIn(timeZone, from);
  const last = formatDateIn(timeZone, to);
  return first === last ? first : `${first} to ${last}`;
}
