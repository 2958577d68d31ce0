import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { OrganizationSettings } from "@/components/organization/organization-settings";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganizationSettingsPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader title="Organisation" description="Your organisation's name, and the time zone that decides where its days and weeks begin on every dashboard." />
      <OrganizationSettings />
    </>
  );
}
