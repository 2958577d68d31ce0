"use client";

import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { LINK } from "@/components/home/team-links";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import type { AssignmentStatus } from "@/lib/domain/training";
import { formatDay } from "@/lib/charts/format";
import { AssignmentActions } from "./assignment-actions";
import { AssignmentStatusBadge, onDay } from "./assignment-status";

export type AssignmentRow = {
  id: string;
  moduleId: string;
  moduleTitle: string;
  userId: string;
  personName: string;
  status: AssignmentStatus;
  dueOn: string | null;
  daysOverdue: number;
  completedAt: Date | null;
  score: number | null;
  reflection: string | null;
};

const OPEN = new Set<AssignmentStatus>(["assigned", "in_progress"]);

/**
 * Assignments as a table: the person (linked to their training record) and/or the module, the
 * state (overdue in words), the due date, completion and score, and a lead's actions on open ones.
 */
export function AssignmentsTable({ rows, show, manage, label }: { rows: readonly AssignmentRow[]; show: { person?: boolean; module?: boolean }; manage: boolean; label: string }) {
  const timeZone = useOrgTimeZone();
  return (
    <div className="overflow-x-auto rounded-lg border bg-card">
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            {show.person && <TableHead className="px-4">Person</TableHead>}
            {show.module && <TableHead className="px-4">Module</TableHead>}
            <TableHead className="px-4">Status</TableHead>
            <TableHead className="px-4">Due</TableHead>
            <TableHead className="px-4">Completed</TableHead>
            <TableHead className="px-4">Score</TableHead>
            {manage && <TableHead className="px-4">Actions</TableHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-assignment={row.id}>
              {show.person && (
                <TableCell className="px-4">
                  <Link href={`/people/${row.userId}/training`} className={LINK}>
                    {row.personName}
                  </Link>
                </TableCell>
              )}
              {show.module && (
                <TableCell className="px-4">
                  <Link href={`/training/${row.moduleId}`} className={LINK}>
                    {row.moduleTitle}
                  </Link>
                </TableCell>
              )}
              <TableCell className="px-4">
                <AssignmentStatusBadge status={row.status} daysOverdue={row.daysOverdue} />
              </TableCell>
              <TableCell className="px-4 tabular-nums">{row.dueOn ? formatDay(row.dueOn, true) : "—"}</TableCell>
              <TableCell className="px-4 tabular-nums">{onDay(timeZone, row.completedAt) || "—"}</TableCell>
              <TableCell className="px-4 tabular-nums">{row.score ?? "—"}</TableCell>
              {manage && <TableCell className="px-4">{OPEN.has(row.status) ? <AssignmentActions assignment={row} /> : null}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
