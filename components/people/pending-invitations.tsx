"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CardHeading } from "@/components/shell/card-heading";
import { FormAlert } from "@/components/forms/form-alert";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";

type Invitation = RouterOutputs["invitations"]["list"][number];

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

export function PendingInvitations() {
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const pending = invitations.data?.filter((invitation) => invitation.status === "pending") ?? [];

  return (
    <Card>
      <CardHeader>
        <CardHeading>Pending invitations</CardHeading>
        <CardDescription>Invitations not yet accepted. Revoke one to make its link stop working.</CardDescription>
      </CardHeader>
      <CardContent>
        {invitations.isPending ? (
          <SkeletonRows label="Loading invitations" count={2} rowClassName="h-8" />
        ) : invitations.isError ? (
          <FormAlert message={errorMessage(invitations.error)} />
        ) : pending.length === 0 ? (
          <EmptyState icon={<Mail />} title="No pending invitations" className="py-8" />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Team</TableHead>
                <TableHead>Expires</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {pending.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} />
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.invitations.list.pathFilter()),
    }),
  );

  return (
    <TableRow>
      <TableCell className="font-medium">{invitation.email}</TableCell>
      <TableCell>{ROLE_LABELS[invitation.role]}</TableCell>
      <TableCell>{invitation.teamName ?? <span className="text-muted-foreground">None</span>}</TableCell>
      <TableCell>{dateFormat.format(invitation.expiresAt)}</TableCell>
      <TableCell className="text-right">
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={revoke.isPending}
          aria-label={`Revoke invitation for ${invitation.email}`}
          onClick={() => revoke.mutate({ invitationId: invitation.id })}
        >
          {revoke.isPending ? "Revoking…" : "Revoke"}
        </Button>
        {revoke.isError && (
          <p role="alert" className="mt-1 text-sm whitespace-normal text-destructive">
            {errorMessage(revoke.error)}
          </p>
        )}
      </TableCell>
    </TableRow>
  );
}
