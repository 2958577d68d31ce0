"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Lock, LockOpen, RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { SurveyStatus } from "@/lib/domain/surveys";

type LinkProps = { surveyId: string; touchPointName: string; describedBy: string };

/** Close or reopen: both undo each other, so no confirmation. */
export function CloseOrReopenButton({ surveyId, status, describedBy }: LinkProps & { status: SurveyStatus }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = { onSuccess: () => queryClient.invalidateQueries(trpc.surveys.list.pathFilter()) };
  const close = useMutation(trpc.surveys.close.mutationOptions(options));
  const reopen = useMutation(trpc.surveys.reopen.mutationOptions(options));
  const failed = close.error ?? reopen.error;
  return (
    <>
      {status === "open" ? (
        <Button variant="outline" size="sm" aria-describedby={describedBy} disabled={close.isPending} onClick={() => close.mutate({ surveyId })}>
          <Lock aria-hidden="true" />
          Close link
        </Button>
      ) : (
        <Button variant="outline" size="sm" aria-describedby={describedBy} disabled={reopen.isPending} onClick={() => reopen.mutate({ surveyId })}>
          <LockOpen aria-hidden="true" />
          Reopen link
        </Button>
      )}
      {failed && (
        <p role="alert" className="text-sm text-destructive">
          {errorMessage(failed)}
        </p>
      )}
    </>
  );
}

/** A new secret for the link; whatever shows the old one (QR codes, receipts) stops working. */
export function RegenerateLinkDialog({ surveyId, touchPointName, describedBy }: LinkProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const regenerate = useMutation(
    trpc.surveys.regenerate.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.surveys.list.pathFilter()) }),
  );
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-describedby={describedBy}>
          <RefreshCw aria-hidden="true" />
          New link
        </Button>
      }
      title={`Make a new link for ${touchPointName}?`}
      description="The current link stops working at once, wherever it is printed or shared. Use this when a link has reached people it should not. Answers received so far are kept."
      confirmLabel="Make new link"
      pendingLabel="Making…"
      action={regenerate}
      onConfirm={() => regenerate.mutateAsync({ surveyId })}
    />
  );
}
