import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { DialogCancel } from "./dialog-cancel";

type DialogFormFooterProps = {
  pending: boolean;
  submitLabel: ReactNode;
  /** Shown on the submit button while the form is being sent. */
  pendingLabel?: ReactNode;
  /** Beyond pending, e.g. while nothing has changed yet. */
  disabled?: boolean;
};

/** Cancel, which closes the dialog, and the form's submit button. */
export function DialogFormFooter({ pending, submitLabel, pendingLabel = "Saving…", disabled = false }: DialogFormFooterProps) {
  return (
    <DialogFooter>
      <DialogCancel />
      <Button type="submit" disabled={pending || disabled}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </DialogFooter>
  );
}
