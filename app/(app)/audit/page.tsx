import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { AuditLog } from "@/components/audit/audit-log";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what in your organisation, and when. Entries are never changed or deleted."
      />
      <AuditLog />
    </>
  );
}
