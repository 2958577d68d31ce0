import { getDb } from "@/db/client";
import { xapiStatementsEndpoint } from "@/server/rest/xapi";

export const dynamic = "force-dynamic";

export const POST = xapiStatementsEndpoint(getDb);
