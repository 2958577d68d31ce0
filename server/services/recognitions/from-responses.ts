import "server-only";
import type { TenantTx } from "@/server/db/tenant-db";
import type { StoredResponse } from "@/server/services/feedback/after-ingest";

/** Kudos from positive answers naming a staff member (to be built: issue 17, kudos). */
export async function recogniseFromResponses(_tx: TenantTx, _responses: StoredResponse[]): Promise<void> {}
