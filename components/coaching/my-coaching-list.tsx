"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MessagesSquare } from "lucide-react";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { formatDay } from "@/lib/charts/format";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { CoachingStatus } from "./coaching-status";

/** The caller's own coaching sessions, each with a Confirm button until they confirm it. `onlyToConfirm` for the home. */
export function MyCoachingList({ onlyToConfirm = false }: { onlyToConfirm?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.coaching.mine.queryOptions());
  const confirm = useMutation(
    trpc.coaching.confirm.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.coaching.pathFilter()) }),
  );
  if (sessions.isPending) return <SkeletonRows label="Loading your coaching sessions" rowClassName="h-20" />;
  if (sessions.isError) return <FormAlert message={errorMessage(sessions.error)} />;
  const shown = onlyToConfirm ? sessions.data.filter((s) => s.status === "awaiting_confirmation") : sessions.data;
  if (shown.length === 0) {
    return onlyToConfirm ? (
      <p className="text-sm text-muted-foreground">Nothing to confirm: every coaching session recorded with you is confirmed.</p>
    ) : (
      <EmptyState icon={<MessagesSquare />} title="No coaching sessions yet" description="When your team lead records a 1:1 with you, it appears here for you to confirm." />
    );
  }
  return (
    <div className="grid gap-3">
      {confirm.isError && <FormAlert message={errorMessage(confirm.error)} />}
      <ul className="grid gap-3" aria-label={onlyToConfirm ? "Coaching sessions to confirm" : "Your coaching sessions, newest first"}>
        {shown.map((s) => (
          <li key={s.id} className="grid gap-2 rounded-md border p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium">
                {formatDay(s.heldOn)} with {s.coach.name}
              </p>
              <CoachingStatus session={{ status: s.status, followUpDue: false }} />
            </div>
            <p className="text-sm text-muted-foreground">About {s.touchPoints.map((t) => t.name).join(", ")}</p>
            {s.notes && <p className="text-sm whitespace-pre-line">{s.notes}</p>}
            {s.actions && (
              <p className="text-sm whitespace-pre-line">
                <span className="font-medium">Agreed: </span>
                {s.actions}
              </p>
            )}
            {s.followUpOn && <p className="text-sm text-muted-foreground">Follow-up on {formatDay(s.followUpOn)}</p>}
            {s.status === "awaiting_confirmation" && (
              <Button
                size="sm"
                className="justify-self-start"
                disabled={confirm.isPending}
                onClick={() => confirm.mutate({ sessionId: s.id })}
                aria-label={`Confirm the session of ${formatDay(s.heldOn)} with ${s.coach.name}`}
              >
                Confirm
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
