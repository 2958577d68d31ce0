"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
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

  const onRemove = async () => {
    try {
      await remove.mutateAsync({ stageId: stage.id });
    } catch {
      return;
    }
    await invalidate();
    onRemoved();
  };

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Remove the stage {stage.name}?</DialogTitle>
          <DialogDescription>
            {count === 0
              ? "The stage has no touch points. This cannot be undone."
              : `It still has ${count === 1 ? "1 touch point" : `${count} touch points`} (archived ones count too). Move or remove them first.`}
          </DialogDescription>
        </DialogHeader>
        <FormAlert message={remove.isError ? errorMessage(remove.error) : null} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button type="button" variant="destructive" disabled={remove.isPending} onClick={() => void onRemove()}>
            {remove.isPending ? "Removing…" : "Remove stage"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
