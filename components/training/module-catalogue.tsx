"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { GraduationCap, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Link } from "@/components/ui/link";
import { NativeSelect } from "@/components/ui/native-select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { LINK } from "@/components/home/team-links";
import { TRAINING_CATEGORIES, type TrainingCategory } from "@/lib/domain/training";
import { MODULE_STATUSES, type ModuleStatus } from "@/lib/schemas/training";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { ModuleFormDialog } from "./module-form-dialog";
import { formatMinutes, KIND_LABEL } from "./training-labels";
import { useModuleTeams } from "./use-module-teams";

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => (allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined;

/** The module catalogue with its filters (kept in the URL) and, for leads and directors, "New module". */
export function ModuleCatalogue({ role, leadTeamIds }: { role: "director" | "team_lead" | "frontline"; leadTeamIds: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const kind = pick<TrainingCategory>(params.get("kind"), TRAINING_CATEGORIES);
  const status = pick<ModuleStatus>(params.get("status"), MODULE_STATUSES);
  const touchPointId = params.get("touchPoint") ?? undefined;
  const isDirector = role === "director";
  const canCreate = isDirector || (role === "team_lead" && leadTeamIds.length > 0);
  const teams = useModuleTeams(isDirector, leadTeamIds);
  const modules = useQuery(trpc.training.list.queryOptions({ kind, status, touchPointId }, { placeholderData: keepPreviousData }));

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(name, value);
    else next.delete(name);
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const filtered = Boolean(kind || status || touchPointId);

  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-wrap gap-4">
          <div className="grid gap-2">
            <Label htmlFor="filter-kind">Kind</Label>
            <NativeSelect id="filter-kind" value={kind ?? ""} onChange={(e) => setFilter("kind", e.target.value)}>
              <option value="">Every kind</option>
              {TRAINING_CATEGORIES.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </NativeSelect>
          </div>
          {isDirector && (
            <div className="grid gap-2">
              <Label htmlFor="filter-status">Status</Label>
              <NativeSelect id="filter-status" value={status ?? ""} onChange={(e) => setFilter("status", e.target.value)}>
                <option value="">Active and retired</option>
                <option value="active">Active</option>
                <option value="retired">Retired</option>
              </NativeSelect>
            </div>
          )}
          {touchPointId && (
            <Button variant="outline" className="self-end" onClick={() => setFilter("touchPoint", "")}>
              Show every touch point
            </Button>
          )}
        </div>
        {canCreate && (
          <ModuleFormDialog
            isDirector={isDirector}
            teams={teams}
            trigger={
              <Button>
                <Plus aria-hidden="true" /> New module
              </Button>
            }
          />
        )}
      </div>
      {modules.isError && <FormAlert message={errorMessage(modules.error)} />}
      {modules.isPending ? (
        <SkeletonRows label="Loading modules" count={4} />
      ) : modules.data && modules.data.length === 0 ? (
        <EmptyState
          icon={<GraduationCap />}
          title={filtered ? "No module matches these filters" : "No training modules yet"}
          description={filtered ? "Change or clear the filters." : canCreate ? "Create the first module: what it teaches and the touch points it serves." : "Your lead or director adds modules here."}
        />
      ) : modules.data ? (
        <div className="overflow-x-auto rounded-lg border bg-card" aria-busy={modules.isFetching || undefined}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead className="px-4">Module</TableHead>
                <TableHead className="px-4">Kind</TableHead>
                <TableHead className="px-4">Skills</TableHead>
                <TableHead className="px-4">Touch points</TableHead>
                <TableHead className="px-4">Duration</TableHead>
                <TableHead className="px-4">For</TableHead>
                <TableHead className="px-4">LMS id</TableHead>
                <TableHead className="px-4">Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {modules.data.map((m) => (
                <TableRow key={m.id}>
                  <TableCell className="px-4">
                    <Link href={`/training/${m.id}`} className={LINK}>
                      {m.title}
                    </Link>
                  </TableCell>
                  <TableCell className="px-4">{KIND_LABEL[m.kind]}</TableCell>
                  <TableCell className="max-w-56 whitespace-normal px-4 text-muted-foreground">{m.skills.join(", ") || "—"}</TableCell>
                  <TableCell className="max-w-64 whitespace-normal px-4">
                    {m.touchPoints.length === 0
                      ? "—"
                      : m.touchPoints.map((p, i) => (
                          <span key={p.id}>
                            {i > 0 && ", "}
                            <button type="button" className="underline decoration-muted-foreground/60 underline-offset-4" onClick={() => setFilter("touchPoint", p.id)} aria-label={`Only modules for ${p.name}`}>
                              {p.name}
                            </button>
                          </span>
                        ))}
                  </TableCell>
                  <TableCell className="px-4 tabular-nums">{formatMinutes(m.durationMinutes)}</TableCell>
                  <TableCell className="px-4">{m.teamName ?? "Everyone"}</TableCell>
                  <TableCell className="px-4 font-mono text-xs">{m.externalId ?? "—"}</TableCell>
                  <TableCell className="px-4">{m.status === "retired" ? <Badge variant="secondary">Retired</Badge> : <Badge variant="success">Active</Badge>}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
