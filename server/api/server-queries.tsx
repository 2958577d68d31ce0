import "server-only";
import { cache, type ReactNode } from "react";
import { headers } from "next/headers";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { getDb } from "@/db/client";
import { makeQueryClient } from "@/lib/trpc/query-client";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { currentUser } from "@/server/auth/session";
import type { Context } from "./context";
import { appRouter } from "./root";

/** The request's QueryClient on the server: one per request (React's cache). */
export const serverQueryClient = cache(makeQueryClient);

const serverContext = cache(async (): Promise<Context> => ({ db: getDb(), session: await currentUser(), ip: clientIpFromHeaders(await headers()) }));

/**
 * The tRPC procedures as query options for server components: a page starts its queries while
 * the HTML is still being rendered, through the same procedures, roles and scoping as the
 * browser's calls, instead of waiting for its JavaScript to load and ask.
 */
export const serverTrpc = createTRPCOptionsProxy({ ctx: serverContext, router: appRouter, queryClient: serverQueryClient });

/** Sends the queries started so far to the browser's cache; pending ones settle there as they finish. */
export function HydrateQueries({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(serverQueryClient())}>{children}</HydrationBoundary>;
}
