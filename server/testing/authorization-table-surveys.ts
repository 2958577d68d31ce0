import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { surveys } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { createSurveyLink, setSurveyLinkClosed } from "@/server/services/surveys/links";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";
import { journeyInA } from "./authorization-table-journeys";

/** The survey link rows of authorization-table.ts. Merged into `authorizationTable` there. */

const DIRECTOR = ["director"] as const;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

const directorScope = ({ a }: TableFixtures): Scope => ({ orgId: a.orgId, userId: a.director.id, role: "director", teamIds: [], leadTeamIds: [] });

/** An open survey link in A for a fresh touch point (owned by the lead's team, with a CSAT KPI). */
export async function surveyLinkInA(f: TableFixtures): Promise<Extra> {
  const extra = await journeyInA(f);
  const created = await createSurveyLink(tenantDb(f.db, f.a.orgId), directorScope(f), {
    touchPointId: required(extra.touchPointId, "touchPointId"),
    includeComment: true,
    includeStaff: true,
  });
  return { ...extra, surveyId: created.id, token: created.path.split("/").at(-1) };
}

async function closedSurveyLinkInA(f: TableFixtures): Promise<Extra> {
  const extra = await surveyLinkInA(f);
  await setSurveyLinkClosed(tenantDb(f.db, f.a.orgId), directorScope(f), { surveyId: required(extra.surveyId, "surveyId"), closed: true });
  return extra;
}

const surveyIdOf = (_f: TableFixtures, x: Extra) => ({ surveyId: required(x.surveyId, "surveyId") });

export const surveyAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "surveys.list": { access: DIRECTOR, setup: surveyLinkInA, input: () => undefined, crossOrg: "own_rows_only" },
  "surveys.create": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ touchPointId: required(x.touchPointId, "touchPointId"), includeComment: true, includeStaff: true }),
    crossOrg: "not_found",
  },
  "surveys.close": { access: DIRECTOR, setup: surveyLinkInA, input: surveyIdOf, crossOrg: "not_found" },
  "surveys.reopen": { access: DIRECTOR, setup: closedSurveyLinkInA, input: surveyIdOf, crossOrg: "not_found" },
  "surveys.regenerate": { access: DIRECTOR, setup: surveyLinkInA, input: surveyIdOf, crossOrg: "not_found" },
  "surveys.publicForm": {
    access: "public",
    setup: surveyLinkInA,
    input: ({ a }, x) => ({ orgId: a.orgId, token: required(x.token, "token") }),
    crossOrg: "token_bearer",
  },
  "surveys.submit": {
    access: "public",
    setup: surveyLinkInA,
    input: ({ a }, x) => ({
      orgId: a.orgId,
      token: required(x.token, "token"),
      answers: { csatScore: 4, comment: "Quick and friendly at the desk" },
      staffId: a.frontline.id,
    }),
    crossOrg: "token_bearer",
  },
};

/** Ids and link secrets of one organisation's surveys, for the leak checks. */
export async function surveyIdentifiersOf(db: Database, orgId: string) {
  const rows = await tenantDb(db, orgId).selectFields({ id: surveys.id, token: surveys.token }, surveys);
  return rows.flatMap((survey) => [survey.id, survey.token]);
}

/** One organisation's survey links, for the "unchanged" checks. */
export async function snapshotSurveys(db: Database, orgId: string) {
  return {
    surveys: await tenantDb(db, orgId)
      .selectFields(
        {
          id: surveys.id,
          touchPointId: surveys.touchPointId,
          token: surveys.token,
          status: surveys.status,
          questions: surveys.questions,
          responseCount: surveys.responseCount,
          closedAt: surveys.closedAt,
        },
        surveys,
      )
      .orderBy(asc(surveys.id)),
  };
}
