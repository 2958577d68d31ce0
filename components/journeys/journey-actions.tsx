"use client";

import { useRef, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Copy, Download, Ellipsis, Pencil } from "lucide-react";
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
import { downloadJson, journeyFileName } from "./download-json";
import { DuplicateJourneyDialog } from "./duplicate-journey-dialog";
import { JourneyFormDialog, type EditableJourney } from "./journey-form-dialog";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

type DialogName = "edit" | "duplicate";

type JourneyActionsProps = {
  journey: EditableJourney;
  /** Reports what went wrong (or null when it went right), for the caller to show. */
  onMessage: (message: { kind: "error" | "success"; text: string } | null) => void;
};

/** A director's menu for one journey: edit, duplicate, export and archive or restore. */
export function JourneyActions({ journey, onMessage }: JourneyActionsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateJourneys();
  const [open, setOpen] = useState<DialogName | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const openingDialog = useRef(false);
  const archived = journey.status === "archived";

  const archive = useMutation(trpc.journeys.archive.mutationOptions());
  const restore = useMutation(trpc.journeys.restore.mutationOptions());

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

  const setArchived = async (value: boolean) => {
    onMessage(null);
    try {
      await (value ? archive : restore).mutateAsync({ journeyId: journey.id });
      await invalidate();
      onMessage({ kind: "success", text: value ? `${journey.name} was archived.` : `${journey.name} was restored.` });
    } catch (error) {
      onMessage({ kind: "error", text: errorMessage(error) });
    }
  };

  const exportJson = async () => {
    onMessage(null);
    try {
      const document = await queryClient.fetchQuery({
        ...trpc.journeys.exportDefinition.queryOptions({ journeyId: journey.id }),
        staleTime: 0,
      });
      downloadJson(document, journeyFileName(journey.name));
    } catch (error) {
      onMessage({ kind: "error", text: errorMessage(error) });
    }
  };

  return (
    <>
      {/* Non-modal so the menu does not hold pointer events while the dialog it opens is up. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button ref={triggerRef} variant="ghost" size="icon" aria-label={`Actions for ${journey.name}`}>
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
          <DropdownMenuItem disabled={archived} onSelect={() => openDialog("edit")}>
            <Pencil aria-hidden="true" />
            Edit
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => openDialog("duplicate")}>
            <Copy aria-hidden="true" />
            Duplicate
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void exportJson()}>
            <Download aria-hidden="true" />
            Export JSON
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          {archived ? (
            <DropdownMenuItem disabled={restore.isPending} onSelect={() => void setArchived(false)}>
              <ArchiveRestore aria-hidden="true" />
              Restore
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem variant="destructive" disabled={archive.isPending} onSelect={() => void setArchived(true)}>
              <Archive aria-hidden="true" />
              Archive
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {open === "edit" && <JourneyFormDialog journey={journey} onOpenChange={onDialogOpenChange} />}
      {open === "duplicate" && <DuplicateJourneyDialog journey={journey} onOpenChange={onDialogOpenChange} />}
    </>
  );
}
