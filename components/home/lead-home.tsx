import Link from "next/link";
import { Target, Users } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { SessionUser } from "@/server/services/auth/session-user";
import { IdentityCard } from "./identity-card";
import { PlaceholderCard } from "./placeholder-card";

export function LeadHome({ user }: { user: SessionUser }) {
  const ledTeams = user.teams.filter((team) => team.isLead).map((team) => team.name);
  return (
    <div className="grid gap-6">
      <IdentityCard user={user} />
      <div className="grid gap-6 md:grid-cols-2">
        <PlaceholderCard
          title="Your team"
          description={
            ledTeams.length > 0
              ? `You lead ${ledTeams.join(", ")}.`
              : "You do not lead a team yet; a director can make you a team's lead."
          }
          icon={<Users />}
          emptyTitle="See who is in your team"
          emptyDescription="The people in the teams you lead, their roles and whether they are active."
          action={
            <Button asChild variant="outline" size="sm">
              <Link href="/people">Open my team</Link>
            </Button>
          }
        />
        <PlaceholderCard
          title="Team performance"
          description="How your team is doing against target, person by person."
          icon={<Target />}
          emptyTitle="No results yet"
          emptyDescription="Results per person appear once your team's touch points have targets and customer feedback flows."
        />
      </div>
    </div>
  );
}
