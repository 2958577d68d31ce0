import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Skeleton } from "@/components/ui/skeleton";
import { TouchPointView } from "@/components/touch-points/touch-point-view";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Touch point" };

export default async function TouchPointPage({ params }: { params: Promise<{ touchPointId: string }> }) {
  await requireUser(["director", "team_lead"]);
  const { touchPointId } = await params;
  if (!z.uuid().safeParse(touchPointId).success) notFound();
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <TouchPointView touchPointId={touchPointId} />
    </Suspense>
  );
}
