"use client";

import { useQuery } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { API_DOCS_PATH, maskedKey } from "./api-key-labels";
import { RevokeApiKeyDialog } from "./revoke-api-key-dialog";

type ApiKey = RouterOutputs["apiKeys"]["list"][number];

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function ApiKeysTable() {
  const trpc = useTRPC();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());

  if (keys.isPending) {
    return (
      <SkeletonRows label="Loading API keys" />
    );
  }
  if (keys.isError) return <FormAlert message={errorMessage(keys.error)} />;
  if (keys.data.length === 0) {
    return (
      <EmptyState
        icon={<KeyRound />}
        title="No API keys yet"
        description="An API key lets another system, such as your survey tool, ticketing system or kiosks, send feedback and observations to Touchpoint through the REST API at /api/v1."
        action={
          <a href={API_DOCS_PATH} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            Read the API reference
          </a>
        }
      />
    );
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Key</TableHead>
          <TableHead>Scopes</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Created by</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {keys.data.map((apiKey) => (
          <ApiKeyRow key={apiKey.id} apiKey={apiKey} />
        ))}
      </TableBody>
    </Table>
  );
}

function ApiKeyRow({ apiKey }: { apiKey: ApiKey }) {
  const revoked = apiKey.revokedAt !== null;
  return (
    <TableRow className={revoked ? "text-muted-foreground" : undefined}>
      <TableCell className="font-medium">{apiKey.name}</TableCell>
      <TableCell>
        <code className="font-mono text-xs">{maskedKey(apiKey.prefix)}</code>
      </TableCell>
      <TableCell>
        <ul className="flex flex-wrap gap-1">
          {apiKey.scopes.map((scope) => (
            <li key={scope}>
              <Badge variant="secondary" className="font-mono">
                {scope}
              </Badge>
            </li>
          ))}
        </ul>
      </TableCell>
      <TableCell>{dateFormat.format(apiKey.createdAt)}</TableCell>
      <TableCell>{apiKey.createdByName ?? <span className="text-muted-foreground">Unknown</span>}</TableCell>
      <TableCell>
        {apiKey.lastUsedAt ? timeFormat.format(apiKey.lastUsedAt) : <span className="text-muted-foreground">never</span>}
      </TableCell>
      <TableCell>
        {revoked ? (
          <Badge variant="outline" title={`Revoked ${timeFormat.format(apiKey.revokedAt!)}`}>
            Revoked
          </Badge>
        ) : (
          <Badge variant="success">Active</Badge>
        )}
      </TableCell>
      <TableCell className="text-right">{!revoked && <RevokeApiKeyDialog apiKey={apiKey} />}</TableCell>
    </TableRow>
  );
}
