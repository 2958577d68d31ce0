"use client";

import { useQuery } from "@tanstack/react-query";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/form-alert";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { OrganizationNameForm } from "./organization-name-form";
import { TimeZoneSettings } from "./time-zone-settings";

/** The director's Organisation settings: its name and its time zone (with the rebuild a change starts). */
export function OrganizationSettings() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.organization.settings.queryOptions());
  if (settings.isPending) {
    return (
      <div role="status" aria-label="Loading the organisation's settings" className="grid gap-4">
        <Skeleton className="h-36 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  }
  if (settings.isError) return <FormAlert message={errorMessage(settings.error)} />;
  return (
    <div className="grid max-w-2xl gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Name</CardTitle>
          <CardDescription>Shown beside Touchpoint at the top of every page and on survey links.</CardDescription>
        </CardHeader>
        <CardContent>
          <OrganizationNameForm name={settings.data.name} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Time zone</CardTitle>
          <CardDescription>
            Where your days and weeks begin: every dashboard, trend, period (&ldquo;last 30 days&rdquo;, &ldquo;this week&rdquo;), target and the times shown
            on responses.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TimeZoneSettings settings={settings.data} />
        </CardContent>
      </Card>
    </div>
  );
}
