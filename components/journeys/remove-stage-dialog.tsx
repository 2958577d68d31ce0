"use client";

import { useMutation } from "@tanstack/react-query";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/react";
import type { MapStage } from "./map-model";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

type RemoveStageDialogProps = {
  stage: MapStage;
  onOpenChange: (open: boolean) => void;
  onRemoved: () => void;
};

/** Only an empty stage can go; the server refuses one that still has touch points. */
export function RemoveStageDialog({ stage, onOpenChange, onRemoved }: RemoveStageDialogProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const remove = useMutation(trpc.journeys.removeStage.mutationOptions());
  const count = stage.touchPoints.length;
  return (
    <ConfirmDialog
      onOpenChange={onOpenChange}
      title={`Remove the stage ${stage.name}?`}
      description={
        count === 0
          ? "The stage has no touch points. This cannot be undone."
          : `It still has ${count === 1 ? "1 touch point" : `${count} touch points`} (archived ones count too). Move or remove them first.`
      }
      confirmLabel="Remove stage"
      pendingLabel="Removing…"
      action={remove}
      onConfirm={async () => {
        await remove.mutateAsync({ stageId: stage.id });
        await invalidate();
        onRemoved();
      }}
    />
  );
}
