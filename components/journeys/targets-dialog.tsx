"use client";

import { useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus, Target as TargetIcon, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { formatIsoDate, formatNumber, warningText } from "./labels";
import type { MapKpi, MapTeam, MapViewer } from "./map-model";
import { TargetForm } from "./target-form";

export type TargetRow = RouterOutputs["kpis"]["targets"][number];

type TargetsDialogProps = {
  kpi: MapKpi;
  touchPointName: string;
  viewer: MapViewer;
  teams: readonly MapTeam[];
};

/** A KPI's target overrides for teams and people: directors manage all, leads their own team's. */
export function TargetsDialog({ kpi, touchPointName, viewer, teams }: TargetsDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="ghost" size="sm" className="h-7 px-2 text-xs" aria-label={`Targets for ${kpi.name} at ${touchPointName}`}>
          <TargetIcon aria-hidden="true" />
          Targets
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>
            Targets for {kpi.name} at {touchPointName}
          </DialogTitle>
          <DialogDescription>
            The organisation aims for {formatNumber(kpi.target)}
            {kpi.unit ? ` ${kpi.unit}` : ""} ({warningText(kpi.direction, kpi.warningThreshold)}). An override sets
            another target for a team or a person over a period; the most specific one applies.
          </DialogDescription>
        </DialogHeader>
        {open && <TargetsPanel kpi={kpi} viewer={viewer} teams={teams} />}
      </DialogContent>
    </Dialog>
  );
}

type Editing = { mode: "add" } | { mode: "edit"; row: TargetRow } | null;

function subjectOf(row: TargetRow): { kind: "Team" | "Person"; name: string } {
  return row.teamId
    ? { kind: "Team", name: row.teamName ?? "Unknown team" }
    : { kind: "Person", name: row.userName ?? "Unknown person" };
}

function periodText(row: TargetRow): string {
  return row.validTo
    ? `${formatIsoDate(row.validFrom)} to ${formatIsoDate(row.validTo)}`
    : `From ${formatIsoDate(row.validFrom)}, no end`;
}

function TargetsPanel({ kpi, viewer, teams }: Omit<TargetsDialogProps, "touchPointName">) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const targets = useQuery(trpc.kpis.targets.queryOptions({ kpiId: kpi.id }));
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const remove = useMutation(trpc.kpis.removeTarget.mutationOptions());
  const isDirector = viewer.role === "director";
  const editableTeams = isDirector ? teams : teams.filter((team) => viewer.leadTeamIds.includes(team.id));

  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.kpis.targets.pathFilter()),
      queryClient.invalidateQueries(trpc.journeys.map.pathFilter()),
    ]);

  const closeForm = () => {
    setEditing(null);
    // The form took the place of the "Add target" button; put focus back there.
    requestAnimationFrame(() => addButtonRef.current?.focus());
  };

  const onRemove = async (row: TargetRow) => {
    setMessage(null);
    try {
      await remove.mutateAsync({ targetId: row.id });
      await invalidate();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  return (
    <div className="grid gap-4">
      <FormAlert message={message ?? (targets.isError ? errorMessage(targets.error) : null)} />
      {targets.isPending ? (
        <SkeletonRows label="Loading targets" count={2} rowClassName="h-8" />
      ) : targets.isSuccess && targets.data.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-4 text-center text-sm text-muted-foreground">
          No overrides: everyone works to the organisation&apos;s target.
        </p>
      ) : targets.isSuccess ? (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Applies to</TableHead>
              <TableHead className="text-right">Target</TableHead>
              <TableHead className="text-right">Warning</TableHead>
              <TableHead>Period</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {targets.data.map((row) => {
              const subject = subjectOf(row);
              const who = `${subject.kind.toLowerCase()} ${subject.name}`;
              return (
                <TableRow key={row.id}>
                  <TableCell>
                    <span className="text-muted-foreground">{subject.kind}: </span>
                    <span className="font-medium">{subject.name}</span>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(row.target)}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {row.warningThreshold === null ? (
                      <span className="text-muted-foreground">KPI&apos;s ({formatNumber(kpi.warningThreshold)})</span>
                    ) : (
                      formatNumber(row.warningThreshold)
                    )}
                  </TableCell>
                  <TableCell>{periodText(row)}</TableCell>
                  <TableCell className="text-right">
                    {row.canEdit ? (
                      <div className="flex justify-end gap-1">
                        <Button
                          type="button"
                          variant="ghost"
                          size="sm"
                          aria-label={`Edit override for ${who}`}
                          onClick={() => {
                            setMessage(null);
                            setEditing({ mode: "edit", row });
                          }}
                        >
                          <Pencil aria-hidden="true" />
                          Edit
                        </Button>
                        <Button
                          type="button"
                          variant="ghost"
                          size="sm"
                          aria-label={`Remove override for ${who}`}
                          disabled={remove.isPending}
                          onClick={() => void onRemove(row)}
                        >
                          <Trash2 aria-hidden="true" />
                          Remove
                        </Button>
                      </div>
                    ) : (
                      <span className="text-xs text-muted-foreground">View only</span>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}

      {editing ? (
        <TargetForm
          key={editing.mode === "edit" ? editing.row.id : "new"}
          kpi={kpi}
          row={editing.mode === "edit" ? editing.row : undefined}
          subject={editing.mode === "edit" ? subjectOf(editing.row) : undefined}
          viewer={viewer}
          teams={editableTeams}
          onCancel={() => closeForm()}
          onSaved={async () => {
            await invalidate();
            closeForm();
          }}
        />
      ) : (
        <div>
          <Button
            ref={addButtonRef}
            type="button"
            variant="outline"
            onClick={() => {
              setMessage(null);
              setEditing({ mode: "add" });
            }}
          >
            <Plus aria-hidden="true" />
            Add target
          </Button>
        </div>
      )}
    </div>
  );
}
