"use client";

import { useQuery } from "@tanstack/react-query";
import { MessagesSquare } from "lucide-react";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDay } from "@/lib/charts/format";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { CoachingStatus } from "./coaching-status";
import { RecordCoachingForm } from "./record-coaching-form";

/** The sessions of the lead's team (a director's: everyone's), newest first, with what needs attention flagged. */
export function TeamCoaching() {
  const trpc = useTRPC();
  const sessions = useQuery(trpc.coaching.team.queryOptions());
  if (sessions.isPending) return <SkeletonRows label="Loading coaching sessions" rowClassName="h-12" />;
  if (sessions.isError) return <FormAlert message={errorMessage(sessions.error)} />;
  if (sessions.data.length === 0) {
    return <EmptyState icon={<MessagesSquare />} title="No coaching sessions yet" description="Sessions you record appear here, with whether the person confirmed them and when a follow-up is due." />;
  }
  const due = sessions.data.filter((s) => s.followUpDue).length;
  const waiting = sessions.data.filter((s) => s.status === "awaiting_confirmation").length;
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        {sessions.data.length === 1 ? "1 session" : `${sessions.data.length} sessions`} · {waiting} awaiting confirmation · {due} with a follow-up due
      </p>
      <Table aria-label="Coaching sessions of your team">
        <TableHeader>
          <TableRow>
            <TableHead>Person</TableHead>
            <TableHead>Held on</TableHead>
            <TableHead>About</TableHead>
            <TableHead>Agreed actions</TableHead>
            <TableHead>Follow-up</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>
              <span className="sr-only">Action</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.data.map((s) => (
            <TableRow key={s.id}>
              <TableCell className="font-medium">{s.person.name}</TableCell>
              <TableCell className="whitespace-nowrap">{formatDay(s.heldOn)}</TableCell>
              <TableCell className="min-w-36 whitespace-normal">{s.touchPoints.map((t) => t.name).join(", ")}</TableCell>
              <TableCell className="max-w-64 min-w-48 whitespace-pre-line">{s.actions || <span className="text-muted-foreground">None recorded</span>}</TableCell>
              <TableCell className="whitespace-nowrap">{s.followUpOn ? formatDay(s.followUpOn) : <span className="text-muted-foreground">None</span>}</TableCell>
              <TableCell>
                <CoachingStatus session={s} />
              </TableCell>
              <TableCell>
                {s.status === "awaiting_confirmation" && (
                  <FormDialog
                    title={`Edit the session with ${s.person.name}`}
                    description="You can change a session until the person confirms it."
                    className="sm:max-w-2xl"
                    trigger={
                      <Button size="sm" variant="outline" aria-label={`Edit the session of ${formatDay(s.heldOn)} with ${s.person.name}`}>
                        Edit
                      </Button>
                    }
                  >
                    {(close) => <RecordCoachingForm session={s} onDone={close} />}
                  </FormDialog>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
