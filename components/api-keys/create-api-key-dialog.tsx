"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormDialog } from "@/components/forms/form-dialog";
import { CreateApiKeyForm, type CreatedApiKey } from "./create-api-key-form";
import { NewApiKey } from "./new-api-key";

export function CreateApiKeyDialog() {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <FormDialog
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          Create API key
        </Button>
      }
      // Closing forgets the key: it is shown once, in this dialog only.
      onOpenChange={(open) => {
        if (!open) setCreated(null);
      }}
      title={created ? `${created.name} is ready` : "Create an API key"}
      description={
        created
          ? "Put this key into the other system's settings. Touchpoint keeps only a fingerprint of it."
          : "The key acts for your whole organisation, with only the scopes you choose here."
      }
    >
      {() =>
        created ? (
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
        )
      }
    </FormDialog>
  );
}
