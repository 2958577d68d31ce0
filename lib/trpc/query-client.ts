import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";
import { isClientError } from "./errors";

/**
 * The one QueryClient set-up, for the browser and for server components that start a page's
 * queries before its JavaScript has loaded. Queries still pending when the server renders are
 * sent as promises that settle in the browser (the RSC stream carries them), with superjson on
 * both sides as on the tRPC link.
 */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx (not found, forbidden, invalid) will not change on a retry; only retry the rest.
        retry: (failures, error) => !isClientError(error) && failures < 2,
      },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
