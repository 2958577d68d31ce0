import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { SessionUser } from "@/server/services/auth/session-user";
import { DirectorDashboard } from "./director/director-dashboard";
import { OrgQuickLinks } from "./org-quick-links";

// The session user is not needed yet: every figure is the organisation's, scoped on the server.
export function DirectorHome(_props: { user: SessionUser }) {
  return (
    <div className="grid gap-6">
      {/* The dashboard reads its period and cuts from the URL (useSearchParams). */}
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <DirectorDashboard />
      </Suspense>
      <OrgQuickLinks />
    </div>
  );
}
