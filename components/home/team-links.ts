"use client";

import { useMemo } from "react";
import { usePeriodHref } from "@/components/dashboard/use-period-href";

/**
 * Where the team's people and figures lead, for the period on screen: a touch point's page keeps
 * the period picker's choice; a person's responses (at one touch point, or all of theirs) are
 * filtered to the same days, since the Responses page filters by dates rather than presets.
 */
export function useTeamLinks(period: { from: string; to: string }) {
  const periodHref = usePeriodHref();
  const { from, to } = period;
  return useMemo(
    () => ({
      touchPoint: (touchPointId: string) => periodHref(`/touch-points/${touchPointId}`),
      responses: (staffId: string, touchPointId?: string) => {
        const query = new URLSearchParams({ staff: staffId });
        if (touchPointId) query.set("touchPoint", touchPointId);
        query.set("from", from);
        query.set("to", to);
        return `/responses?${query}`;
      },
    }),
    [periodHref, from, to],
  );
}

/** How a name or figure that leads somewhere looks on the team's home: underlined, so it does not rest on colour alone. */
export const LINK = "font-medium underline decoration-muted-foreground/60 underline-offset-4 hover:decoration-current";

export type TeamLinks = ReturnType<typeof useTeamLinks>;
