import type { Metadata } from "next";
import { MyCoachingList } from "@/components/coaching/my-coaching-list";
import { RecordCoachingForm } from "@/components/coaching/record-coaching-form";
import { TeamCoaching } from "@/components/coaching/team-coaching";
import { HomeSection } from "@/components/home/home-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Coaching" };

export default async function CoachingPage() {
  const user = await requireUser();
  const coach = user.role === "director" || user.role === "team_lead";
  return (
    <>
      <PageHeader
        title="Coaching"
        description={
          coach
            ? "Record the 1:1s you hold with the people of your team: what it was about, what you agreed and when to follow up. The person confirms each session; its effect on their customers' answers is measured like a module's."
            : "The 1:1 sessions your team lead recorded with you. Confirm each one that took place as written."
        }
      />
      <div className="grid gap-6">
        {coach && (
          <>
            <HomeSection title="Record a session">
              <RecordCoachingForm />
            </HomeSection>
            <HomeSection title={user.role === "director" ? "Coaching sessions" : "Your team's sessions"} description="Newest first. A follow-up is due once its day has come and no later session with the person was held.">
              <TeamCoaching />
            </HomeSection>
          </>
        )}
        {/* Nobody coaches a director; a lead is coached by a director. */}
        {user.role !== "director" && (
          <HomeSection title="My coaching" description="Sessions recorded with you, newest first.">
            <MyCoachingList />
          </HomeSection>
        )}
      </div>
    </>
  );
}
