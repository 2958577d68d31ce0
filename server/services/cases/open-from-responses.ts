import "server-only";
import type { TenantTx } from "@/server/db/tenant-db";
import type { StoredResponse } from "@/server/services/feedback/after-ingest";

/** Opens the cases the organisation's case rules ask for (to be built: issue 17, cases). */
export async function openCasesForResponses(_tx: TenantTx, _responses: StoredResponse[]): Promise<void> {}
