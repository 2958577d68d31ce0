"use client";

import { useRef, useState } from "react";
import { Ellipsis } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ChangeRoleDialog } from "./change-role-dialog";
import { SetActiveDialog } from "./set-active-dialog";
import { SetTeamsDialog } from "./set-teams-dialog";
import type { Person } from "./people-table-model";

type DialogName = "role" | "teams" | "active";

export function PersonActions({ person }: { person: Person }) {
  const [open, setOpen] = useState<DialogName | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const openingDialog = useRef(false);

  const openDialog = (name: DialogName) => {
    openingDialog.current = true;
    setOpen(name);
  };
  const onDialogOpenChange = (isOpen: boolean) => {
    if (isOpen) return;
    setOpen(null);
    // The dialog had no trigger of its own; give focus back to the menu button it came from.
    requestAnimationFrame(() => triggerRef.current?.focus());
  };

  return (
    <>
      {/* Non-modal so the menu does not hold pointer events while the dialog it opens is up. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button ref={triggerRef} variant="ghost" size="icon" aria-label={`Actions for ${person.name}`}>
            <Ellipsis aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          onCloseAutoFocus={(event) => {
            // Focus belongs to the dialog that is opening, not to the menu button.
            if (openingDialog.current) event.preventDefault();
            openingDialog.current = false;
          }}
        >
          <DropdownMenuItem onSelect={() => openDialog("role")}>Change role</DropdownMenuItem>
          <DropdownMenuItem onSelect={() => openDialog("teams")}>Set teams</DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant={person.active ? "destructive" : "default"} onSelect={() => openDialog("active")}>
            {person.active ? "Deactivate" : "Reactivate"}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open === "role" && <ChangeRoleDialog person={person} onOpenChange={onDialogOpenChange} />}
      {open === "teams" && <SetTeamsDialog person={person} onOpenChange={onDialogOpenChange} />}
      {open === "active" && <SetActiveDialog person={person} onOpenChange={onDialogOpenChange} />}
    </>
  );
}
