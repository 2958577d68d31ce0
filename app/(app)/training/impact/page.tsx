import type { Metadata } from "next";
import { ImpactMethod } from "@/components/training/impact-method";
import { ImpactRanking } from "@/components/training/impact-ranking";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Training impact" };

export default async function TrainingImpactPage() {
  await requireUser(["director", "team_lead"]);
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Training impact"
        description="Is training paying off? Each module and coaching, by its measured effect on customers' KPIs at the touch points it serves, best first."
      />
      <ImpactRanking />
      <ImpactMethod />
    </div>
  );
}
