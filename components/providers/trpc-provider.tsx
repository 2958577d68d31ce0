"use client";

import { useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, splitLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";
import { makeQueryClient } from "@/lib/trpc/query-client";
import { TRPCProvider } from "@/lib/trpc/react";

export { useTRPC } from "@/lib/trpc/react";

let browserQueryClient: QueryClient | undefined;

/** One client per browser tab: React may throw away state made during a render that suspends. */
function browserClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** The server refuses longer batches (server/api/http.ts); a page with more queries sends several. */
const TRPC_MAX_BATCH = 40;

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = browserClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Queries stream each answer as it is ready, so a slow card never holds a fast one;
        // mutations stay plain batches, whose response can still carry headers.
        splitLink({
          condition: (op) => op.type === "query",
          true: httpBatchStreamLink({ url: "/api/trpc", transformer: superjson, maxItems: TRPC_MAX_BATCH }),
          false: httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: TRPC_MAX_BATCH }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
