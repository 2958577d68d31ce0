"use client";

import { useEffect, useState } from "react";
import { Link } from "@/components/ui/link";
import { usePathname, useSearchParams } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Plus, Route } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { CardHeading } from "@/components/shell/card-heading";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { ImportJourneyDialog } from "./import-journey-dialog";
import { JourneyActions } from "./journey-actions";
import { JourneyFormDialog } from "./journey-form-dialog";
import { JourneyStatusBadge } from "./journey-status-badge";

type Journey = RouterOutputs["journeys"]["list"][number];

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/** The director's page actions: start a journey from scratch or from a file. */
export function JourneyPageActions() {
  return (
    <>
      <ImportJourneyDialog />
      <JourneyFormDialog
        trigger={
          <Button>
            <Plus aria-hidden="true" />
            New journey
          </Button>
        }
      />
    </>
  );
}

export function JourneyList({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const [includeArchived, setIncludeArchived] = useState(() => canManage && searchParams.get("archived") === "1");

  // The toggle lives in the URL so a view can be shared; replaceState avoids a server round trip.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (includeArchived) params.set("archived", "1");
    else params.delete("archived");
    const query = params.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  }, [includeArchived, pathname]);

  const journeys = useQuery(trpc.journeys.list.queryOptions({ includeArchived }, { placeholderData: keepPreviousData }));
  // Kept here, not on the card: an archived journey's card leaves the list.
  const [message, setMessage] = useState<Message | null>(null);

  return (
    <div className="grid gap-4">
      {canManage && (
        <div className="flex items-center gap-2">
          <Checkbox
            id="show-archived-journeys"
            checked={includeArchived}
            onCheckedChange={(checked) => setIncludeArchived(checked === true)}
          />
          <Label htmlFor="show-archived-journeys">Show archived</Label>
        </div>
      )}
      {message && (
        <Alert variant={message.kind === "error" ? "destructive" : "success"}>
          {message.kind === "error" ? <CircleAlert aria-hidden="true" /> : <CircleCheck aria-hidden="true" />}
          <AlertDescription>{message.text}</AlertDescription>
        </Alert>
      )}
      {journeys.isPending ? (
        <div role="status" aria-label="Loading journeys" className="grid gap-4 md:grid-cols-2">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-44 w-full rounded-xl" />
          ))}
        </div>
      ) : journeys.isError ? (
        <FormAlert message={errorMessage(journeys.error)} />
      ) : journeys.data.length === 0 ? (
        canManage ? (
          <EmptyState
            icon={<Route />}
            title={includeArchived ? "No journeys yet" : "No journeys to show"}
            description="Map the path your customers take with you: its stages, the touch points in each, and what good looks like at each of them."
            action={
              <JourneyFormDialog
                trigger={
                  <Button>
                    <Plus aria-hidden="true" />
                    Create your first journey
                  </Button>
                }
              />
            }
          />
        ) : (
          <EmptyState
            icon={<Route />}
            title="No active journeys yet"
            description="Your director maps the customer journeys; they appear here once they are active."
          />
        )
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-busy={journeys.isFetching || undefined}>
          {journeys.data.map((journey) => (
            <li key={journey.id}>
              <JourneyCard journey={journey} canManage={canManage} onMessage={setMessage} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Message = { kind: "error" | "success"; text: string };

type JourneyCardProps = { journey: Journey; canManage: boolean; onMessage: (message: Message | null) => void };

function JourneyCard({ journey, canManage, onMessage }: JourneyCardProps) {
  const segment = Object.entries(journey.segment ?? {});
  return (
    <Card className="h-full gap-4">
      <CardHeader className="grid-cols-[1fr_auto]">
        <div className="grid min-w-0 gap-1.5">
          <CardHeading className="text-lg leading-snug">
            <Link href={`/journeys/${journey.id}`} className="rounded-sm hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
              {journey.name}
            </Link>
          </CardHeading>
          <div>
            <JourneyStatusBadge status={journey.status} />
          </div>
        </div>
        {canManage && (
          <div className="row-span-2 self-start">
            <JourneyActions journey={journey} onMessage={onMessage} />
          </div>
        )}
        <CardDescription className="col-start-1 line-clamp-3">{journey.description || "No description"}</CardDescription>
      </CardHeader>
      <CardContent className="grid flex-1 content-start gap-3 text-sm">
        {segment.length > 0 && (
          <div className="grid gap-1">
            <p className="text-muted-foreground">Segment</p>
            <ul className="flex flex-wrap gap-1.5" aria-label="Segment">
              {segment.map(([key, value]) => (
                <li key={key}>
                  <Badge variant="secondary" className="font-normal">
                    {key}: {value}
                  </Badge>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p>
          <span className="font-semibold tabular-nums">{journey.stageCount}</span>{" "}
          {journey.stageCount === 1 ? "stage" : "stages"}
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          <span className="font-semibold tabular-nums">{journey.touchPointCount}</span>{" "}
          {journey.touchPointCount === 1 ? "touch point" : "touch points"}
        </p>
      </CardContent>
      <CardFooter className="text-xs text-muted-foreground">
        <p>Updated {dateFormat.format(journey.updatedAt)}</p>
      </CardFooter>
    </Card>
  );
}

