"use client";

import { useState } from "react";
import { UserPlus } from "lucide-react";
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
import { InvitationLink } from "./invitation-link";
import { InvitePersonForm } from "./invite-person-form";

export function InvitePersonDialog() {
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | null>(null);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setLink(null);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          Invite person
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{link ? "Invitation created" : "Invite a person"}</DialogTitle>
          <DialogDescription>
            {link
              ? "The person chooses their name and password when they open the link."
              : "They join your organisation with the role and team you choose here."}
          </DialogDescription>
        </DialogHeader>
        {link ? (
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
        )}
      </DialogContent>
    </Dialog>
  );
}
