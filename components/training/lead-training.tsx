"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarCheck, GraduationCap } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import { FormAlert } from "@/components/forms/form-alert";
import { HomeSection } from "@/components/home/home-section";
import { LINK } from "@/components/home/team-links";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { formatCount, formatDay, formatInterval, formatValue } from "@/lib/charts/format";
import { addDays } from "@/lib/days";
import { todayIn } from "@/lib/day-in";
import { DEFAULT_DUE_DAYS } from "@/lib/schemas/training";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { AssignmentsTable } from "./assignments-table";

/**
 * The lead's home answers "who needs which training, and who is overdue": each person below
 * target beyond doubt at a touch point, with the evidence and the modules serving it that they
 * have not done, each assignable in one click; then the overdue assignments with extend / cancel.
 */
export function LeadTraining({ period }: { period: { from: string; to: string; label: string } }) {
  return (
    <>
      <HomeSection
        title="Who needs which training"
        description={`${period.label}: people below target beyond doubt (the good end of the 95% interval misses the target, on at least the minimum sample), and the active modules for that touch point they have not done or been assigned.`}
      >
        <Recommendations period={period} />
      </HomeSection>
      <HomeSection title="Overdue training" description="Open assignments past their due date, a day in your organisation's time zone.">
        <Overdue />
      </HomeSection>
    </>
  );
}

function Recommendations({ period }: { period: { from: string; to: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useOrgTimeZone();
  const suggestions = useQuery(trpc.training.recommendations.queryOptions({ from: period.from, to: period.to }));
  const assign = useMutation(trpc.training.assign.mutationOptions());
  const [notes, setNotes] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const assignOne = async (moduleId: string, moduleTitle: string, personId: string, personName: string) => {
    setFailure(null);
    const dueOn = addDays(todayIn(timeZone), DEFAULT_DUE_DAYS);
    try {
      const { results } = await assign.mutateAsync({ moduleId, userIds: [personId], dueOn });
      const already = results[0]?.outcome === "already_assigned";
      setNotes((list) => [...list, already ? `${personName} already had ${moduleTitle} open.` : `Assigned ${moduleTitle} to ${personName}, due ${formatDay(dueOn, true)}.`]);
      await queryClient.invalidateQueries(trpc.training.pathFilter());
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  if (suggestions.isPending) return <SkeletonRows label="Loading suggested training" count={2} />;
  if (suggestions.isError) return <FormAlert message={errorMessage(suggestions.error)} />;
  const entries = suggestions.data.entries;
  return (
    <div className="grid grid-cols-1 gap-4">
      {notes.length > 0 && (
        <ul role="status" aria-label="Assigned" className="grid gap-1 rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <FormAlert message={failure} />
      {entries.length === 0 ? (
        <EmptyState icon={<GraduationCap />} title="No one is below target beyond doubt" description="A figure under target whose interval still reaches it may be chance; no training is suggested for it." />
      ) : (
        <div className="overflow-x-auto rounded-lg border bg-card">
          <Table aria-label="Who needs which training">
            <TableHeader>
              <TableRow>
                <TableHead className="px-4">Person</TableHead>
                <TableHead className="px-4">Touch point</TableHead>
                <TableHead className="px-4">Evidence</TableHead>
                <TableHead className="px-4">Suggested training</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((e) => {
                const unit = unitOfKind(e.kind);
                return (
                  <TableRow key={`${e.personId}:${e.kpiId}`} data-person={e.personName}>
                    <TableCell className="px-4 align-top">
                      <Link href={`/people/${e.personId}/training`} className={LINK}>
                        {e.personName}
                      </Link>
                    </TableCell>
                    <TableCell className="px-4 align-top">
                      {e.touchPointName}
                      {!e.kpiName.startsWith(e.touchPointName) && <span className="block text-muted-foreground">{e.kpiName}</span>}
                    </TableCell>
                    <TableCell className="min-w-56 whitespace-normal px-4 align-top text-sm text-muted-foreground">
                      <span className="font-medium text-foreground tabular-nums">{e.value === null ? "—" : formatValue(e.value, unit)}</span> against a target of {formatValue(e.target.target, unit)}
                      {e.interval && <> (95% interval {formatInterval(e.interval.low, e.interval.high, unit)})</>}, n&nbsp;=&nbsp;{formatCount(e.n)}
                    </TableCell>
                    <TableCell className="min-w-56 whitespace-normal px-4 align-top">
                      {e.modules.length === 0 ? (
                        <span className="text-sm text-muted-foreground">
                          No module left to suggest: none active for this touch point, or all done or assigned.{" "}
                          <Link href="/training" className={LINK}>
                            Catalogue
                          </Link>
                        </span>
                      ) : (
                        <ul className="grid gap-2">
                          {e.modules.map((m) => (
                            <li key={m.id} className="flex flex-wrap items-center gap-2">
                              <Link href={`/training/${m.id}`} className={LINK}>
                                {m.title}
                              </Link>
                              <Button
                                size="sm"
                                variant="outline"
                                disabled={assign.isPending}
                                aria-label={`Assign ${m.title} to ${e.personName}`}
                                onClick={() => void assignOne(m.id, m.title, e.personId, e.personName)}
                              >
                                Assign
                              </Button>
                            </li>
                          ))}
                        </ul>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <p className="text-sm text-muted-foreground">Assign gives the module with a due date {DEFAULT_DUE_DAYS} days from today; extend it below if needed.</p>
    </div>
  );
}

function Overdue() {
  const trpc = useTRPC();
  const open = useQuery(trpc.training.teamAssignments.queryOptions({ openOnly: true }));
  if (open.isPending) return <SkeletonRows label="Loading overdue training" count={2} />;
  if (open.isError) return <FormAlert message={errorMessage(open.error)} />;
  const overdue = open.data.filter((a) => a.overdue);
  const pending = open.data.length - overdue.length;
  return (
    <div className="grid grid-cols-1 gap-3">
      {overdue.length === 0 ? (
        <EmptyState icon={<CalendarCheck />} title="Nobody is overdue" description={pending > 0 ? `${pending === 1 ? "1 assignment is" : `${pending} assignments are`} open and not yet due.` : "No open assignments in your teams."} />
      ) : (
        <>
          <AssignmentsTable rows={overdue} show={{ person: true, module: true }} manage label="Overdue training" />
          {pending > 0 && <p className="text-sm text-muted-foreground">{pending === 1 ? "1 more assignment is" : `${pending} more assignments are`} open and not yet due.</p>}
        </>
      )}
    </div>
  );
}
