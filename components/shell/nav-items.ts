import type { Role } from "@/lib/domain/roles";

export type NavItem = { href: string; label: string };

/** What each role may open; the pages check again on the server. */
export function navItemsFor(role: Role): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: "Home" },
    { href: "/journeys", label: "Journeys" },
    { href: "/responses", label: "Responses" },
    { href: "/training", label: "Training" },
    { href: "/coaching", label: "Coaching" },
  ];
  if (role === "director") items.push({ href: "/people", label: "People" }, { href: "/teams", label: "Teams" });
  if (role === "team_lead") items.push({ href: "/people", label: "My team" });
  if (role === "director" || role === "team_lead") items.push({ href: "/import", label: "Import" });
  if (role === "director") {
    items.push(
      { href: "/surveys", label: "Survey links" },
      { href: "/audit", label: "Audit log" },
      { href: "/settings/api-keys", label: "API keys" },
      { href: "/settings/themes", label: "Themes" },
      { href: "/settings/sentiment-model", label: "Sentiment model" },
      { href: "/settings/organization", label: "Organisation" },
    );
  }
  items.push({ href: "/profile", label: "Profile" });
  return items;
}
