"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2 } from "lucide-react";
import { FormAlert } from "@/components/forms/form-alert";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatInstant } from "@/lib/day-in";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";

const readable = (actor: string) => actor.replace(/^mailto:/, "").replace(/^account:/, "account ");

/** Results for people Touchpoint does not know (yet): retry once the person is invited or their email corrected. */
export function WaitingPeople() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useOrgTimeZone();
  const people = useQuery(trpc.trainingImports.waitingPeople.queryOptions());
  const retry = useMutation(trpc.trainingImports.retryPerson.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.trainingImports.pathFilter()) }));
  if (people.isPending) return <SkeletonRows label="Loading statements waiting for a person" rowClassName="h-12" />;
  if (people.isError) return <FormAlert message={errorMessage(people.error)} />;
  if (people.data.length === 0) {
    return <EmptyState icon={<CheckCircle2 />} title="No statement waits for its person" description="Every result received names the email of an active person of your organisation." />;
  }
  return (
    <div className="grid gap-3">
      {retry.isError && <FormAlert message={errorMessage(retry.error)} />}
      <p role="status" className="text-sm">
        {retry.data && `${retry.data.applied} of ${retry.data.statements} statements became training records${retry.data.stillWaiting ? `; ${retry.data.stillWaiting} still wait` : ""}.`}
      </p>
      <Table aria-label="Statements waiting for their person">
        <TableHeader>
          <TableRow>
            <TableHead>Person in the LMS</TableHead>
            <TableHead className="text-right">Statements</TableHead>
            <TableHead className="text-right">Courses</TableHead>
            <TableHead>Last received</TableHead>
            <TableHead>
              <span className="sr-only">Action</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.data.map((p) => (
            <TableRow key={p.actor}>
              <TableCell className="max-w-72 min-w-48 whitespace-normal">
                <p className="font-medium">{p.name ?? "No name in the statements"}</p>
                <p className="break-all text-xs text-muted-foreground">{readable(p.actor)}</p>
              </TableCell>
              <TableCell className="text-right tabular-nums">{p.statements}</TableCell>
              <TableCell className="text-right tabular-nums">{p.courses}</TableCell>
              <TableCell className="text-sm whitespace-nowrap">{p.lastSeen && formatInstant(timeZone, p.lastSeen)}</TableCell>
              <TableCell>
                <Button size="sm" variant="outline" disabled={retry.isPending} onClick={() => retry.mutate({ actor: p.actor })} aria-label={`Retry ${readable(p.actor)}`}>
                  Retry
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
