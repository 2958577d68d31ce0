import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonTraining } from "@/components/training/person-training";
import { idSchema } from "@/lib/schemas/common";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Training record" };

// Every role may open it; the server answers only for the person, their leads and directors.
export default async function PersonTrainingPage({ params }: { params: Promise<{ userId: string }> }) {
  await requireUser();
  const { userId } = await params;
  if (!idSchema().safeParse(userId).success) notFound();
  return <PersonTraining userId={userId} />;
}
