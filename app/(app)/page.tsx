import { ShieldAlert } from "lucide-react";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { DirectorHome } from "@/components/home/director-home";
import { FrontlineHome } from "@/components/home/frontline-home";
import { LeadHome } from "@/components/home/lead-home";
import { requireUser } from "@/server/auth/session";
import type { SessionUser } from "@/server/services/auth/session-user";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const HOME_BY_ROLE = { director: DirectorHome, team_lead: LeadHome, frontline: FrontlineHome };

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const query = await searchParams;
  const { denied } = query;
  const RoleHome = HOME_BY_ROLE[user.role];
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={homeDescription(user)} />
      {denied === "1" && (
        <Alert variant="destructive" className="mb-6">
          <ShieldAlert aria-hidden="true" />
          <AlertTitle>You don&apos;t have access to that page.</AlertTitle>
        </Alert>
      )}
      <RoleHome user={user} params={urlParams(query)} />
    </>
  );
}

function urlParams(query: Awaited<SearchParams>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const one of [value ?? []].flat()) params.append(name, one);
  return params;
}

/** Names the teams too, so a person sees at once whose figures the home shows. */
function homeDescription(user: SessionUser): string {
  const teams = user.teams.map((team) => team.name).join(", ");
  return teams ? `${teams} · ${user.orgName} on Touchpoint` : `${user.orgName} on Touchpoint`;
}
