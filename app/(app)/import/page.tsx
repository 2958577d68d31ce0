import type { Metadata } from "next";
import { CardHeading } from "@/components/shell/card-heading";
import { ImportFeedback } from "@/components/import/import-feedback";
import { ImportTrainingRecords } from "@/components/import/import-training-records";
import { RecentImports } from "@/components/import/recent-imports";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Import feedback" };

const SCOPE = {
  director: "You can import into every touch point of the organisation. ",
  team_lead: "You can import into the touch points your team owns. ",
} as const;

export default async function ImportPage() {
  const user = await requireUser(["director", "team_lead"]);
  // requireUser refused everyone else; its type does not narrow the role.
  const role = user.role === "director" ? "director" : "team_lead";
  return (
    <>
      <PageHeader
        title="Import feedback"
        description={
          <>
            Load survey results from a CSV file: one row per response, or one row per customer with a column per touch point
            (an empty cell or N/A is not applicable, and so is 0 on a scale that starts at 1). {SCOPE[role]}
            Importing the same file again stores nothing twice; a wrong import can be removed, with its responses, from Recent
            imports below.
          </>
        }
      />
      <div className="grid gap-10">
        <ImportFeedback role={role} />
        <section className="grid gap-3">
          <CardHeading>Recent imports</CardHeading>
          <RecentImports />
        </section>
        <section className="grid gap-3" aria-labelledby="training-records-heading">
          <CardHeading id="training-records-heading">Training records from your LMS</CardHeading>
          <ImportTrainingRecords role={role} />
        </section>
      </div>
    </>
  );
}
