"use client";

import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { errorCode, errorMessage } from "@/lib/trpc/errors";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { InvitationProblem } from "./invitation-problem";

export function AcceptInvitation({ token }: { token: string }) {
  const trpc = useTRPC();
  const lookup = useQuery(trpc.invitations.lookup.queryOptions({ token }, { staleTime: Infinity }));

  if (lookup.isPending) {
    return (
      <div role="status" aria-label="Loading the invitation" className="grid gap-3">
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-9 w-full" />
      </div>
    );
  }
  if (lookup.isError) {
    const code = errorCode(lookup.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") {
      return (
        <InvitationProblem
          title="This invitation link is not valid"
          message="It may be mistyped or incomplete. Copy the whole link again, or ask the person who invited you for a new one."
        />
      );
    }
    // Expired, withdrawn or already used: the server says which.
    return <InvitationProblem title="This invitation cannot be used" message={errorMessage(lookup.error)} />;
  }
  return <AcceptInvitationForm token={token} invitation={lookup.data} />;
}
