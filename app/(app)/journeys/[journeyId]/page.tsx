import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JourneyMap } from "@/components/journeys/journey-map";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Journey map" };

export default async function JourneyMapPage({ params }: { params: Promise<{ journeyId: string }> }) {
  await requireUser();
  const { journeyId } = await params;
  if (!z.uuid().safeParse(journeyId).success) notFound();
  return <JourneyMap journeyId={journeyId} />;
}
