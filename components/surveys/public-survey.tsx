"use client";

import { useQuery } from "@tanstack/react-query";
import { CircleAlert, Lock } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { errorCode, errorMessage } from "@/lib/trpc/errors";
import { SurveyForm } from "./survey-form";
import { SurveyHeader } from "./survey-header";

export function PublicSurvey({ orgId, token }: { orgId: string; token: string }) {
  const trpc = useTRPC();
  const form = useQuery(trpc.surveys.publicForm.queryOptions({ orgId, token }, { retry: false }));

  if (form.isPending) {
    return (
      <div role="status" aria-label="Loading the survey" className="grid gap-4">
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-28 w-full" />
        <Skeleton className="h-28 w-full" />
      </div>
    );
  }
  if (form.isError) {
    const notFound = errorCode(form.error) === "NOT_FOUND";
    return (
      <Alert variant="destructive">
        <CircleAlert aria-hidden="true" />
        <AlertTitle>{notFound ? "This survey link is not valid" : "The survey could not be loaded"}</AlertTitle>
        <AlertDescription>
          <p>
            {notFound
              ? "It may be mistyped or incomplete, or it has been replaced by a new link. Scan the code or open the link again."
              : errorMessage(form.error)}
          </p>
        </AlertDescription>
      </Alert>
    );
  }

  const survey = form.data;
  if (survey.status === "closed") {
    return (
      <div className="grid gap-6">
        <SurveyHeader orgName={survey.orgName} title={survey.touchPointName} />
        <Alert>
          <Lock aria-hidden="true" />
          <AlertTitle>This survey is closed</AlertTitle>
          <AlertDescription>
            <p>It no longer takes answers. Thank you for wanting to tell us about your visit.</p>
          </AlertDescription>
        </Alert>
      </div>
    );
  }
  return (
    <div className="grid gap-8">
      <SurveyHeader orgName={survey.orgName} title={survey.touchPointName}>
        <p>{survey.title}: a few quick questions, under a minute.</p>
      </SurveyHeader>
      <SurveyForm orgId={orgId} token={token} questions={survey.questions} staff={survey.staff} ratingScale={survey.ratingScale} />
    </div>
  );
}
