import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ModuleDetail } from "@/components/training/module-detail";
import { idSchema } from "@/lib/schemas/common";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Training module" };

export default async function TrainingModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const user = await requireUser();
  const { moduleId } = await params;
  if (!idSchema().safeParse(moduleId).success) notFound();
  return <ModuleDetail moduleId={moduleId} role={user.role} leadTeamIds={user.leadTeamIds} />;
}
