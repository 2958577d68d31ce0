"use client";

import type { ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useDialogOpen } from "./use-dialog-open";

type FormDialogProps = {
  title: ReactNode;
  description: ReactNode;
  descriptionClassName?: string;
  /** For DialogContent, e.g. a wider "sm:max-w-xl". */
  className?: string;
  /** A trigger makes the dialog open itself; without one, the caller shows it (always open) and hears of closing through onOpenChange. */
  trigger?: ReactNode;
  onOpenChange?: (open: boolean) => void;
  /** Rendered only while open, so the form starts afresh each time; `close` is for after a success. */
  children: (close: () => void) => ReactNode;
};

/** A dialog around one form: trigger, title, description, and the form. */
export function FormDialog({ title, description, descriptionClassName, className, trigger, onOpenChange, children }: FormDialogProps) {
  const { open, setOpen } = useDialogOpen(trigger, onOpenChange);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent className={className}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription className={descriptionClassName}>{description}</DialogDescription>
        </DialogHeader>
        {open && children(() => setOpen(false))}
      </DialogContent>
    </Dialog>
  );
}
