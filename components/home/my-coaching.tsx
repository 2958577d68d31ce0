"use client";

import { MyCoachingList } from "@/components/coaching/my-coaching-list";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { HomeSection } from "./home-section";

/** The frontline home's "Coaching to confirm": sessions the lead recorded that the person has not confirmed yet. */
export function MyCoaching() {
  return (
    <HomeSection title="Coaching to confirm" description="1:1 sessions your team lead recorded with you. Confirm each one that took place as written.">
      <div className="grid gap-3">
        <MyCoachingList onlyToConfirm />
        <Button asChild variant="outline" size="sm" className="justify-self-start">
          <Link href="/coaching">All my coaching</Link>
        </Button>
      </div>
    </HomeSection>
  );
}
