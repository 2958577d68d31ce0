"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ClipboardList } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { LINK } from "@/components/home/team-links";
import { CardHeading } from "@/components/shell/card-heading";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { AssignDialog } from "./assign-dialog";
import { AssignmentsTable } from "./assignments-table";
import { MarkdownContent } from "./markdown-content";
import { ModuleFormDialog } from "./module-form-dialog";
import { formatMinutes, KIND_DESCRIPTION, KIND_LABEL } from "./training-labels";
import { useModuleTeams } from "./use-module-teams";

type Role = "director" | "team_lead" | "frontline";

export function ModuleDetail({ moduleId, role, leadTeamIds }: { moduleId: string; role: Role; leadTeamIds: string[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const isDirector = role === "director";
  const leads = role !== "frontline";
  const detail = useQuery(trpc.training.byId.queryOptions({ moduleId }));
  const assignments = useQuery({ ...trpc.training.moduleAssignments.queryOptions({ moduleId }), enabled: leads });
  const teams = useModuleTeams(isDirector, leadTeamIds);
  const invalidate = () => queryClient.invalidateQueries(trpc.training.pathFilter());
  const retire = useMutation(trpc.training.retire.mutationOptions({ onSuccess: invalidate }));
  const reactivate = useMutation(trpc.training.reactivate.mutationOptions({ onSuccess: invalidate }));

  if (detail.isPending) return <SkeletonRows label="Loading the module" count={5} />;
  if (detail.isError) return <FormAlert message={errorMessage(detail.error)} />;
  const m = detail.data;
  const retired = m.status === "retired";

  return (
    <>
      <PageHeader
        title={m.title}
        description={`${KIND_LABEL[m.kind]}: ${KIND_DESCRIPTION[m.kind].toLowerCase()}. ${formatMinutes(m.durationMinutes)}, for ${m.teamName ?? "the whole organisation"}.`}
        actions={
          <>
            {leads && !retired && (
              <AssignDialog moduleId={m.id} moduleTitle={m.title} trigger={<Button>Assign</Button>} />
            )}
            {m.canEdit && (
              <ModuleFormDialog isDirector={isDirector} teams={teams} module={m} trigger={<Button variant="outline">Edit</Button>} />
            )}
            {m.canEdit &&
              (retired ? (
                <Button variant="outline" disabled={reactivate.isPending} onClick={() => reactivate.mutate({ moduleId: m.id })}>
                  {reactivate.isPending ? "Reactivating…" : "Reactivate"}
                </Button>
              ) : (
                <ConfirmDialog
                  trigger={<Button variant="ghost">Retire</Button>}
                  title={`Retire ${m.title}?`}
                  description="It is no longer suggested or assignable. Its records and measured impact stay; open assignments may still be finished. You can reactivate it."
                  confirmLabel="Retire"
                  pendingLabel="Retiring…"
                  action={retire}
                  onConfirm={() => retire.mutateAsync({ moduleId: m.id })}
                />
              ))}
          </>
        }
      />
      {reactivate.isError && <FormAlert message={errorMessage(reactivate.error)} />}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardHeading>Content</CardHeading>
          </CardHeader>
          <CardContent>
            <MarkdownContent markdown={m.content} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardHeading>About this module</CardHeading>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 text-sm">
              <div>
                <dt className="text-muted-foreground">Status</dt>
                <dd>{retired ? <Badge variant="secondary">Retired</Badge> : <Badge variant="success">Active</Badge>}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Touch points it serves</dt>
                <dd>
                  {m.touchPoints.length === 0 ? (
                    "None linked: it cannot be suggested from a KPI gap, nor its impact measured."
                  ) : (
                    <ul className="grid gap-1">
                      {m.touchPoints.map((p) => (
                        <li key={p.id}>
                          <Link href={`/touch-points/${p.id}`} className={LINK}>
                            {p.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Skills</dt>
                <dd>{m.skills.length ? m.skills.join(", ") : "—"}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">LMS course id</dt>
                <dd className="font-mono text-xs">{m.externalId ?? "None"}</dd>
              </div>
            </dl>
            <Link href={`/training/impact/module/${m.id}`} className={`${LINK} mt-4 inline-block text-sm`}>
              Measured impact
            </Link>
          </CardContent>
        </Card>
      </div>
      {leads && (
        <Card className="mt-6">
          <CardHeader>
            <CardHeading>Assignments</CardHeading>
            <CardDescription>{isDirector ? "Everyone assigned this module." : "The people of your teams assigned this module."}</CardDescription>
          </CardHeader>
          <CardContent>
            {assignments.isError && <FormAlert message={errorMessage(assignments.error)} />}
            {assignments.isPending ? (
              <SkeletonRows label="Loading assignments" count={3} />
            ) : assignments.data && assignments.data.length === 0 ? (
              <EmptyState icon={<ClipboardList />} title="Nobody is assigned this module yet" description={retired ? "Reactivate it to assign it." : "Use Assign to give it to people with a due date."} />
            ) : assignments.data ? (
              <AssignmentsTable rows={assignments.data} show={{ person: true }} manage label={`Assignments of ${m.title}`} />
            ) : null}
          </CardContent>
        </Card>
      )}
    </>
  );
}
