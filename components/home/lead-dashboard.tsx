"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { PeriodPicker, usePeriod } from "@/components/dashboard/period-picker";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { HomeSection } from "./home-section";
import { useTeamLinks } from "./team-links";
import { TeamMovers } from "./team-movers";
import { TeamNeedsHelp } from "./team-needs-help";
import { teamKpis } from "./team-people-model";
import { TeamPeopleTable } from "./team-people-table";
import { TeamTrend } from "./team-trend";
import { LeadTraining } from "@/components/training/lead-training";

/** The team lead's home: who needs help, the team against target person by person, who improved, and the trend. */
export function LeadDashboard() {
  const trpc = useTRPC();
  const period = usePeriod();
  const team = useQuery(trpc.dashboards.teamPeople.queryOptions({ from: period.from, to: period.to }));
  const kpis = useMemo(() => teamKpis(team.data?.rows ?? []), [team.data]);
  const teamNames = team.data?.teams.map((t) => t.name).join(", ");
  const links = useTeamLinks(period);

  return (
    // minmax(0, 1fr): a wide table scrolls inside its card instead of widening the page.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PeriodPicker trends />
      {team.isError && <FormAlert message={errorMessage(team.error)} />}
      <HomeSection title="Needs help" description={`${period.label}: who is below target beyond doubt or slipping, with the evidence.`}>
        {team.isPending ? <Rows label="Loading who needs help" count={2} /> : team.data ? <TeamNeedsHelp data={team.data} links={links} /> : null}
      </HomeSection>
      <HomeSection
        title="Your team against target"
        description={teamNames ? `${teamNames}, ${period.label}: each figure with its sample size (n) and its status against the person's target.` : period.label}
      >
        {team.isPending ? <Rows label="Loading your team" /> : team.data ? <TeamPeopleTable data={team.data} periodLabel={period.label} links={links} /> : null}
      </HomeSection>
      <LeadTraining period={period} />
      <HomeSection title="Improving" description={`Significant improvements on the previous ${period.days} days, person by person.`}>
        {team.isPending ? <Rows label="Loading changes" count={2} /> : team.data ? <TeamMovers data={team.data} links={links} /> : null}
      </HomeSection>
      {team.isPending ? <Rows label="Loading trend" count={1} /> : kpis.length > 0 && <TeamTrend kpis={kpis} period={period} />}
    </div>
  );
}

function Rows({ label, count = 4 }: { label: string; count?: number }) {
  return (
    <div role="status" aria-label={label} className="grid gap-2">
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} className="h-10 w-full" />
      ))}
    </div>
  );
}
