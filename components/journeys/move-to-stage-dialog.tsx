"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { DialogCancel } from "@/components/forms/dialog-cancel";
import type { MapStage, MapTouchPoint } from "./map-model";

type MoveToStageDialogProps = {
  point: MapTouchPoint;
  fromStageId: string;
  stages: readonly MapStage[];
  columns: Record<string, string[]>;
  /** The stage and the index among its shown touch points that the touch point should take. */
  onMove: (toStageId: string, visibleIndex: number) => void;
  onOpenChange: (open: boolean) => void;
};

/** Moving a touch point without dragging: pick the stage and the place in it. */
export function MoveToStageDialog({ point, fromStageId, stages, columns, onMove, onOpenChange }: MoveToStageDialogProps) {
  const stageSelectId = useId();
  const positionSelectId = useId();
  const fromIndex = stages.findIndex((stage) => stage.id === fromStageId);
  const [toStageId, setToStageId] = useState(() => (stages[fromIndex + 1] ?? stages[0] ?? stages[fromIndex])?.id ?? fromStageId);
  const others = (columns[toStageId] ?? []).filter((id) => id !== point.id);
  const [position, setPosition] = useState<number | null>(null);
  const chosen = position === null || position > others.length ? others.length : position;
  const nameOf = (id: string) =>
    stages.flatMap((stage) => stage.touchPoints).find((each) => each.id === id)?.name ?? "another touch point";

  return (
    <Dialog open onOpenChange={onOpenChange}>
      {/* After a move the map focuses the card in its new place; the old place may be gone. */}
      <DialogContent onCloseAutoFocus={(event) => event.preventDefault()}>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            onMove(toStageId, chosen);
          }}
        >
          <DialogHeader>
            <DialogTitle>Move {point.name}</DialogTitle>
            <DialogDescription>Choose the stage it belongs to and where it comes in that stage.</DialogDescription>
          </DialogHeader>
          <FormField label="Stage" htmlFor={stageSelectId}>
            <NativeSelect
              id={stageSelectId}
              value={toStageId}
              onChange={(event) => {
                setToStageId(event.target.value);
                setPosition(null);
              }}
            >
              {stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.id === fromStageId ? `${stage.name} (current)` : stage.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField label="Position" htmlFor={positionSelectId}>
            <NativeSelect id={positionSelectId} value={chosen} onChange={(event) => setPosition(Number(event.target.value))}>
              {others.map((id, index) => (
                <option key={id} value={index}>
                  {index + 1}: before {nameOf(id)}
                </option>
              ))}
              <option value={others.length}>{others.length + 1}: at the end</option>
            </NativeSelect>
          </FormField>
          <DialogFooter>
            <DialogCancel />
            <Button type="submit">Move</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
