// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";
import { responseInA } from "./authorization-table-responses";

/** The dashboard rows of authorization-table.ts. Merged into `authorizationTable` there. */

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;
const LEADS = ["director", "team_lead"] as const;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** The last 30 days, which hold responseInA's response (made "now"). */
const period = () => ({ from: day(-29), to: day(0) });

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

const withData = (f: TableFixtures): Promise<Extra> => responseInA(f);

export const dashboardAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "dashboards.journeyHealth": {
    access: LEADS,
    setup: withData,
    input: (_f, x) => ({ ...period(), journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "dashboards.kpiTrend": {
    access: ANY_ROLE,
    setup: withData,
    input: (_f, x) => ({ ...period(), kpiId: required(x.kpiId, "kpiId"), grain: "day" }),
    crossOrg: "not_found",
  },
  "dashboards.movers": {
    access: LEADS,
    setup: withData,
    input: (_f, x) => ({ ...period(), journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "dashboards.segments": {
    access: LEADS,
    setup: withData,
    input: (_f, x) => ({ ...period(), kpiId: required(x.kpiId, "kpiId"), attribute: "class" }),
    crossOrg: "not_found",
  },
  "dashboards.segmentAttributes": {
    access: LEADS,
    setup: withData,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "dashboards.keyDrivers": {
    access: LEADS,
    setup: withData,
    input: (_f, x) => ({ ...period(), journeyId: required(x.journeyId, "journeyId"), outcomeAttribute: "satisfaction", outcomeValue: "satisfied" }),
    crossOrg: "not_found",
  },
  "dashboards.themes": { access: ANY_ROLE, setup: withData, input: () => period(), crossOrg: "own_rows_only" },
  "dashboards.sentimentTrend": {
    access: LEADS,
    setup: withData,
    input: (_f, x) => ({ ...period(), journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "dashboards.teamPeople": {
    access: LEADS,
    setup: withData,
    input: ({ a }) => ({ ...period(), teamId: a.teamId }),
    crossOrg: "not_found",
  },
  "dashboards.historySpan": { access: ANY_ROLE, setup: withData, input: () => undefined, crossOrg: "own_rows_only" },
  "dashboards.me": { access: ANY_ROLE, setup: withData, input: () => ({ to: day(0) }), crossOrg: "not_applicable" },
  "dashboards.touchPoint": {
    access: ANY_ROLE,
    setup: withData,
    input: (_f, x) => ({ ...period(), touchPointId: required(x.touchPointId, "touchPointId") }),
    crossOrg: "not_found",
  },
};
