import type { Metadata } from "next";
import { SurveyThanks } from "@/components/surveys/survey-thanks";

export const metadata: Metadata = { title: "Thank you" };

export default async function SurveyThanksPage({ params }: { params: Promise<{ orgId: string; token: string }> }) {
  const { orgId, token } = await params;
  return <SurveyThanks orgId={orgId} token={token} />;
}
