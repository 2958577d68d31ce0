"use client";

import { useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const number = new Intl.NumberFormat("en-GB");
const STATUS = { running: "Running", completed: "Completed", cancelled: "Cancelled" } as const;

export function RecentImports() {
  const trpc = useTRPC();
  const runs = useQuery(trpc.imports.list.queryOptions());
  if (runs.isPending) {
    return (
      <SkeletonRows label="Loading recent imports" count={2} />
    );
  }
  if (runs.isError) return <FormAlert message={errorMessage(runs.error)} />;
  if (runs.data.length === 0) return <EmptyState icon={<History />} title="No imports yet" description="Files you import appear here with what became of their rows." />;
  return (
    <Table aria-label="Recent imports">
      <TableHeader>
        <TableRow>
          <TableHead>File</TableHead>
          <TableHead>Started</TableHead>
          <TableHead>By</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Rows</TableHead>
          <TableHead className="text-right">Stored</TableHead>
          <TableHead className="text-right">Already there</TableHead>
          <TableHead className="text-right">Rejected</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.data.map((run) => (
          <TableRow key={run.id}>
            <TableCell className="font-medium">{run.fileName}</TableCell>
            <TableCell>{timeFormat.format(run.startedAt)}</TableCell>
            <TableCell>{run.importedBy}</TableCell>
            <TableCell>
              <Badge variant={run.status === "completed" ? "success" : "outline"}>{STATUS[run.status]}</Badge>
            </TableCell>
            <TableCell className="text-right tabular-nums">{number.format(run.rowsRead)}</TableCell>
            <TableCell className="text-right tabular-nums">{number.format(run.stored)}</TableCell>
            <TableCell className="text-right tabular-nums">{number.format(run.duplicates)}</TableCell>
            <TableCell className="text-right tabular-nums">{number.format(run.rejected)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
