import { Suspense } from "react";
import { Users } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { SessionUser } from "@/server/services/auth/session-user";
import { LeadDashboard } from "./lead-dashboard";

export function LeadHome({ user }: { user: SessionUser; params: URLSearchParams }) {
  if (!user.teams.some((team) => team.isLead)) {
    return <EmptyState icon={<Users />} title="You do not lead a team yet" description="A director can make you a team's lead; your team's figures then appear here." />;
  }
  // The dashboard reads the period from the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense>
      <LeadDashboard />
    </Suspense>
  );
}
