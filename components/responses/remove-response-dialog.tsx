"use client";

import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { formatInstant } from "@/lib/day-in";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/react";


/** A director's "Remove" on a response (a customer asked to be forgotten, a test answer): said plainly to be for good. */
export function RemoveResponseDialog({ feedbackId, touchPointName, occurredAt }: { feedbackId: string; touchPointName: string; occurredAt: Date }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.responses.remove.mutationOptions({
      // Every figure that counted it changes: the list, dashboards, trends and themes.
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  );
  const when = formatInstant(useOrgTimeZone(), occurredAt);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive" aria-label={`Remove the response at ${touchPointName} on ${when}`}>
          Remove
        </Button>
      }
      title="Remove this response?"
      description={
        <>
          The response at {touchPointName} on {when} is deleted for good, with its comment, its customer reference and any corrections. Dashboards,
          trends and themes stop counting it. This cannot be undone. The audit log records that a response was removed, when and by whom, but not what
          it said.
        </>
      }
      confirmLabel="Remove response"
      pendingLabel="Removing…"
      action={remove}
      onConfirm={() => remove.mutateAsync({ feedbackId })}
    />
  );
}
