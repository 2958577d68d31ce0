/**
 * The roles a person holds in an organisation: the one list the database enum, the input
 * schemas and the role pickers derive from.
 */
export const ROLES = ["director", "team_lead", "frontline"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  director: "Director",
  team_lead: "Team lead",
  frontline: "Frontline",
};
