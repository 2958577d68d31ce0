import { Suspense } from "react";
import type { SessionUser } from "@/server/services/auth/session-user";
import { FrontlineDashboard } from "./frontline-dashboard";

// The user prop keeps the signature every role's home shares (app/(app)/page.tsx).
export function FrontlineHome({}: { user: SessionUser; params: URLSearchParams }) {
  // The trend's KPI choice lives in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense>
      <FrontlineDashboard />
    </Suspense>
  );
}
