import { Route } from "lucide-react";
import type { SessionUser } from "@/server/services/auth/session-user";
import { IdentityCard } from "./identity-card";
import { OrgQuickLinks } from "./org-quick-links";
import { PlaceholderCard } from "./placeholder-card";

export function DirectorHome({ user }: { user: SessionUser }) {
  return (
    <div className="grid gap-6">
      <IdentityCard user={user} />
      <OrgQuickLinks />
      <PlaceholderCard
        title="Journeys health"
        description="Every journey and touch point against its target, and where it is getting worse."
        icon={<Route />}
        emptyTitle="No journey results yet"
        emptyDescription="Health against target appears here once journeys, their touch points and KPIs are mapped and customer feedback arrives."
      />
    </div>
  );
}
