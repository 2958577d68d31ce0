"use client";

import { useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Archive, ArchiveRestore, ArrowDown, ArrowRightLeft, ArrowUp, Ellipsis, Pencil, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { MapStage, MapTeam, MapTouchPoint } from "./map-model";
import { MoveToStageDialog } from "./move-to-stage-dialog";
import { RemoveTouchPointDialog } from "./remove-touch-point-dialog";
import { TouchPointFormDialog } from "./touch-point-form-dialog";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

type DialogName = "edit" | "move" | "remove";

export type TouchPointActionsProps = {
  point: MapTouchPoint;
  stage: MapStage;
  stages: readonly MapStage[];
  /** Stage id -> ids of the touch points shown, in order. */
  columns: Record<string, string[]>;
  teams: readonly MapTeam[];
  onMove: (toStageId: string, visibleIndex: number) => void;
  onMessage: (message: string) => void;
};

export function touchPointActionsId(pointId: string) {
  return `touch-point-actions-${pointId}`;
}

export function addTouchPointId(stageId: string) {
  return `add-touch-point-${stageId}`;
}

/** A director's menu for one touch point: edit, move (the keyboard path besides dragging), archive, remove. */
export function TouchPointActions({ point, stage, stages, columns, teams, onMove, onMessage }: TouchPointActionsProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const [open, setOpen] = useState<DialogName | null>(null);
  const openingDialog = useRef(false);
  const refocus = useRef(false);
  const column = columns[stage.id] ?? [];
  const index = column.indexOf(point.id);

  const archive = useMutation(trpc.touchPoints.archive.mutationOptions());
  const restore = useMutation(trpc.touchPoints.restore.mutationOptions());

  const focusTrigger = () =>
    // The card may have moved in the DOM, or gone (archived, removed): find where focus belongs by id.
    requestAnimationFrame(() =>
      (document.getElementById(touchPointActionsId(point.id)) ?? document.getElementById(addTouchPointId(stage.id)))?.focus(),
    );

  const openDialog = (name: DialogName) => {
    openingDialog.current = true;
    setOpen(name);
  };
  const onDialogOpenChange = (isOpen: boolean) => {
    if (isOpen) return;
    setOpen(null);
    focusTrigger();
  };

  const setArchived = async (value: boolean) => {
    try {
      await (value ? archive : restore).mutateAsync({ touchPointId: point.id });
      await invalidate();
      focusTrigger();
      onMessage(value ? `${point.name} was archived.` : `${point.name} was restored.`);
    } catch (error) {
      onMessage(`${point.name} could not be ${value ? "archived" : "restored"}: ${errorMessage(error)}`);
    }
  };

  // The map puts focus back on this menu's button once the card shows in its new place.
  const move = (delta: -1 | 1) => {
    refocus.current = true;
    onMove(stage.id, index + delta);
  };

  return (
    <>
      {/* Non-modal so the menu does not hold pointer events while the dialog it opens is up. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            id={touchPointActionsId(point.id)}
            variant="ghost"
            size="icon"
            className="-my-1 size-8"
            aria-label={`Actions for ${point.name}`}
          >
            <Ellipsis aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          onCloseAutoFocus={(event) => {
            // Focus belongs to the dialog that is opening, or (after a move) is the map's to place.
            if (openingDialog.current || refocus.current) event.preventDefault();
            openingDialog.current = false;
            refocus.current = false;
          }}
        >
          <DropdownMenuItem onSelect={() => openDialog("edit")}>
            <Pencil aria-hidden="true" />
            Edit
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={index <= 0} onSelect={() => move(-1)}>
            <ArrowUp aria-hidden="true" />
            Move up
          </DropdownMenuItem>
          <DropdownMenuItem disabled={index < 0 || index >= column.length - 1} onSelect={() => move(1)}>
            <ArrowDown aria-hidden="true" />
            Move down
          </DropdownMenuItem>
          <DropdownMenuItem disabled={stages.length < 2} onSelect={() => openDialog("move")}>
            <ArrowRightLeft aria-hidden="true" />
            Move to stage…
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          {point.archived ? (
            <DropdownMenuItem disabled={restore.isPending} onSelect={() => void setArchived(false)}>
              <ArchiveRestore aria-hidden="true" />
              Restore
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem disabled={archive.isPending} onSelect={() => void setArchived(true)}>
              <Archive aria-hidden="true" />
              Archive
            </DropdownMenuItem>
          )}
          <DropdownMenuItem variant="destructive" onSelect={() => openDialog("remove")}>
            <Trash2 aria-hidden="true" />
            Remove
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open === "edit" && <TouchPointFormDialog teams={teams} touchPoint={point} onOpenChange={onDialogOpenChange} />}
      {open === "move" && (
        <MoveToStageDialog
          point={point}
          fromStageId={stage.id}
          stages={stages}
          columns={columns}
          onMove={(toStageId, visibleIndex) => {
            setOpen(null);
            onMove(toStageId, visibleIndex);
          }}
          onOpenChange={onDialogOpenChange}
        />
      )}
      {open === "remove" && <RemoveTouchPointDialog point={point} onOpenChange={onDialogOpenChange} onMessage={onMessage} />}
    </>
  );
}
