"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { DialogCancel } from "@/components/forms/dialog-cancel";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorCode, errorMessage } from "@/lib/trpc/errors";
import type { MapTouchPoint } from "./map-model";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

type RemoveTouchPointDialogProps = {
  point: MapTouchPoint;
  onOpenChange: (open: boolean) => void;
  onMessage: (message: string) => void;
};

/**
 * Removing deletes the touch point; one with feedback cannot be removed (the server says so),
 * and archiving it instead keeps its history.
 */
export function RemoveTouchPointDialog({ point, onOpenChange, onMessage }: RemoveTouchPointDialogProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const remove = useMutation(trpc.touchPoints.remove.mutationOptions());
  const archive = useMutation(trpc.touchPoints.archive.mutationOptions());
  const conflict = remove.isError && errorCode(remove.error) === "CONFLICT";
  const hasFeedback = point.feedbackCount > 0;

  const onRemove = async () => {
    try {
      await remove.mutateAsync({ touchPointId: point.id });
    } catch {
      return;
    }
    await invalidate();
    onMessage(`${point.name} was removed.`);
    onOpenChange(false);
  };

  const onArchive = async () => {
    try {
      await archive.mutateAsync({ touchPointId: point.id });
    } catch {
      return;
    }
    await invalidate();
    onMessage(`${point.name} was archived.`);
    onOpenChange(false);
  };

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Remove {point.name}?</DialogTitle>
          <DialogDescription>
            {hasFeedback
              ? `It has ${point.feedbackCount === 1 ? "1 piece" : `${point.feedbackCount} pieces`} of customer feedback, which must keep its touch point. Archive it instead: that hides it from the map and keeps its history.`
              : "It is deleted with its KPIs and targets. This cannot be undone; archive it instead to keep it."}
          </DialogDescription>
        </DialogHeader>
        <FormAlert
          message={remove.isError ? errorMessage(remove.error) : archive.isError ? errorMessage(archive.error) : null}
        />
        <DialogFooter>
          <DialogCancel />
          {!point.archived && (
            <Button
              type="button"
              variant={conflict || hasFeedback ? "default" : "outline"}
              disabled={archive.isPending}
              onClick={() => void onArchive()}
            >
              {archive.isPending ? "Archiving…" : "Archive instead"}
            </Button>
          )}
          {!conflict && (
            <Button type="button" variant="destructive" disabled={remove.isPending} onClick={() => void onRemove()}>
              {remove.isPending ? "Removing…" : "Remove touch point"}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
