"use client";

import { useState } from "react";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { formatDateIn, formatInstant } from "@/lib/day-in";
import { useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import type { RouterOutputs } from "@/lib/trpc/types";
import { RemoveImportDialog } from "./remove-import-dialog";

type Run = RouterOutputs["imports"]["list"][number];

const number = new Intl.NumberFormat("en-GB");
const STATUS = { running: "Running", completed: "Completed", cancelled: "Cancelled" } as const;

export function RecentImports() {
  const timeZone = useOrgTimeZone();
  const trpc = useTRPC();
  const runs = useQuery(trpc.imports.list.queryOptions());
  if (runs.isPending) {
    return (
      <SkeletonRows label="Loading recent imports" count={2} />
    );
  }
  if (runs.isError) return <FormAlert message={errorMessage(runs.error)} />;
  if (runs.data.length === 0) return <EmptyState icon={<History />} title="No imports yet" description="Files you import appear here with what became of their rows." />;
  const notRemovable = runs.data.some((run) => !run.removable);
  return (
    <div className="grid gap-2">
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
            <TableHead>Removal</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {runs.data.map((run) => (
            <TableRow key={run.id}>
              <TableCell className="font-medium">{run.fileName}</TableCell>
              <TableCell>{formatInstant(timeZone, run.startedAt)}</TableCell>
              <TableCell>{run.importedBy}</TableCell>
              <TableCell>
                <Badge variant={run.status === "completed" ? "success" : "outline"}>{STATUS[run.status]}</Badge>
              </TableCell>
              <TableCell className="text-right tabular-nums">{number.format(run.rowsRead)}</TableCell>
              <TableCell className="text-right tabular-nums">{number.format(run.stored)}</TableCell>
              <TableCell className="text-right tabular-nums">{number.format(run.duplicates)}</TableCell>
              <TableCell className="text-right tabular-nums">{number.format(run.rejected)}</TableCell>
              <TableCell>
                <Removal run={run} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {notRemovable && (
        <p className="text-sm text-muted-foreground">
          Imports marked “Not removable” ran before Touchpoint recorded which import stored each response: their responses cannot be told apart from the
          others, so they cannot be removed.
        </p>
      )}
    </div>
  );
}

/** What became of a removal, or what the caller can do about one; the dialog stays open while the row changes under it. */
function Removal({ run }: { run: Run }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <RemovalState run={run} onRemove={() => setOpen(true)} />
      <RemoveImportDialog importRunId={run.id} fileName={run.fileName} open={open} onOpenChange={setOpen} />
    </>
  );
}

function RemovalState({ run, onRemove }: { run: Run; onRemove: () => void }) {
  const timeZone = useOrgTimeZone();
  if (run.removedAt) {
    return (
      <span className="block min-w-48 whitespace-normal">
        Removed on {formatDateIn(timeZone, run.removedAt)}
        {run.removedBy ? ` by ${run.removedBy}` : ""} ({number.format(run.removedResponses)} responses)
      </span>
    );
  }
  if (!run.removable) return <span className="text-muted-foreground">Not removable</span>;
  if (run.status === "running" && !run.abandonedSince) return <span className="text-muted-foreground">Removable once finished</span>;
  const resume = run.removalStartedAt !== null;
  return (
    <div className="flex min-w-48 flex-wrap items-center gap-2 whitespace-normal">
      {resume && <span className="text-sm">Removal started: {number.format(run.removedResponses)} responses removed so far</span>}
      {!resume && run.abandonedSince && <span className="text-sm">Stopped sending rows on {formatInstant(timeZone, run.abandonedSince)}: its page was probably closed</span>}
      <Button variant="outline" size="sm" aria-label={`${resume ? "Resume removing" : "Remove"} the import ${run.fileName}`} onClick={onRemove}>
        {resume ? "Resume removal" : "Remove"}
      </Button>
    </div>
  );
}
