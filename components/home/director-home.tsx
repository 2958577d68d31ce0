import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateQueries } from "@/server/api/server-queries";
import type { SessionUser } from "@/server/services/auth/session-user";
import { DirectorDashboard } from "./director/director-dashboard";
import { prefetchDirectorDashboard } from "./director/prefetch";
import { OrgQuickLinks } from "./org-quick-links";

// Every figure is the organisation's, scoped on the server; the user brings the organisation's today.
export async function DirectorHome({ user, params }: { user: SessionUser; params: URLSearchParams }) {
  await prefetchDirectorDashboard(params, user.timeZone);
  return (
    <div className="grid gap-6">
      <HydrateQueries>
        {/* The dashboard reads its period and cuts from the URL (useSearchParams). */}
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <DirectorDashboard />
        </Suspense>
      </HydrateQueries>
      <OrgQuickLinks />
    </div>
  );
}
