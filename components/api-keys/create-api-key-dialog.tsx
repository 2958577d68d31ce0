"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
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
import { CreateApiKeyForm, type CreatedApiKey } from "./create-api-key-form";
import { NewApiKey } from "./new-api-key";

export function CreateApiKeyDialog() {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  // Closing forgets the key: it is shown once, in this dialog only.
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setCreated(null);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{created ? `${created.name} is ready` : "Create an API key"}</DialogTitle>
          <DialogDescription>
            {created
              ? "Put this key into the other system's settings. Touchpoint keeps only a fingerprint of it."
              : "The key acts for your whole organisation, with only the scopes you choose here."}
          </DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <NewApiKey apiKey={created.key} />
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <CreateApiKeyForm onCreated={setCreated} />
        )}
      </DialogContent>
    </Dialog>
  );
}
