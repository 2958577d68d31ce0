"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Ban } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/react";
import { maskedKey } from "./api-key-labels";

export function RevokeApiKeyDialog({ apiKey }: { apiKey: { id: string; name: string; prefix: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.apiKeys.list.pathFilter()) }),
  );
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Revoke ${apiKey.name}`}>
          <Ban aria-hidden="true" />
          Revoke
        </Button>
      }
      title={`Revoke ${apiKey.name}?`}
      description={
        <>
          Requests with the key <code className="font-mono">{maskedKey(apiKey.prefix)}</code> are refused from now on. The
          system using it stops sending data until it gets a new key. This cannot be undone.
        </>
      }
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      action={revoke}
      onConfirm={() => revoke.mutateAsync({ apiKeyId: apiKey.id })}
    />
  );
}
