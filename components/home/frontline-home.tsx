import { MessageSquare, Target } from "lucide-react";
import type { SessionUser } from "@/server/services/auth/session-user";
import { IdentityCard } from "./identity-card";
import { PlaceholderCard } from "./placeholder-card";

export function FrontlineHome({ user }: { user: SessionUser }) {
  return (
    <div className="grid gap-6">
      <IdentityCard user={user} />
      <div className="grid gap-6 md:grid-cols-2">
        <PlaceholderCard
          title="Your targets"
          description="Whether you are on target this week and this month."
          icon={<Target />}
          emptyTitle="No results yet"
          emptyDescription="Your targets and results appear here once customer feedback flows for the touch points you serve."
        />
        <PlaceholderCard
          title="What customers said"
          description="Comments and kudos from the customers you served."
          icon={<MessageSquare />}
          emptyTitle="Nothing yet"
          emptyDescription="Customers' words about you appear here once feedback arrives."
        />
      </div>
    </div>
  );
}
