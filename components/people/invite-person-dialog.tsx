"use client";

import { useState } from "react";
import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormDialog } from "@/components/forms/form-dialog";
import { InvitationLink } from "./invitation-link";
import { InvitePersonForm } from "./invite-person-form";

export function InvitePersonDialog() {
  const [link, setLink] = useState<string | null>(null);

  return (
    <FormDialog
      trigger={
        <Button>
          <UserPlus aria-hidden="true" />
          Invite person
        </Button>
      }
      onOpenChange={(open) => {
        if (!open) setLink(null);
      }}
      title={link ? "Invitation created" : "Invite a person"}
      description={
        link
          ? "The person chooses their name and password when they open the link."
          : "They join your organisation with the role and team you choose here."
      }
    >
      {() =>
        link ? (
          <>
            <InvitationLink url={link} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setLink(null)}>
                Invite another
              </Button>
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <InvitePersonForm onCreated={(path) => setLink(`${window.location.origin}${path}`)} />
        )
      }
    </FormDialog>
  );
}
