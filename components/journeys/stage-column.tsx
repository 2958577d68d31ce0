"use client";

import { useRef, useState, type ReactNode } from "react";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useMutation } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, Ellipsis, GripVertical, Pencil, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { cn } from "@/lib/utils";
import type { Columns, MapStage, MapTeam, MapTouchPoint, MapViewer } from "./map-model";
import { RemoveStageDialog } from "./remove-stage-dialog";
import { StageFormDialog } from "./stage-form-dialog";
import { addTouchPointId, TouchPointActions } from "./touch-point-actions";
import { TouchPointCard } from "./touch-point-card";
import { TouchPointFormDialog } from "./touch-point-form-dialog";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

export type StageColumnProps = {
  journeyId: string;
  stage: MapStage;
  /** Position among the stages (0-based) and how many there are. */
  index: number;
  stages: readonly MapStage[];
  columns: Columns;
  pointsById: ReadonlyMap<string, MapTouchPoint>;
  viewer: MapViewer;
  teams: readonly MapTeam[];
  canEdit: boolean;
  onMove: (pointId: string, toStageId: string, visibleIndex: number) => void;
  onMessage: (message: string) => void;
};

export const stageHeadingId = (stageId: string) => `stage-${stageId}-heading`;
const moveStageButtonId = (stageId: string, direction: "left" | "right") => `stage-${stageId}-move-${direction}`;

export function StageColumn(props: StageColumnProps) {
  const { stage, columns, pointsById, canEdit } = props;
  const ids = columns[stage.id] ?? [];
  const headingId = stageHeadingId(stage.id);
  const hiddenCount = stage.touchPoints.length - ids.length;

  return (
    <section
      aria-labelledby={headingId}
      data-stage={stage.id}
      className="flex w-72 shrink-0 flex-col gap-3 rounded-xl border bg-muted/40 p-3 sm:w-80"
    >
      <StageHeader {...props} headingId={headingId} shownCount={ids.length} hiddenCount={hiddenCount} />
      {canEdit ? (
        <EditableList stageId={stage.id} ids={ids} empty={<EmptyStage hiddenCount={hiddenCount} />}>
          {ids.map((id) => {
            const point = pointsById.get(id);
            return point ? <SortableTouchPoint key={id} point={point} {...props} /> : null;
          })}
        </EditableList>
      ) : ids.length === 0 ? (
        <EmptyStage hiddenCount={hiddenCount} />
      ) : (
        <ul className="grid gap-3">
          {ids.map((id) => {
            const point = pointsById.get(id);
            return point ? (
              <li key={id}>
                <TouchPointCard point={point} viewer={props.viewer} teams={props.teams} />
              </li>
            ) : null;
          })}
        </ul>
      )}
      {canEdit && (
        <TouchPointFormDialog
          teams={props.teams}
          stage={stage}
          trigger={
            <Button
              id={addTouchPointId(stage.id)}
              type="button"
              variant="outline"
              size="sm"
              className="justify-start border-dashed bg-transparent"
              aria-label={`Add touch point to ${stage.name}`}
            >
              <Plus aria-hidden="true" />
              Add touch point
            </Button>
          }
        />
      )}
    </section>
  );
}

function EmptyStage({ hiddenCount }: { hiddenCount: number }) {
  return (
    <p className="px-2 py-4 text-center text-sm text-muted-foreground">
      {hiddenCount > 0 ? `No touch points shown: ${hiddenCount} archived` : "No touch points yet"}
    </p>
  );
}

/** The stage's list is also a drop target, so a card can be dropped into an empty stage. */
function EditableList({ stageId, ids, empty, children }: { stageId: string; ids: string[]; empty: ReactNode; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: stageId, data: { type: "stage" } });
  return (
    <SortableContext id={stageId} items={ids} strategy={verticalListSortingStrategy}>
      <div
        ref={setNodeRef}
        className={cn(
          "grid min-h-20 content-start gap-3 rounded-lg transition-colors",
          ids.length === 0 && "border border-dashed",
          isOver && ids.length === 0 && "border-primary bg-accent/50",
        )}
      >
        {ids.length === 0 && empty}
        <ul className="grid gap-3">{children}</ul>
      </div>
    </SortableContext>
  );
}

function SortableTouchPoint({ point, stage, stages, columns, teams, viewer, onMove, onMessage }: StageColumnProps & { point: MapTouchPoint }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: point.id,
    data: { type: "touchPoint" },
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("relative", isDragging && "z-10 opacity-40")}
    >
      <TouchPointCard
        point={point}
        viewer={viewer}
        teams={teams}
        handle={
          <Button
            ref={setActivatorNodeRef}
            type="button"
            variant="ghost"
            size="icon"
            className="-my-1 -ml-1 size-8 cursor-grab touch-none text-muted-foreground active:cursor-grabbing"
            {...attributes}
            {...listeners}
            aria-label={`Move ${point.name}`}
          >
            <GripVertical aria-hidden="true" />
          </Button>
        }
        actions={
          <TouchPointActions
            point={point}
            stage={stage}
            stages={stages}
            columns={columns}
            teams={teams}
            onMove={(toStageId, visibleIndex) => onMove(point.id, toStageId, visibleIndex)}
            onMessage={onMessage}
          />
        }
      />
    </li>
  );
}

