import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations, loginEmails, teamMembers, teams, users } from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import { tenantDb } from "@/server/db/tenant-db";
import { createInvitation } from "@/server/services/invitations/invitations";
import { createOrgFixture, FIXTURE_PASSWORD, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { apiKeyAuthorizationEntries, apiKeyIdentifiersOf, snapshotApiKeys } from "./authorization-table-api-keys";
import { dashboardAuthorizationEntries } from "./authorization-table-dashboards";
import { importAuthorizationEntries, importIdentifiersOf, snapshotImports } from "./authorization-table-imports";
import { journeyAuthorizationEntries, journeyIdentifiersOf, snapshotJourneys } from "./authorization-table-journeys";
import { responseAuthorizationEntries, responseIdentifiersOf, snapshotResponses } from "./authorization-table-responses";
import { snapshotThemes, themeAuthorizationEntries, themeIdentifiersOf } from "./authorization-table-themes";
import { snapshotSurveys, surveyAuthorizationEntries, surveyIdentifiersOf } from "./authorization-table-surveys";
import { trainingImpactAuthorizationEntries } from "./authorization-table-training-impact";
import { snapshotTextModels, textModelAuthorizationEntries, textModelIdentifiersOf } from "./authorization-table-text-model";
import { snapshotTraining, trainingAuthorizationEntries, trainingIdentifiersOf } from "./authorization-table-training";
import { snapshotTrainingLms, trainingLmsAuthorizationEntries, trainingLmsIdentifiersOf } from "./authorization-table-training-lms";
import { appRouter } from "@/server/api/root";
import type { ProcedureMeta } from "@/server/api/trpc";

/**
 * Who may call each procedure of appRouter, a valid input that refers to organisation A's rows,
 * and what must happen when organisation B's director sends that input. Read by
 * authorization.db.test.ts (which fails when a procedure is missing here) and input-fuzz.db.test.ts.
 */

export type Access = "public" | readonly Role[];

/**
 * - `not_found`: B's director names A's rows by id; the call must fail with NOT_FOUND.
 * - `own_rows_only`: a list or get; B's director gets B's rows and none of A's.
 * - `not_applicable`: the procedure acts on the caller (or the caller's organisation) only.
 * - `token_bearer`: a public procedure authorised by an invitation link's secret, not by the
 *   session; whoever holds A's link acts on A's invitation, so the caller's own organisation (B)
 *   must stay untouched and nothing of B may appear in the answer.
 */
export type CrossOrg = "not_found" | "own_rows_only" | "not_applicable" | "token_bearer";

export type TableFixtures = { db: Database; a: OrgFixture; b: OrgFixture };

/** Rows an entry's setup made in organisation A for one call. */
export type Extra = {
  invitationId?: string;
  /** An invitation's or a survey link's secret. */
  token?: string;
  teamId?: string;
  teamName?: string;
  journeyId?: string;
  stageId?: string;
  /** A stage without touch points (removable). */
  emptyStageId?: string;
  touchPointId?: string;
  kpiId?: string;
  targetId?: string;
  apiKeyId?: string;
  themeId?: string;
  /** A second theme of A's, for procedures that take two. */
  otherThemeId?: string;
  surveyId?: string;
  /** An import run of A's team lead, and one of A's director (a run answers its owner only). */
  importRunId?: string;
  directorImportRunId?: string;
  /** A queued text job (training or rescoring) of A. */
  textJobId?: string;
  /** A response (feedback row) in A. */
  feedbackId?: string;
};

export type AuthorizationEntry = {
  access: Access;
  /** Runs before every call of the procedure, so each call gets a still-usable input. */
  setup?: (f: TableFixtures) => Promise<Extra>;
  /** `caller`: who will send it (absent for the other organisation's director and the fuzz test). */
  input: (f: TableFixtures, extra: Extra, caller?: FixtureUser | null) => unknown;
  crossOrg: CrossOrg;
};

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;
const LEADS = ["director", "team_lead"] as const;
const DIRECTOR = ["director"] as const;

/** Long and random enough for the strength check. */
export const STRONG_PASSWORD = "Violet-kettle-harbour-2026";

let unique = 0;
const freshEmail = (what: string) => `${what}-${++unique}-${Math.random().toString(36).slice(2, 8)}@example.com`;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

/** A pending invitation in A, made the way the director's invitation form makes it. */
export async function inviteIntoA({ db, a }: TableFixtures): Promise<Extra> {
  const scope = { orgId: a.orgId, userId: a.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
  const created = await createInvitation(tenantDb(db, a.orgId), scope, {
    email: freshEmail("invitee"),
    role: "frontline",
    teamId: a.teamId,
  });
  return { invitationId: created.id, token: created.path.replace(/^\/invite\//, "") };
}

export const authorizationTable: Record<string, AuthorizationEntry> = {
  "auth.signUp": {
    access: "public",
    input: () => ({ orgName: "Fresh Org", name: "Fresh Person", email: freshEmail("founder"), password: STRONG_PASSWORD, timeZone: "Europe/Paris", themePreset: "retail" }),
    crossOrg: "not_applicable",
  },

  "organization.get": { access: ANY_ROLE, input: () => undefined, crossOrg: "own_rows_only" },
  "organization.demoLoad": { access: ANY_ROLE, input: () => undefined, crossOrg: "own_rows_only" },
  "organization.update": { access: DIRECTOR, input: () => ({ name: "Renamed Organisation" }), crossOrg: "not_applicable" },
  "organization.settings": { access: DIRECTOR, input: () => undefined, crossOrg: "own_rows_only" },
  "organization.updateTimeZone": { access: DIRECTOR, input: () => ({ timeZone: "America/Chicago" }), crossOrg: "not_applicable" },
  "organization.rebuildStatus": { access: ANY_ROLE, input: () => undefined, crossOrg: "own_rows_only" },
  "organization.rebuildStep": { access: DIRECTOR, input: () => undefined, crossOrg: "not_applicable" },

  "users.me": { access: ANY_ROLE, input: () => undefined, crossOrg: "not_applicable" },
  "users.list": { access: LEADS, input: () => ({ includeInactive: true }), crossOrg: "own_rows_only" },
  "users.updateRole": {
    access: DIRECTOR,
    input: ({ a }) => ({ userId: a.frontline.id, role: "team_lead" }),
    crossOrg: "not_found",
  },
  "users.setTeams": {
    access: DIRECTOR,
    input: ({ a }) => ({ userId: a.frontline.id, teams: [{ teamId: a.otherTeamId, isLead: false }] }),
    crossOrg: "not_found",
  },
  "users.deactivate": { access: DIRECTOR, input: ({ a }) => ({ userId: a.outsider.id }), crossOrg: "not_found" },
  "users.reactivate": {
    access: DIRECTOR,
    setup: async ({ db, a }) => {
      await tenantDb(db, a.orgId).update(users, { active: false }, eq(users.id, a.outsider.id));
      return {};
    },
    input: ({ a }) => ({ userId: a.outsider.id }),
    crossOrg: "not_found",
  },
  "users.updateProfile": { access: ANY_ROLE, input: () => ({ name: "Renamed Person" }), crossOrg: "not_applicable" },
  "users.changePassword": {
    access: ANY_ROLE,
    input: () => ({ currentPassword: FIXTURE_PASSWORD, newPassword: STRONG_PASSWORD }),
    crossOrg: "not_applicable",
  },

  "teams.list": { access: ANY_ROLE, input: () => undefined, crossOrg: "own_rows_only" },
  "teams.create": {
    access: DIRECTOR,
    input: () => ({ name: `New Team ${++unique}`, description: "Handles the night shift" }),
    crossOrg: "not_applicable",
  },
  "teams.update": {
    access: DIRECTOR,
    input: ({ a }) => ({ teamId: a.teamId, name: "Renamed Desk", description: "Now also on weekends" }),
    crossOrg: "not_found",
  },
  "teams.remove": {
    access: DIRECTOR,
    setup: async ({ db, a }) => {
      const [team] = await tenantDb(db, a.orgId)
        .insert(teams, { name: `Empty Team ${++unique}` })
        .returning({ id: teams.id });
      return { teamId: team!.id };
    },
    input: (_f, extra) => ({ teamId: required(extra.teamId, "teamId") }),
    crossOrg: "not_found",
  },

  "invitations.list": { access: DIRECTOR, setup: inviteIntoA, input: () => undefined, crossOrg: "own_rows_only" },
  "invitations.create": {
    access: DIRECTOR,
    input: ({ a }) => ({ email: freshEmail("new-hire"), role: "frontline", teamId: a.teamId }),
    crossOrg: "not_found",
  },
  "invitations.revoke": {
    access: DIRECTOR,
    setup: inviteIntoA,
    input: (_f, extra) => ({ invitationId: required(extra.invitationId, "invitationId") }),
    crossOrg: "not_found",
  },
  "invitations.lookup": {
    access: "public",
    setup: inviteIntoA,
    input: (_f, extra) => ({ token: required(extra.token, "token") }),
    crossOrg: "token_bearer",
  },
  "invitations.accept": {
    access: "public",
    setup: inviteIntoA,
    input: (_f, extra) => ({ token: required(extra.token, "token"), name: "New Colleague", password: STRONG_PASSWORD }),
    crossOrg: "token_bearer",
  },

  ...journeyAuthorizationEntries,
  ...apiKeyAuthorizationEntries,
  ...responseAuthorizationEntries,
  ...themeAuthorizationEntries,
  ...surveyAuthorizationEntries,
  ...importAuthorizationEntries,
  ...dashboardAuthorizationEntries,
  ...textModelAuthorizationEntries,
  ...trainingImpactAuthorizationEntries,
  ...trainingAuthorizationEntries,
  ...trainingLmsAuthorizationEntries,
};

/** Every procedure of appRouter by dotted path, with the access its meta declares. */
export function routerProcedures(): { path: string; type: string; access: Access }[] {
  // Typed as the nested router record, but at run time a flat map keyed by dotted path.
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: ProcedureMeta } }>;
  return Object.entries(procedures).map(([path, procedure]) => {
    const meta = procedure._def.meta;
    if (!meta) throw new Error(`${path} declares no access meta`);
    return { path, type: procedure._def.type, access: meta.access === "public" ? "public" : meta.roles };
  });
}

export function isAllowed(access: Access, role: Role | null): boolean {
  return access === "public" || (role !== null && access.includes(role));
}

type Callable = (input: unknown) => Promise<unknown>;

/** Calls `caller.<path>(input)` for a dotted path such as "users.updateRole". */
export function callProcedure(caller: object, path: string, input: unknown): Promise<unknown> {
  const [router, name] = path.split(".");
  const procedure = (caller as Record<string, Record<string, Callable>>)[router!]![name!];
  if (typeof procedure !== "function") throw new Error(`no procedure at ${path}`);
  return procedure(input);
}

/**
 * Strings that identify an organisation's rows: ids and emails, and names unless `names` is
 * false (a procedure that echoes a name it was given may legitimately repeat another
 * organisation's name).
 */
export async function identifiersOf(db: Database, orgId: string, { names = true } = {}): Promise<string[]> {
  const tenant = tenantDb(db, orgId);
  const org = await tenant.organization();
  const people = await tenant.selectFields({ id: users.id, email: users.email, name: users.name }, users);
  const teamRows = await tenant.selectFields({ id: teams.id, name: teams.name }, teams);
  const invites = await tenant.selectFields({ id: invitations.id, email: invitations.email }, invitations);
  const named = (name: string | undefined) => (names && name ? [name] : []);
  return [
    orgId,
    ...named(org?.name),
    ...people.flatMap((p) => [p.id, p.email, ...named(p.name)]),
    ...teamRows.flatMap((t) => [t.id, ...named(t.name)]),
    ...invites.flatMap((i) => [i.id, i.email]),
    ...(await journeyIdentifiersOf(db, orgId, named)),
    ...(await apiKeyIdentifiersOf(db, orgId, named)),
    ...(await responseIdentifiersOf(db, orgId)),
    ...(await themeIdentifiersOf(db, orgId, named)),
    ...(await surveyIdentifiersOf(db, orgId)),
    ...(await importIdentifiersOf(db, orgId)),
    ...(await textModelIdentifiersOf(db, orgId)),
    ...(await trainingIdentifiersOf(db, orgId, named)),
    ...(await trainingLmsIdentifiersOf(db, orgId)),
  ];
}

/** The identifiers of `orgId` that occur in `value` (as JSON); empty when none leaked. */
export async function leakedIdentifiers(
  db: Database,
  orgId: string,
  value: unknown,
  options?: { names?: boolean },
): Promise<string[]> {
  if (value === undefined) return [];
  const json = JSON.stringify(value);
  return (await identifiersOf(db, orgId, options)).filter((identifier) => json.includes(identifier));
}

/** Everything of one organisation an authorization mistake could change. */
export async function snapshotOrg(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  return {
    organization: await tenant.organization(),
    users: await tenant
      .selectFields(
        {
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          active: users.active,
          sessionVersion: users.sessionVersion,
          passwordHash: users.passwordHash,
        },
        users,
      )
      .orderBy(asc(users.id)),
    loginEmails: await db
      .select({ email: loginEmails.email, userId: loginEmails.userId })
      .from(loginEmails)
      .where(eq(loginEmails.orgId, orgId))
      .orderBy(asc(loginEmails.email)),
    teams: await tenant
      .selectFields({ id: teams.id, name: teams.name, description: teams.description }, teams)
      .orderBy(asc(teams.id)),
    teamMembers: await tenant
      .selectFields({ teamId: teamMembers.teamId, userId: teamMembers.userId, isLead: teamMembers.isLead }, teamMembers)
      .orderBy(asc(teamMembers.teamId), asc(teamMembers.userId)),
    invitations: await tenant
      .selectFields(
        {
          id: invitations.id,
          email: invitations.email,
          role: invitations.role,
          teamId: invitations.teamId,
          acceptedAt: invitations.acceptedAt,
          revokedAt: invitations.revokedAt,
        },
        invitations,
      )
      .orderBy(asc(invitations.id)),
    ...(await snapshotJourneys(db, orgId)),
    ...(await snapshotApiKeys(db, orgId)),
    ...(await snapshotThemes(db, orgId)),
    ...(await snapshotSurveys(db, orgId)),
    ...(await snapshotImports(db, orgId)),
    ...(await snapshotTextModels(db, orgId)),
    ...(await snapshotResponses(db, orgId)),
    ...(await snapshotTraining(db, orgId)),
    ...(await snapshotTrainingLms(db, orgId)),
  };
}

/** Two fresh organisations: A, whose rows the calls name, and B, the other tenant. */
export async function createTableFixtures(db: Database): Promise<TableFixtures> {
  return { db, a: await createOrgFixture(db, "Alpha"), b: await createOrgFixture(db, "Bravo") };
}
