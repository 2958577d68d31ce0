import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { JourneyList, JourneyPageActions } from "@/components/journeys/journey-list";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Journeys" };

export default async function JourneysPage() {
  const user = await requireUser();
  const isDirector = user.role === "director";
  return (
    <>
      <PageHeader
        title="Journeys"
        description={
          isDirector
            ? "The paths your customers take with you: their stages, touch points and what good looks like at each."
            : "The paths your customers take with us, and the touch points where they meet your team."
        }
        actions={isDirector ? <JourneyPageActions /> : undefined}
      />
      <JourneyList canManage={isDirector} />
    </>
  );
}
