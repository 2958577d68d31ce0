import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { SentimentModel } from "@/components/text-model/sentiment-model";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sentiment model" };

export default async function SentimentModelPage() {
  await requireUser(["director"]);
  return (
    <>
      <PageHeader
        title="Sentiment model"
        description="Touchpoint reads the sentiment of comments with a general word list (the AFINN lexicon) until your organisation's own model, learnt from comments your people labelled, reads them better."
      />
      <SentimentModel />
    </>
  );
}
