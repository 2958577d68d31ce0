import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { ModuleCatalogue } from "@/components/training/module-catalogue";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Training" };

export default async function TrainingPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader
        title="Training"
        description="Modules of the three kinds good service needs (personal, organisational, professional), each linked to the touch points it serves: its impact is judged on their KPIs."
        actions={
          user.role === "frontline" ? undefined : (
            <>
              <Button asChild variant="outline" size="sm">
                <Link href="/training/impact">Measured impact</Link>
              </Button>
              {user.role === "director" && (
                <Button asChild variant="outline" size="sm">
                  <Link href="/training/lms">LMS statements</Link>
                </Button>
              )}
            </>
          )
        }
      />
      <Suspense fallback={<SkeletonRows label="Loading modules" count={4} />}>
        <ModuleCatalogue role={user.role} leadTeamIds={user.leadTeamIds} />
      </Suspense>
    </>
  );
}
