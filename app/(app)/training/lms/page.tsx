import type { Metadata } from "next";
import { HomeSection } from "@/components/home/home-section";
import { MapResult } from "@/components/training-lms/map-result";
import { RecentlyApplied } from "@/components/training-lms/recently-applied";
import { WaitingCourses } from "@/components/training-lms/waiting-courses";
import { WaitingPeople } from "@/components/training-lms/waiting-people";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "LMS statements" };

export default async function LmsStatementsPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader
        title="LMS statements"
        description="Results your LMS sends as xAPI statements (POST /api/v1/xapi/statements, an API key with training:write). A result becomes a training record when its person's email and its course id are known; the others wait here."
      />
      {/* minmax(0, 1fr): a wide table scrolls inside its card instead of widening the page. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <HomeSection title="Waiting for their course" description="Course ids that match no module's LMS course id. Map one to a module: every statement waiting for it is applied at once, and later ones are applied as they arrive.">
          <div className="grid gap-3">
            <MapResult />
            <WaitingCourses />
          </div>
        </HomeSection>
        <HomeSection title="Waiting for their person" description="Results whose email is not an active person's. Invite the person or correct their email, then retry.">
          <WaitingPeople />
        </HomeSection>
        <HomeSection title="Recently applied" description="The newest statements that became training records.">
          <RecentlyApplied />
        </HomeSection>
      </div>
    </>
  );
}
