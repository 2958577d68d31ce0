import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { coachingSessions, coachingSessionTouchPoints, teamMembers, touchPoints, users } from "@/db/schema";
import { todayIn } from "@/lib/day-in";
import type { CoachingFields } from "@/lib/schemas/coaching";
import type { TenantDb, TenantTx } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError, PermissionError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { memberIdsOfTeams } from "@/server/services/users/memberships";

export type CoachingStatus = "confirmed" | "awaiting_confirmation";

export type CoachingSessionView = {
  id: string;
  coach: { id: string; name: string };
  person: { id: string; name: string };
  heldOn: string;
  touchPoints: { id: string; name: string }[];
  notes: string;
  actions: string;
  followUpOn: string | null;
  confirmedAt: Date | null;
  status: CoachingStatus;
  /** The follow-up day has come and no later session with the person was held. */
  followUpDue: boolean;
};

const today = (scope: Scope) => todayIn(scope.timeZone ?? "UTC");

/** The people a caller may coach: a director anyone active, a lead the members of the teams they lead. */
async function coacheeIds(tenant: TenantDb, scope: Scope): Promise<string[] | "everyone"> {
  if (scope.role === "director") return "everyone";
  if (scope.role === "team_lead") return (await memberIdsOfTeams(tenant, scope.leadTeamIds)).filter((id) => id !== scope.userId);
  return [];
}

async function requireCoachee(tenant: TenantDb, scope: Scope, userId: string) {
  if (userId === scope.userId) throw new ValidationError("You cannot record a coaching session with yourself", "userId");
  const reach = await coacheeIds(tenant, scope);
  if (reach !== "everyone" && !reach.includes(userId)) throw new NotFoundError("Person");
  const [person] = await tenant.selectFields({ id: users.id, active: users.active }, users, eq(users.id, userId));
  if (!person) throw new NotFoundError("Person");
  if (!person.active) throw new ValidationError("This person is deactivated", "userId");
}

/** Touch points a session with the person may be about: those the person's teams own, any for a director. */
async function allowedTouchPointIds(tenant: TenantDb, scope: Scope, userId: string, wanted: string[]): Promise<void> {
  const unique = [...new Set(wanted)];
  const rows = await tenant.selectFields(
    { id: touchPoints.id, ownerTeamId: touchPoints.ownerTeamId },
    touchPoints,
    and(inArray(touchPoints.id, unique), isNull(touchPoints.archivedAt)),
  );
  if (rows.length !== unique.length) throw new ValidationError("A chosen touch point does not exist or is archived", "touchPointIds");
  if (scope.role === "director") return;
  const teams = await tenant.selectFields({ teamId: teamMembers.teamId }, teamMembers, eq(teamMembers.userId, userId));
  const owned = new Set(teams.map((t) => t.teamId));
  if (rows.some((row) => !row.ownerTeamId || !owned.has(row.ownerTeamId))) {
    throw new ValidationError("Choose touch points that the person's team owns", "touchPointIds");
  }
}

function checkDates(scope: Scope, fields: CoachingFields) {
  if (fields.heldOn > today(scope)) throw new ValidationError(`The session date ${fields.heldOn} is in the future`, "heldOn");
  if (fields.followUpOn !== null && fields.followUpOn < fields.heldOn) {
    throw new ValidationError("The follow-up date must be on or after the session date", "followUpOn");
  }
}

async function writeTouchPoints(tenantTx: TenantTx, sessionId: string, touchPointIds: string[]) {
  await tenantTx.delete(coachingSessionTouchPoints, eq(coachingSessionTouchPoints.sessionId, sessionId));
  await tenantTx.insert(
    coachingSessionTouchPoints,
    [...new Set(touchPointIds)].map((touchPointId) => ({ sessionId, touchPointId })),
  );
}

export async function recordCoachingSession(tenant: TenantDb, scope: Scope, input: CoachingFields & { userId: string }) {
  await requireCoachee(tenant, scope, input.userId);
  checkDates(scope, input);
  await allowedTouchPointIds(tenant, scope, input.userId, input.touchPointIds);
  return tenant.transaction(async (tx) => {
    const [row] = await tx
      .insert(coachingSessions, {
        coachId: scope.userId,
        userId: input.userId,
        heldOn: input.heldOn,
        notes: input.notes,
        actions: input.actions,
        followUpOn: input.followUpOn,
      })
      .returning({ id: coachingSessions.id });
    await writeTouchPoints(tx, row!.id, input.touchPointIds);
    await recordAudit(tx, { actorId: scope.userId, action: "coaching.record", entityType: "coaching_session", entityId: row!.id, after: input });
    return { id: row!.id };
  });
}

