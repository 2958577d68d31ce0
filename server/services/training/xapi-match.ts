import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { trainingCourseMappings, trainingModules, trainingRecords, users, xapiStatements } from "@/db/schema";
import type { TrainingRecordOutcome, XapiStatementState } from "@/lib/domain/training";
import type { TenantTx } from "@/server/db/tenant-db";
import { recordTrainingResult } from "./records";
import type { XapiAgent, XapiGroup } from "./xapi-schema";

const VERBS = "http://adlnet.gov/expapi/verbs/";

/** The xAPI verbs that are a result in a module, and the record they make. */
export const RESULT_VERBS: Record<string, TrainingRecordOutcome> = {
  [`${VERBS}completed`]: "completed",
  [`${VERBS}passed`]: "passed",
  [`${VERBS}failed`]: "failed",
};

/** "mailto:<lowercased email>", "account:<homePage>|<name>", and the like: how waiting statements group by person. */
export function actorKey(actor: XapiAgent | XapiGroup): string {
  if (actor.mbox) return `mailto:${actor.mbox.slice("mailto:".length).toLowerCase()}`;
  if (actor.account) return `account:${actor.account.homePage}|${actor.account.name}`;
  if (actor.mbox_sha1sum) return `sha1:${actor.mbox_sha1sum.toLowerCase()}`;
  if (actor.openid) return `openid:${actor.openid}`;
  const first = "member" in actor ? actor.member?.[0] : undefined;
  return first ? `group:${actorKey(first)}` : "group:anonymous";
}

/** The email an actor key names: the mailbox, or an account whose name is an email (as most LMSs send). */
export function emailOfActorKey(key: string): string | null {
  if (key.startsWith("mailto:")) return key.slice("mailto:".length);
  if (key.startsWith("account:")) {
    const name = key.slice(key.indexOf("|") + 1).trim().toLowerCase();
    return /^[^\s@]+@[^\s@]+$/.test(name) ? name : null;
  }
  return null;
}

/** result.score as 0-100: scaled x 100, or raw placed between min and max, or raw alone when it reads as a percentage. */
export function scoreOf(statement: unknown): number | null {
  const score = (statement as { result?: { score?: { scaled?: number; raw?: number; min?: number; max?: number } } }).result?.score;
  if (!score) return null;
  if (score.scaled !== undefined) return score.scaled * 100;
  if (score.raw !== undefined && score.min !== undefined && score.max !== undefined) return ((score.raw - score.min) / (score.max - score.min)) * 100;
  if (score.raw !== undefined && score.raw >= 0 && score.raw <= 100) return score.raw;
  return null;
}

export type StoredStatement = { id: string; verb: string; actor: string; objectId: string; statement: unknown; storedAt: Date; isAgent: boolean };

type Resolution = { state: XapiStatementState; userId?: string; moduleId?: string };

/** Who and which module each statement is about, from the organisation's people, modules and course mappings. */
export async function resolveStatements(tx: TenantTx, statements: StoredStatement[]): Promise<Map<string, Resolution>> {
  const results = statements.filter((s) => s.isAgent && RESULT_VERBS[s.verb]);
  const courseIds = [...new Set(results.map((s) => s.objectId))];
  const emails = [...new Set(results.map((s) => emailOfActorKey(s.actor)).filter((e): e is string => e !== null))];
  const moduleOf = new Map<string, string>();
  if (courseIds.length) {
    for (const m of await tx.selectFields({ courseId: trainingCourseMappings.courseId, moduleId: trainingCourseMappings.moduleId }, trainingCourseMappings, inArray(trainingCourseMappings.courseId, courseIds))) {
      moduleOf.set(m.courseId, m.moduleId);
    }
    // The module's own external id wins over a mapping.
    for (const m of await tx.selectFields({ id: trainingModules.id, externalId: trainingModules.externalId }, trainingModules, inArray(trainingModules.externalId, courseIds))) {
      moduleOf.set(m.externalId!, m.id);
    }
  }
  const personOf = new Map<string, string>();
  if (emails.length) {
    const people = await tx.selectFields(
      { id: users.id, email: sql<string>`lower(${users.email})` },
      users,
      and(eq(users.active, true), inArray(sql`lower(${users.email})`, emails)),
    );
    for (const p of people) personOf.set(p.email, p.id);
  }
  const out = new Map<string, Resolution>();
  for (const s of statements) {
    if (!s.isAgent || !RESULT_VERBS[s.verb]) {
      out.set(s.id, { state: "not_a_result" });
      continue;
    }
    const moduleId = moduleOf.get(s.objectId);
    const email = emailOfActorKey(s.actor);
    const userId = email ? personOf.get(email) : undefined;
    if (!moduleId) out.set(s.id, { state: "waiting_for_course" });
    else if (!userId) out.set(s.id, { state: "waiting_for_person" });
    else out.set(s.id, { state: "applied", userId, moduleId });
  }
  return out;
}

/**
 * Re-reads who and what each stored statement is about and turns those that now match into
 * training records (once: the record's source ref is the statement id). Returns how many became records.
 */
export async function applyStatements(tx: TenantTx, statements: StoredStatement[]): Promise<{ applied: number; states: Map<string, XapiStatementState> }> {
  const resolved = await resolveStatements(tx, statements);
  const states = new Map<string, XapiStatementState>();
  const waiting = new Map<XapiStatementState, string[]>();
  const appliedIds: string[] = [];
  let applied = 0;
  for (const s of statements) {
    const r = resolved.get(s.id)!;
    states.set(s.id, r.state);
    if (r.state !== "applied") {
      waiting.set(r.state, [...(waiting.get(r.state) ?? []), s.id]);
      continue;
    }
    const timestamp = (s.statement as { timestamp?: string }).timestamp;
    const record = await recordTrainingResult(tx, {
      moduleId: r.moduleId!,
      userId: r.userId!,
      outcome: RESULT_VERBS[s.verb]!,
      completedAt: timestamp ? new Date(timestamp) : s.storedAt,
      score: scoreOf(s.statement),
      source: "xapi",
      sourceRef: s.id,
    });
    appliedIds.push(s.id);
    if (record.stored) applied++;
  }
  if (appliedIds.length) {
    // One statement for the batch: each applied statement points at the record made from it.
    await tx.execute(
      (orgId) => sql`update ${xapiStatements} set state = 'applied', applied_at = now(), record_id = r.id
        from ${trainingRecords} r
        where ${xapiStatements.orgId} = ${orgId} and r.org_id = ${orgId} and r.source = 'xapi' and r.source_ref = ${xapiStatements.id}::text
          and ${inArray(xapiStatements.id, appliedIds)}`,
    );
  }
  // One update per state for the statements that still wait (a batch may hold hundreds).
  for (const [state, ids] of waiting) await tx.update(xapiStatements, { state }, inArray(xapiStatements.id, ids));
  return { applied, states };
}
