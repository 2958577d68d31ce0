"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { DialogCancel } from "@/components/forms/dialog-cancel";
import { FormAlert } from "@/components/forms/form-alert";
import { errorMessage } from "@/lib/trpc/errors";

/** The parts of a TanStack mutation the dialog reads. */
type ConfirmAction = { isPending: boolean; isError: boolean; error: unknown; reset: () => void };

type ConfirmDialogProps = {
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Destructive (red) unless the action is harmless to undo. */
  destructive?: boolean;
  action: ConfirmAction;
  /** Runs the action (usually `mutation.mutateAsync(...)`); the dialog closes when it resolves and shows the error when it rejects. */
  onConfirm: () => Promise<unknown>;
} & (
  | { trigger: ReactNode; onOpenChange?: never }
  /** Without a trigger the dialog is open while mounted (opened from a menu); it asks its owner to close it. */
  | { trigger?: never; onOpenChange: (open: boolean) => void }
);

/**
 * "Are you sure?" for one action: what will happen, Cancel, and a button that runs it, with the
 * server's refusal shown in place.
 */
export function ConfirmDialog({ title, description, confirmLabel, pendingLabel, destructive = true, action, onConfirm, trigger, onOpenChange }: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = trigger ? ownOpen : true;
  const setOpen = (next: boolean) => {
    if (trigger) setOwnOpen(next);
    else onOpenChange?.(next);
    if (!next) action.reset();
  };
  const confirm = async () => {
    try {
      await onConfirm();
    } catch {
      return; // the mutation holds the error, shown below
    }
    setOpen(false);
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <FormAlert message={action.isError ? errorMessage(action.error) : null} />
        <DialogFooter>
          <DialogCancel />
          <Button type="button" variant={destructive ? "destructive" : "default"} disabled={action.isPending} onClick={() => void confirm()}>
            {action.isPending ? pendingLabel : confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