/** The coach (or a director) edits a session until the person confirms it. */
export async function updateCoachingSession(tenant: TenantDb, scope: Scope, input: CoachingFields & { sessionId: string }) {
  const session = await visibleSession(tenant, scope, input.sessionId);
  if (scope.role !== "director" && session.coachId !== scope.userId) throw new PermissionError("Only the coach who recorded this session can edit it");
  if (session.confirmedAt) throw new ConflictError("This session was confirmed and can no longer be edited");
  checkDates(scope, input);
  await allowedTouchPointIds(tenant, scope, session.userId, input.touchPointIds);
  return tenant.transaction(async (tx) => {
    const [updated] = await tx
      .update(
        coachingSessions,
        { heldOn: input.heldOn, notes: input.notes, actions: input.actions, followUpOn: input.followUpOn, updatedAt: new Date() },
        and(eq(coachingSessions.id, session.id), isNull(coachingSessions.confirmedAt))!,
      )
      .returning({ id: coachingSessions.id });
    // Claimed with the condition: a confirmation between the read and this write wins.
    if (!updated) throw new ConflictError("This session was confirmed and can no longer be edited");
    await writeTouchPoints(tx, session.id, input.touchPointIds);
    await recordAudit(tx, {
      actorId: scope.userId,
      action: "coaching.update",
      entityType: "coaching_session",
      entityId: session.id,
      before: { heldOn: session.heldOn, notes: session.notes, actions: session.actions, followUpOn: session.followUpOn },
      after: input,
    });
    return { id: session.id };
  });
}

/** Only the person coached confirms, once. */
export async function confirmCoachingSession(tenant: TenantDb, scope: Scope, input: { sessionId: string }) {
  const session = await visibleSession(tenant, scope, input.sessionId);
  if (session.userId !== scope.userId) throw new PermissionError("Only the person coached can confirm this session");
  return tenant.transaction(async (tx) => {
    const confirmedAt = new Date();
    const [claimed] = await tx
      .update(coachingSessions, { confirmedAt }, and(eq(coachingSessions.id, session.id), eq(coachingSessions.userId, scope.userId), isNull(coachingSessions.confirmedAt))!)
      .returning({ id: coachingSessions.id });
    if (!claimed) throw new ConflictError("You already confirmed this session");
    await recordAudit(tx, { actorId: scope.userId, action: "coaching.confirm", entityType: "coaching_session", entityId: session.id, after: { confirmedAt } });
    return { id: session.id, confirmedAt };
  });
}

/** A session the caller may see: their own, one of a person they coach or lead, any for a director. */
async function visibleSession(tenant: TenantDb, scope: Scope, sessionId: string) {
  const [session] = await tenant.select(coachingSessions, eq(coachingSessions.id, sessionId));
  if (!session) throw new NotFoundError("Coaching session");
  if (scope.role === "director" || session.userId === scope.userId || session.coachId === scope.userId) return session;
  if (scope.role === "team_lead" && (await memberIdsOfTeams(tenant, scope.leadTeamIds)).includes(session.userId)) return session;
  throw new NotFoundError("Coaching session");
}

