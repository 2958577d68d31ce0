import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ImpactReportView } from "@/components/training/impact-report-view";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Module impact" };

export default async function ModuleImpactPage({ params }: { params: Promise<{ moduleId: string }> }) {
  await requireUser(["director", "team_lead"]);
  const { moduleId } = await params;
  if (!z.uuid().safeParse(moduleId).success) notFound();
  return <ImpactReportView target={{ moduleId }} />;
}
