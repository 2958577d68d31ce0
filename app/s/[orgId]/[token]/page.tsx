import { PublicSurvey } from "@/components/surveys/public-survey";

export default async function SurveyPage({ params }: { params: Promise<{ orgId: string; token: string }> }) {
  const { orgId, token } = await params;
  return <PublicSurvey orgId={orgId} token={token} />;
}