async function sessionsWhere(tenant: TenantDb, scope: Scope, userIds: string[] | "everyone"): Promise<CoachingSessionView[]> {
  if (userIds !== "everyone" && userIds.length === 0) return [];
  const rows = await tenant
    .selectFields(
      {
        id: coachingSessions.id,
        coachId: coachingSessions.coachId,
        userId: coachingSessions.userId,
        heldOn: coachingSessions.heldOn,
        notes: coachingSessions.notes,
        actions: coachingSessions.actions,
        followUpOn: coachingSessions.followUpOn,
        confirmedAt: coachingSessions.confirmedAt,
      },
      coachingSessions,
      userIds === "everyone" ? undefined : inArray(coachingSessions.userId, userIds),
    )
    .orderBy(desc(coachingSessions.heldOn), desc(coachingSessions.createdAt))
    .limit(500);
  if (rows.length === 0) return [];
  const sessionIds = rows.map((r) => r.id);
  const points = await tenant
    .selectFields(
      { sessionId: coachingSessionTouchPoints.sessionId, id: touchPoints.id, name: touchPoints.name },
      coachingSessionTouchPoints,
      inArray(coachingSessionTouchPoints.sessionId, sessionIds),
    )
    .innerJoin(touchPoints, tenant.joinOn(touchPoints, eq(touchPoints.id, coachingSessionTouchPoints.touchPointId)))
    .orderBy(touchPoints.name);
  const people = await tenant.selectFields(
    { id: users.id, name: users.name },
    users,
    inArray(users.id, [...new Set(rows.flatMap((r) => [r.coachId, r.userId]))]),
  );
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const latestHeld = new Map<string, string>();
  for (const row of rows) if ((latestHeld.get(row.userId) ?? "") < row.heldOn) latestHeld.set(row.userId, row.heldOn);
  const day = today(scope);
  return rows.map((row) => ({
    id: row.id,
    coach: { id: row.coachId, name: nameOf.get(row.coachId) ?? "" },
    person: { id: row.userId, name: nameOf.get(row.userId) ?? "" },
    heldOn: row.heldOn,
    touchPoints: points.filter((p) => p.sessionId === row.id).map(({ id, name }) => ({ id, name })),
    notes: row.notes,
    actions: row.actions,
    followUpOn: row.followUpOn,
    confirmedAt: row.confirmedAt,
    status: row.confirmedAt ? "confirmed" : "awaiting_confirmation",
    followUpDue: row.followUpOn !== null && row.followUpOn <= day && latestHeld.get(row.userId) === row.heldOn,
  }));
}

/** The caller's own sessions, as the person coached. */
export function listMyCoaching(tenant: TenantDb, scope: Scope) {
  return sessionsWhere(tenant, scope, [scope.userId]);
}

/** A lead's team's sessions (a director's: everyone's). */
export async function listTeamCoaching(tenant: TenantDb, scope: Scope) {
  return sessionsWhere(tenant, scope, await coacheeIds(tenant, scope));
}

/** One person's sessions: themselves, their lead, a director. */
export async function listPersonCoaching(tenant: TenantDb, scope: Scope, input: { userId: string }) {
  if (input.userId !== scope.userId) {
    const reach = await coacheeIds(tenant, scope);
    if (reach !== "everyone" && !reach.includes(input.userId)) throw new NotFoundError("Person");
    const [person] = await tenant.selectFields({ id: users.id }, users, eq(users.id, input.userId));
    if (!person) throw new NotFoundError("Person");
  }
  return sessionsWhere(tenant, scope, [input.userId]);
}

/** What the "Record a session" form offers: the people the caller may coach, each with the touch points a session may be about. */
export async function coachingFormOptions(tenant: TenantDb, scope: Scope) {
  const reach = await coacheeIds(tenant, scope);
  const people = await tenant
    .selectFields(
      { id: users.id, name: users.name },
      users,
      reach === "everyone" ? eq(users.active, true) : and(eq(users.active, true), inArray(users.id, reach.length ? reach : [scope.userId])),
    )
    .orderBy(users.name);
  const candidates = people.filter((p) => p.id !== scope.userId);
  const points = await tenant
    .selectFields({ id: touchPoints.id, name: touchPoints.name, ownerTeamId: touchPoints.ownerTeamId }, touchPoints, isNull(touchPoints.archivedAt))
    .orderBy(touchPoints.name);
  const memberships = candidates.length
    ? await tenant.selectFields({ userId: teamMembers.userId, teamId: teamMembers.teamId }, teamMembers, inArray(teamMembers.userId, candidates.map((p) => p.id)))
    : [];
  return {
    today: today(scope),
    touchPoints: points.map(({ id, name }) => ({ id, name })),
    people: candidates.map((person) => {
      const teams = new Set(memberships.filter((m) => m.userId === person.id).map((m) => m.teamId));
      const ids = scope.role === "director" ? points.map((p) => p.id) : points.filter((p) => p.ownerTeamId && teams.has(p.ownerTeamId)).map((p) => p.id);
      return { ...person, touchPointIds: ids };
    }),
  };
}
