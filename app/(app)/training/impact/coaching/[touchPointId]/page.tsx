import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ImpactReportView } from "@/components/training/impact-report-view";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Coaching impact" };

export default async function CoachingImpactPage({ params }: { params: Promise<{ touchPointId: string }> }) {
  await requireUser(["director", "team_lead"]);
  const { touchPointId } = await params;
  if (!z.uuid().safeParse(touchPointId).success) notFound();
  return <ImpactReportView target={{ touchPointId }} />;
}
