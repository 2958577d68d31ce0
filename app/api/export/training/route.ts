import { getDb } from "@/db/client";
import { handleTrainingExport } from "@/server/rest/training-export";
import { sessionEndpoint } from "@/server/rest/session-endpoint";
import { ROLES } from "@/lib/domain/roles";

export const dynamic = "force-dynamic";

// Every role: each gets only the records it may read (the person's own, their lead's team, a director's all).
export const GET = sessionEndpoint({ roles: ROLES }, getDb, handleTrainingExport);
