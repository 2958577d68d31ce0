"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, History } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { LINK } from "@/components/home/team-links";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { formatDay } from "@/lib/charts/format";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { AssignmentStatusBadge, onDay } from "./assignment-status";
import { OUTCOME_LABEL, SOURCE_LABEL } from "./training-labels";

/**
 * A person's training record (the caller's own without userId): every assignment with its due
 * date, state, score and reflection, then the results that came from the LMS; with "Export CSV".
 */
export function TrainingHistory({ userId }: { userId?: string }) {
  const trpc = useTRPC();
  const timeZone = useOrgTimeZone();
  const history = useQuery(trpc.training.history.queryOptions({ userId }));
  const exportHref = `/api/export/training${userId ? `?userId=${userId}` : ""}`;

  if (history.isPending) return <SkeletonRows label="Loading the training record" count={3} />;
  if (history.isError) return <FormAlert message={errorMessage(history.error)} />;
  const { assignments, records } = history.data;
  const fromLms = records.filter((r) => r.source !== "assignment");
  if (assignments.length === 0 && fromLms.length === 0) {
    return <EmptyState icon={<History />} title="No training recorded yet" description="Assignments and completions from the LMS appear here." />;
  }
  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex justify-end">
        <Button asChild variant="outline" size="sm">
          <a href={exportHref} download>
            <Download aria-hidden="true" /> Export CSV
          </a>
        </Button>
      </div>
      {assignments.length > 0 && (
        <div className="overflow-x-auto rounded-lg border bg-card">
          <Table aria-label="Assignments">
            <TableHeader>
              <TableRow>
                <TableHead className="px-4">Module</TableHead>
                <TableHead className="px-4">Status</TableHead>
                <TableHead className="px-4">Due</TableHead>
                <TableHead className="px-4">Completed</TableHead>
                <TableHead className="px-4">Score</TableHead>
                <TableHead className="px-4">Reflection</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {assignments.map((a) => (
                <TableRow key={a.id}>
                  <TableCell className="px-4">
                    <Link href={`/training/${a.moduleId}`} className={LINK}>
                      {a.moduleTitle}
                    </Link>
                  </TableCell>
                  <TableCell className="px-4">
                    <AssignmentStatusBadge status={a.status} daysOverdue={a.daysOverdue} />
                  </TableCell>
                  <TableCell className="px-4 tabular-nums">{a.dueOn ? formatDay(a.dueOn, true) : "—"}</TableCell>
                  <TableCell className="px-4 tabular-nums">{onDay(timeZone, a.completedAt) || "—"}</TableCell>
                  <TableCell className="px-4 tabular-nums">{a.score ?? "—"}</TableCell>
                  <TableCell className="min-w-48 max-w-md whitespace-normal px-4 text-muted-foreground">{a.reflection ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {fromLms.length > 0 && (
        <div className="overflow-x-auto rounded-lg border bg-card">
          <Table aria-label="Results from the LMS">
            <TableHeader>
              <TableRow>
                <TableHead className="px-4">Module</TableHead>
                <TableHead className="px-4">From</TableHead>
                <TableHead className="px-4">Outcome</TableHead>
                <TableHead className="px-4">On</TableHead>
                <TableHead className="px-4">Score</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {fromLms.map((r) => (
                <TableRow key={r.id}>
                  <TableCell className="px-4">{r.moduleTitle}</TableCell>
                  <TableCell className="px-4">{SOURCE_LABEL[r.source]}</TableCell>
                  <TableCell className="px-4">
                    <Badge variant={r.outcome === "failed" ? "destructive" : "success"}>{OUTCOME_LABEL[r.outcome]}</Badge>
                  </TableCell>
                  <TableCell className="px-4 tabular-nums">{onDay(timeZone, r.completedAt)}</TableCell>
                  <TableCell className="px-4 tabular-nums">{r.score ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
