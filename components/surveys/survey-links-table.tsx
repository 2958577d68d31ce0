"use client";

import { Link } from "@/components/ui/link";
import { useQuery } from "@tanstack/react-query";
import { Link2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CopyField } from "@/components/forms/copy-field";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { CreateSurveyLinkDialog } from "./create-survey-link-dialog";
import { CloseOrReopenButton, RegenerateLinkDialog } from "./survey-link-actions";
import { QUESTION_LABELS, surveyUrl } from "./survey-link-labels";

type JourneyGroup = RouterOutputs["surveys"]["list"][number];
type TouchPointRow = JourneyGroup["touchPoints"][number];

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function SurveyLinksTable() {
  const trpc = useTRPC();
  const list = useQuery(trpc.surveys.list.queryOptions());

  if (list.isPending) {
    return (
      <div role="status" aria-label="Loading survey links" className="grid gap-2">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </div>
    );
  }
  if (list.isError) return <FormAlert message={errorMessage(list.error)} />;
  if (list.data.length === 0) {
    return (
      <EmptyState
        icon={<Link2 />}
        title="No touch points to survey yet"
        description="A survey link belongs to a touch point of a journey. Design a journey with its touch points and KPIs first."
        action={
          <Link href="/journeys" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            Go to journeys
          </Link>
        }
      />
    );
  }
  return (
    <div className="grid gap-10">
      {list.data.map((journey) => (
        <JourneySection key={journey.journeyId} journey={journey} />
      ))}
    </div>
  );
}

function JourneySection({ journey }: { journey: JourneyGroup }) {
  const headingId = `survey-journey-${journey.journeyId}`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3">
      <h2 id={headingId} className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        {journey.journeyName}
        {journey.journeyStatus === "draft" && <Badge variant="outline">Draft</Badge>}
      </h2>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-56">Touch point</TableHead>
            <TableHead>Link</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Responses</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {journey.touchPoints.map((point) => (
            <SurveyLinkRow key={point.touchPointId} point={point} />
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function SurveyLinkRow({ point }: { point: TouchPointRow }) {
  const nameId = `survey-tp-${point.touchPointId}`;
  const survey = point.survey;
  const asks = survey ? survey.questionKinds : point.scoreKinds;
  return (
    <TableRow className="align-top">
      <TableCell className="py-3 whitespace-normal">
        <div id={nameId} className="font-medium">
          {point.name}
        </div>
        <div className="text-xs text-muted-foreground">
          {point.stageName}
          {point.ownerTeamName && ` · ${point.ownerTeamName}`}
        </div>
        <div className="mt-1 text-xs text-muted-foreground">
          {asks.length ? `${survey ? "Asks" : "Would ask"}: ${asks.map((kind) => QUESTION_LABELS[kind]).join(", ")}` : "No score KPI yet"}
        </div>
      </TableCell>
      <TableCell className="min-w-72 py-3">
        {survey ? (
          <CopyField
            id={`survey-url-${point.touchPointId}`}
            label={`Survey link for ${point.name}`}
            labelHidden
            focusOnMount={false}
            value={surveyUrl(survey.path)}
            noun="link"
            inputClassName="h-8 font-mono text-xs"
          />
        ) : (
          <span className="text-muted-foreground">No link yet</span>
        )}
      </TableCell>
      <TableCell className="py-3">
        {!survey ? null : survey.status === "open" ? (
          <Badge variant="success">Open</Badge>
        ) : (
          <Badge variant="outline" title={survey.closedAt ? `Closed ${timeFormat.format(survey.closedAt)}` : undefined}>
            Closed
          </Badge>
        )}
      </TableCell>
      <TableCell className="py-3 text-right">
        {survey && (
          <>
            <div className="font-medium tabular-nums">
              {survey.responseCount}
              <span className="sr-only">{survey.responseCount === 1 ? " response" : " responses"}</span>
            </div>
            <div className="text-xs text-muted-foreground">
              {survey.lastResponseAt ? `last ${timeFormat.format(survey.lastResponseAt)}` : "none yet"}
            </div>
          </>
        )}
      </TableCell>
      <TableCell className="py-3">
        <div className="flex flex-wrap justify-end gap-2">
          {survey ? (
            <>
              <CloseOrReopenButton surveyId={survey.id} status={survey.status} touchPointName={point.name} describedBy={nameId} />
              <RegenerateLinkDialog surveyId={survey.id} touchPointName={point.name} describedBy={nameId} />
            </>
          ) : (
            <CreateSurveyLinkDialog
              touchPointId={point.touchPointId}
              touchPointName={point.name}
              scoreKinds={point.scoreKinds}
              hasOwnerTeam={point.ownerTeamName !== null}
              describedBy={nameId}
            />
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
