import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTeamButton, TeamsList } from "@/components/teams/teams-list";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader
        title="Teams"
        description="The teams of your organisation, their members and their leads."
        actions={<CreateTeamButton />}
      />
      <TeamsList />
    </>
  );
}
