"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Lock, LockOpen, RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

type LinkProps = { surveyId: string; touchPointName: string; describedBy: string };

/** Close or reopen: both undo each other, so no confirmation. */
export function CloseOrReopenButton({ surveyId, status, describedBy }: LinkProps & { status: "open" | "closed" }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = { onSuccess: () => queryClient.invalidateQueries(trpc.surveys.list.pathFilter()) };
  const close = useMutation(trpc.surveys.close.mutationOptions(options));
  const reopen = useMutation(trpc.surveys.reopen.mutationOptions(options));
  const failed = close.error ?? reopen.error;
  return (
    <>
      {status === "open" ? (
        <Button variant="outline" size="sm" aria-describedby={describedBy} disabled={close.isPending} onClick={() => close.mutate({ surveyId })}>
          <Lock aria-hidden="true" />
          Close link
        </Button>
      ) : (
        <Button variant="outline" size="sm" aria-describedby={describedBy} disabled={reopen.isPending} onClick={() => reopen.mutate({ surveyId })}>
          <LockOpen aria-hidden="true" />
          Reopen link
        </Button>
      )}
      {failed && (
        <p role="alert" className="text-sm text-destructive">
          {errorMessage(failed)}
        </p>
      )}
    </>
  );
}

/** A new secret for the link; whatever shows the old one (QR codes, receipts) stops working. */
export function RegenerateLinkDialog({ surveyId, touchPointName, describedBy }: LinkProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const regenerate = useMutation(
    trpc.surveys.regenerate.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.surveys.list.pathFilter());
        setOpen(false);
      },
    }),
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) regenerate.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-describedby={describedBy}>
          <RefreshCw aria-hidden="true" />
          New link
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Make a new link for {touchPointName}?</DialogTitle>
          <DialogDescription>
            The current link stops working at once, wherever it is printed or shared. Use this when a link has reached people
            it should not. Answers received so far are kept.
          </DialogDescription>
        </DialogHeader>
        <FormAlert message={regenerate.isError ? errorMessage(regenerate.error) : null} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button type="button" variant="destructive" disabled={regenerate.isPending} onClick={() => regenerate.mutate({ surveyId })}>
            {regenerate.isPending ? "Making…" : "Make new link"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
