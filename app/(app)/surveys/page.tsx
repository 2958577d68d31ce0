import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { SurveyLinksTable } from "@/components/surveys/survey-links-table";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Survey links" };

export default async function SurveyLinksPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader
        title="Survey links"
        description="One public link per touch point, for receipts, emails and QR codes. Customers answer on their phone, without an account; their answers arrive as feedback on that touch point."
      />
      <SurveyLinksTable />
    </>
  );
}
