"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { GraduationCap } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { SkeletonRows } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { HomeSection } from "@/components/home/home-section";
import { LINK } from "@/components/home/team-links";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { AssignmentStatusBadge, dueText } from "./assignment-status";
import { CompleteDialog } from "./complete-dialog";
import { TrainingHistory } from "./training-history";
import { formatMinutes } from "./training-labels";

/** The frontline home's training: what is due (overdue first) with Start and Complete, then the person's history. */
export function MyTraining() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.training.myAssignments.queryOptions());
  const start = useMutation(trpc.training.start.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.training.pathFilter()) }));
  const open = (mine.data ?? []).filter((a) => a.status === "assigned" || a.status === "in_progress");
  const overdue = open.filter((a) => a.overdue).length;

  return (
    <>
      <HomeSection
        title="What training is due"
        description={overdue > 0 ? `${overdue === 1 ? "1 assignment is" : `${overdue} assignments are`} overdue.` : "Modules your lead assigned you, soonest due first."}
      >
        {mine.isError && <FormAlert message={errorMessage(mine.error)} />}
        {start.isError && <FormAlert message={errorMessage(start.error)} />}
        {mine.isPending ? (
          <SkeletonRows label="Loading your training" count={2} />
        ) : open.length === 0 ? (
          <EmptyState icon={<GraduationCap />} title="No training due" description="When your lead assigns you a module, it appears here with its due date." />
        ) : (
          <ul aria-label="Training due" className="grid gap-3">
            {open.map((a) => (
              <li key={a.id} className={cn("flex flex-col gap-3 rounded-md border px-3 py-2 sm:flex-row sm:items-center sm:justify-between", a.overdue && "border-destructive/60 bg-destructive/5")}>
                <div className="grid gap-1">
                  <Link href={`/training/${a.moduleId}`} className={`${LINK} w-fit`}>
                    {a.moduleTitle}
                  </Link>
                  <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                    <AssignmentStatusBadge status={a.status} daysOverdue={a.daysOverdue} />
                    <span>{dueText(a.dueOn)}</span>
                    <span>· {formatMinutes(a.durationMinutes)}</span>
                  </div>
                </div>
                <div className="flex gap-2">
                  {a.status === "assigned" && (
                    <Button size="sm" variant="outline" disabled={start.isPending} onClick={() => start.mutate({ assignmentId: a.id })} aria-label={`Start ${a.moduleTitle}`}>
                      Start
                    </Button>
                  )}
                  <CompleteDialog
                    assignmentId={a.id}
                    moduleTitle={a.moduleTitle}
                    trigger={
                      <Button size="sm" aria-label={`Complete ${a.moduleTitle}`}>
                        Complete
                      </Button>
                    }
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </HomeSection>
      <HomeSection title="My training history" description="What you completed, from assignments here and from your organisation's LMS.">
        <TrainingHistory />
      </HomeSection>
    </>
  );
}
