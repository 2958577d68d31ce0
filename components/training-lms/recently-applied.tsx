"use client";

import { useQuery } from "@tanstack/react-query";
import { Inbox } from "lucide-react";
import { FormAlert } from "@/components/forms/form-alert";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatInstant } from "@/lib/day-in";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";

/** The newest statements that became training records. */
export function RecentlyApplied() {
  const trpc = useTRPC();
  const timeZone = useOrgTimeZone();
  const applied = useQuery(trpc.trainingImports.recentlyApplied.queryOptions());
  if (applied.isPending) return <SkeletonRows label="Loading applied statements" rowClassName="h-10" />;
  if (applied.isError) return <FormAlert message={errorMessage(applied.error)} />;
  if (applied.data.length === 0) {
    return <EmptyState icon={<Inbox />} title="No statement applied yet" description="Statements become training records here once their person and course are known." />;
  }
  return (
    <Table aria-label="Statements applied as training records, newest first">
      <TableHeader>
        <TableRow>
          <TableHead>Applied</TableHead>
          <TableHead>Person</TableHead>
          <TableHead>Module</TableHead>
          <TableHead>Result</TableHead>
          <TableHead className="text-right">Score</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {applied.data.map((a) => (
          <TableRow key={a.id}>
            <TableCell className="whitespace-nowrap">{a.appliedAt && formatInstant(timeZone, a.appliedAt)}</TableCell>
            <TableCell>{a.person}</TableCell>
            <TableCell>{a.module}</TableCell>
            <TableCell className="capitalize">{a.outcome}</TableCell>
            <TableCell className="text-right tabular-nums">{a.score === null ? "—" : Math.round(a.score)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
