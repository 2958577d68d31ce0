"use client";

import { useEffect, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Database } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { useTRPC } from "@/lib/trpc/react";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * While the demo's responses load in the background (db/seed/skyward-loader.ts), says how many
 * are in, so no one takes a dashboard of half the data for the whole. Nothing otherwise.
 */
export function DemoLoadNote() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const load = useQuery({
    ...trpc.organization.demoLoad.queryOptions(),
    refetchInterval: (query) => (query.state.data?.status === "loading" ? 5000 : false),
  });
  const data = load.data;
  const [sawLoading, setSawLoading] = useState(false);
  if (data?.status === "loading" && !sawLoading) setSawLoading(true);
  useEffect(() => {
    // Loaded while this page was open: its figures were of part of the data.
    if (data?.status === "done" && sawLoading) void queryClient.invalidateQueries();
  }, [data?.status, sawLoading, queryClient]);

  if (!data || (data.status === "done" && !sawLoading)) return null;
  const share = data.total > 0 ? Math.floor((data.loaded / data.total) * 100) : 0;
  return (
    <Alert variant={data.status === "failed" ? "destructive" : "default"} className="mt-2">
      <Database aria-hidden="true" />
      <AlertDescription>
        {data.status === "loading" &&
          `Demo data: ${count(data.loaded)} of ${count(data.total)} responses loaded (${share}%). Figures cover what is loaded so far and grow as the rest loads.`}
        {data.status === "done" && `Demo data: all ${count(data.total)} responses loaded. Figures now cover the whole demo.`}
        {data.status === "failed" &&
          `Demo data: loading stopped at ${count(data.loaded)} of ${count(data.total)} responses (see the server's log). Start the demo again to load the rest.`}
      </AlertDescription>
    </Alert>
  );
}
