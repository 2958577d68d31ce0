import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { importRuns, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { trainInBackgroundIfDue } from "@/server/services/text-model/auto-train";
import type { ImportShape } from "@/lib/import/types";
import { abandonedSince } from "./abandoned";
import type { ImportStatus } from "@/lib/domain/imports";

export async function startImport(tenant: TenantDb, scope: Scope, input: { fileName: string; shape: ImportShape }) {
  const [run] = await tenant
    .insert(importRuns, { userId: scope.userId, fileName: input.fileName, shape: input.shape })
    .returning({ id: importRuns.id });
  return { id: run!.id };
}

/** The caller's own run; anyone else's (a colleague's, another organisation's) is "not found". */
export async function ownRunOrThrow(tenant: TenantDb, scope: Scope, importRunId: string) {
  const [run] = await tenant.select(importRuns, and(eq(importRuns.id, importRunId), eq(importRuns.userId, scope.userId)));
  if (!run) throw new NotFoundError("Import");
  return run;
}

export async function runningRunOrThrow(tenant: TenantDb, scope: Scope, importRunId: string) {
  const run = await ownRunOrThrow(tenant, scope, importRunId);
  if (run.status !== "running") throw new ConflictError("This import has already finished");
  return run;
}

export async function finishImport(tenant: TenantDb, scope: Scope, input: { importRunId: string; status: Exclude<ImportStatus, "running"> }) {
  await runningRunOrThrow(tenant, scope, input.importRunId);
  const [run] = await tenant
    .update(importRuns, { status: input.status, finishedAt: new Date() }, and(eq(importRuns.id, input.importRunId), eq(importRuns.status, "running"))!)
    .returning({ id: importRuns.id, status: importRuns.status, rowsRead: importRuns.rowsRead, stored: importRuns.stored, duplicates: importRuns.duplicates, rejected: importRuns.rejected });
  if (!run) throw new ConflictError("This import has already finished");
  // An import may bring labels (a sentiment column): enough new ones retrain the model.
  await trainInBackgroundIfDue(tenant, "import");
  return run;
}

/** Recent runs: a director sees everyone's, a team lead their own (the runs each may remove), with what became of a removal. */
export async function listImports(tenant: TenantDb, scope: Scope) {
  const mine = scope.role === "director" ? undefined : eq(importRuns.userId, scope.userId);
  const runs = await tenant
    .selectFields(
      {
        id: importRuns.id,
        fileName: importRuns.fileName,
        shape: importRuns.shape,
        status: importRuns.status,
        rowsRead: importRuns.rowsRead,
        stored: importRuns.stored,
        duplicates: importRuns.duplicates,
        rejected: importRuns.rejected,
        startedAt: importRuns.startedAt,
        finishedAt: importRuns.finishedAt,
        importedBy: users.name,
        removable: importRuns.removable,
        removalStartedAt: importRuns.removalStartedAt,
        removedAt: importRuns.removedAt,
        removedById: importRuns.removedBy,
        removedResponses: importRuns.removedResponses,
      },
      importRuns,
      mine,
    )
    .innerJoin(users, tenant.joinOn(users, eq(users.id, importRuns.userId)))
    .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
    .limit(20);
  const removerIds = [...new Set(runs.flatMap((run) => (run.removedById ? [run.removedById] : [])))];
  const removers = new Map(
    removerIds.length ? (await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, removerIds))).map((u) => [u.id, u.name]) : [],
  );
  const abandoned = new Map(await Promise.all(runs.filter((run) => run.status === "running").map(async (run) => [run.id, await abandonedSince(tenant, run)] as const)));
  return runs.map(({ removedById, ...run }) => ({
    ...run,
    removedBy: removedById ? (removers.get(removedById) ?? null) : null,
    /** A running import that has stored nothing for a while (its page was closed): it can be removed. */
    abandonedSince: abandoned.get(run.id) ?? null,
  }));
}