type StageHeaderProps = StageColumnProps & { headingId: string; shownCount: number; hiddenCount: number };

function StageHeader({ journeyId, stage, index, stages, canEdit, headingId, shownCount, hiddenCount, onMessage }: StageHeaderProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const moveStage = useMutation(trpc.journeys.moveStage.mutationOptions());
  const [dialog, setDialog] = useState<"rename" | "remove" | null>(null);
  const openingDialog = useRef(false);
  const menuId = `stage-${stage.id}-actions`;
  const isFirst = index === 0;
  const isLast = index === stages.length - 1;

  const move = async (direction: "left" | "right") => {
    try {
      await moveStage.mutateAsync({ stageId: stage.id, toPosition: index + (direction === "left" ? -1 : 1) });
      await invalidate();
      onMessage(`Moved the stage ${stage.name} to position ${index + (direction === "left" ? 0 : 2)} of ${stages.length}.`);
    } catch (error) {
      onMessage(`The stage ${stage.name} could not be moved: ${errorMessage(error)}`);
    }
    // The column moved; keep focus on the same button, or its twin when it reached an end.
    requestAnimationFrame(() => {
      const same = document.getElementById(moveStageButtonId(stage.id, direction)) as HTMLButtonElement | null;
      const other = document.getElementById(moveStageButtonId(stage.id, direction === "left" ? "right" : "left"));
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  const closeDialog = (open: boolean) => {
    if (open) return;
    setDialog(null);
    requestAnimationFrame(() => document.getElementById(menuId)?.focus());
  };

  return (
    <header className="grid gap-1">
      <div className="flex items-start gap-1">
        <div className="min-w-0 flex-1">
          <h2 id={headingId} className="leading-snug font-semibold break-words">
            {stage.name}
          </h2>
          <p className="text-xs text-muted-foreground">
            {shownCount === 1 ? "1 touch point" : `${shownCount} touch points`}
            {hiddenCount > 0 && `, ${hiddenCount} archived hidden`}
          </p>
        </div>
        {canEdit && (
          <div className="-my-1 flex shrink-0 items-center">
            <Button
              id={moveStageButtonId(stage.id, "left")}
              type="button"
              variant="ghost"
              size="icon"
              className="size-8"
              disabled={isFirst || moveStage.isPending}
              aria-label={`Move stage ${stage.name} left`}
              onClick={() => void move("left")}
            >
              <ChevronLeft aria-hidden="true" />
            </Button>
            <Button
              id={moveStageButtonId(stage.id, "right")}
              type="button"
              variant="ghost"
              size="icon"
              className="size-8"
              disabled={isLast || moveStage.isPending}
              aria-label={`Move stage ${stage.name} right`}
              onClick={() => void move("right")}
            >
              <ChevronRight aria-hidden="true" />
            </Button>
            <DropdownMenu modal={false}>
              <DropdownMenuTrigger asChild>
                <Button id={menuId} type="button" variant="ghost" size="icon" className="size-8" aria-label={`Actions for stage ${stage.name}`}>
                  <Ellipsis aria-hidden="true" />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent
                align="end"
                onCloseAutoFocus={(event) => {
                  if (openingDialog.current) event.preventDefault();
                  openingDialog.current = false;
                }}
              >
                <DropdownMenuItem
                  onSelect={() => {
                    openingDialog.current = true;
                    setDialog("rename");
                  }}
                >
                  <Pencil aria-hidden="true" />
                  Rename stage
                </DropdownMenuItem>
                <DropdownMenuItem
                  variant="destructive"
                  onSelect={() => {
                    openingDialog.current = true;
                    setDialog("remove");
                  }}
                >
                  <Trash2 aria-hidden="true" />
                  Remove stage
                </DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          </div>
        )}
      </div>
      {stage.description && <p className="text-xs text-muted-foreground">{stage.description}</p>}
      {dialog === "rename" && <StageFormDialog journeyId={journeyId} stage={stage} onOpenChange={closeDialog} />}
      {dialog === "remove" && (
        <RemoveStageDialog
          stage={stage}
          onOpenChange={closeDialog}
          onRemoved={() => {
            setDialog(null);
            onMessage(`The stage ${stage.name} was removed.`);
            // Its column is gone; the page's own "Add stage" button is the next sensible place.
            requestAnimationFrame(() => document.getElementById("add-stage")?.focus());
          }}
        />
      )}
    </header>
  );
}
