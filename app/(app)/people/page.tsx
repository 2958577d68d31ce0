import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { InvitePersonDialog } from "@/components/people/invite-person-dialog";
import { PendingInvitations } from "@/components/people/pending-invitations";
import { PeopleTable } from "@/components/people/people-table";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const user = await requireUser(["director", "team_lead"]);
  const isDirector = user.role === "director";
  return (
    <>
      <PageHeader
        title={isDirector ? "People" : "My team"}
        description={
          isDirector
            ? "Everyone in your organisation: their roles, teams and whether they can sign in."
            : "The people in the teams you lead."
        }
        actions={isDirector ? <InvitePersonDialog /> : undefined}
      />
      {/* One track that may shrink below the table's width: the table scrolls in its box, not the page. */}
      <div className="grid grid-cols-1 gap-8">
        <PeopleTable canManage={isDirector} />
        {isDirector && <PendingInvitations />}
      </div>
    </>
  );
}
