import "server-only";
import type { ThemePresetId } from "@/lib/themes/presets";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { queueTextJob } from "@/server/services/text-model/jobs";
import { wakeTextJobRunner } from "@/server/services/text-model/runner";
import { switchThemePreset } from "./themes";

/**
 * A director's switch to another starting taxonomy. With `reanalyse`, the re-analysis of stored
 * comments (the text jobs' rescoring: themes re-detected, rollups and mentions moved, corrected
 * themes kept) is queued in the same transaction, so either both happen or neither: while another
 * text job runs, the switch is refused with that reason rather than leaving past comments on the
 * old themes unannounced.
 */
export async function switchPreset(
  tenant: TenantDb,
  scope: Scope,
  input: { preset: ThemePresetId; reanalyse: boolean },
): Promise<{ preset: ThemePresetId; replaced: number; jobId: string | null }> {
  const result = await tenant.transaction(async (tenantTx) => {
    const switched = await switchThemePreset(tenantTx, scope, { preset: input.preset });
    const jobId = input.reanalyse ? await queueTextJob(tenantTx, "rescore", { requestedBy: scope.userId }) : null;
    return { ...switched, jobId };
  });
  if (result.jobId) wakeTextJobRunner();
  return result;
}
