import type { z } from "zod";
import type { roleSchema } from "@/lib/schemas/common";

export type Role = z.infer<typeof roleSchema>;

export const ROLES: readonly Role[] = ["director", "team_lead", "frontline"];

export const ROLE_LABELS: Record<Role, string> = {
  director: "Director",
  team_lead: "Team lead",
  frontline: "Frontline",
};
