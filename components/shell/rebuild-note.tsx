"use client";

import { useEffect, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import type { Role } from "@/lib/domain/roles";
import { useTRPC } from "@/lib/trpc/react";

/**
 * While the organisation's rollups are rebuilt into a new time zone, says so on every page: the
 * figures of touch points not yet rebuilt still count days in the old zone. Nothing otherwise.
 */
export function RebuildNote({ role }: { role: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery({
    ...trpc.organization.rebuildStatus.queryOptions(),
    refetchInterval: (query) => (query.state.data && !query.state.data.finishedAt ? 3000 : false),
  });
  const rebuild = status.data;
  const running = Boolean(rebuild && !rebuild.finishedAt);
  const [sawRunning, setSawRunning] = useState(false);
  if (running && !sawRunning) setSawRunning(true);
  useEffect(() => {
    // Finished while this page was open: its figures were partly in the old zone.
    if (rebuild?.finishedAt && sawRunning) void queryClient.invalidateQueries();
  }, [rebuild?.finishedAt, sawRunning, queryClient]);

  if (!rebuild || !running) return null;
  const progress = `${rebuild.touchPointsDone} of ${rebuild.touchPointsTotal} touch points`;
  return (
    <Alert variant={rebuild.failedAt ? "destructive" : "default"} className="mt-2">
      <RefreshCw aria-hidden="true" />
      <AlertDescription>
        <span>
          {rebuild.failedAt
            ? `Rebuilding figures for ${rebuild.timeZone} stopped at ${progress}: ${rebuild.error ?? "an error"}.`
            : rebuild.stalled
              ? `Rebuilding figures for ${rebuild.timeZone} is paused at ${progress}.`
              : `Rebuilding figures for ${rebuild.timeZone}: ${progress}.`}{" "}
          Until it finishes, some figures still count days in {rebuild.previousTimeZone ?? "the previous zone"}.{" "}
          {role === "director" && (rebuild.stalled || rebuild.failedAt) && <Link href="/settings/organization">Resume it in Organisation settings</Link>}
        </span>
      </AlertDescription>
    </Alert>
  );
}
