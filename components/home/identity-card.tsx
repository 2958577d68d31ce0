import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { CardHeading } from "@/components/shell/card-heading";
import { ROLE_LABELS } from "@/lib/roles";
import type { SessionUser } from "@/server/services/auth/session-user";

export function IdentityCard({ user }: { user: SessionUser }) {
  return (
    <Card>
      <CardHeader>
        <CardHeading>Who you are</CardHeading>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
          <Entry term="Name">{user.name}</Entry>
          <Entry term="Email">{user.email}</Entry>
          <Entry term="Role">{ROLE_LABELS[user.role]}</Entry>
          <Entry term="Organisation">{user.orgName}</Entry>
          <Entry term={user.teams.length === 1 ? "Team" : "Teams"}>
            {user.teams.length === 0 ? (
              <span className="text-muted-foreground">Not in a team</span>
            ) : (
              <ul className="flex flex-wrap gap-2">
                {user.teams.map((team) => (
                  <li key={team.id} className="flex items-center gap-1.5">
                    {team.name}
                    {team.isLead && <Badge variant="secondary">lead</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </Entry>
        </dl>
      </CardContent>
    </Card>
  );
}

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="font-medium break-words">{children}</dd>
    </div>
  );
}
