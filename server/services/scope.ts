import "server-only";
import type { Role } from "@/lib/domain/roles";

/** What a guarded call knows about its caller; services filter by it. */
export type Scope = {
  orgId: string;
  userId: string;
  role: Role;
  teamIds: string[];
  leadTeamIds: string[];
  /** The organisation's IANA zone, from the session: its "today" and day boundaries (UTC when left out, as in tests). */
  timeZone?: string;
};
