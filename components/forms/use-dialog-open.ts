import { useState, type ReactNode } from "react";

/**
 * Open state for a dialog that either opens itself from a trigger or, without one, is shown by
 * its caller (always open) and reports closing through onOpenChange.
 */
export function useDialogOpen(trigger: ReactNode | undefined, onOpenChange?: (open: boolean) => void) {
  const [ownOpen, setOwnOpen] = useState(false);
  const controlled = trigger === undefined;
  const setOpen = (next: boolean) => {
    if (!controlled) setOwnOpen(next);
    onOpenChange?.(next);
  };
  return { open: controlled ? true : ownOpen, setOpen };
}
