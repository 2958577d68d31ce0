import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ResponsesView } from "@/components/responses/responses-view";
import { requireUser } from "@/server/auth/session";
import { ROLES } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "Responses" };

const DESCRIPTIONS = {
  director: "Every customer response, newest first. Search the comments and filter by touch point, person, theme, sentiment, source, comment and dates.",
  team_lead: "Responses at your team's touch points and about your people, newest first.",
  frontline: "What customers said about you, newest first.",
} as const;

export default async function ResponsesPage() {
  const user = await requireUser(ROLES);
  return (
    <>
      <PageHeader title="Responses" description={DESCRIPTIONS[user.role]} />
      <ResponsesView role={user.role} />
    </>
  );
}
