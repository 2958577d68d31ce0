"use client";

import { Link } from "@/components/ui/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Merge, Pencil, RotateCcw, Split, Trash2 } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { ConfirmThemeActionDialog } from "./confirm-theme-action-dialog";
import { MergeThemesDialog } from "./merge-themes-dialog";
import { SplitThemeDialog } from "./split-theme-dialog";
import { ThemeFormDialog } from "./theme-form-dialog";

type Theme = RouterOutputs["themes"]["list"]["themes"][number];

export function ThemesTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.themes.list.queryOptions());
  const journeys = useQuery(trpc.journeys.list.queryOptions({ includeArchived: true }));
  const reset = useMutation(trpc.themes.reset.mutationOptions());

  if (list.isPending) {
    return (
      <div role="status" aria-label="Loading themes" className="grid gap-2">
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </div>
    );
  }
  if (list.isError) return <FormAlert message={errorMessage(list.error)} />;

  const { isDefault, themes, preset } = list.data;
  const journeyName = new Map(
    (journeys.data ?? []).map((journey) => [journey.id, journey.status === "archived" ? `${journey.name} (archived)` : journey.name]),
  );
  const journeysOf = (theme: Theme) =>
    theme.journeyIds.length === 0
      ? "All journeys"
      : journeys.isPending
        ? "Loading…"
        : theme.journeyIds.map((id) => journeyName.get(id) ?? "a journey that could not be loaded").join(", ");
  return (
    <div className="grid gap-4">
      {isDefault && themes.length > 0 && (
        <Alert>
          <AlertTitle>{preset.label} taxonomy, unchanged</AlertTitle>
          <AlertDescription>You are using the {preset.label.toLowerCase()} themes as they come; your first change makes them yours.</AlertDescription>
        </Alert>
      )}
      {themes.length === 0 && (
        <Alert>
          <AlertTitle>No themes yet</AlertTitle>
          <AlertDescription>
            Comments get no themes until you add one, accept a suggested one, or switch to a starting taxonomy.
          </AlertDescription>
        </Alert>
      )}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-sm text-muted-foreground">
          {isDefault ? "" : `${themes.length === 1 ? "1 theme" : `${themes.length} themes`} of your own. `}
          Edits apply to new feedback; stored comments keep their themes until you re-analyse them (above, or{" "}
          <Link href="/settings/sentiment-model" className="underline underline-offset-4 hover:text-foreground">
            rescore stored feedback
          </Link>
          ).
        </p>
        <div className="flex flex-wrap gap-2">
          {themes.length > 1 && (
            <MergeThemesDialog
              themes={themes}
              trigger={
                <Button variant="outline" size="sm">
                  <Merge aria-hidden="true" />
                  Merge themes
                </Button>
              }
            />
          )}
          {!isDefault && (
            <ConfirmThemeActionDialog
              trigger={
                <Button variant="outline" size="sm">
                  <RotateCcw aria-hidden="true" />
                  Reset to {preset.label.toLowerCase()}
                </Button>
              }
              title={`Reset to the ${preset.label.toLowerCase()} taxonomy?`}
              description={`Your ${themes.length === 1 ? "theme" : `${themes.length} themes`} and their words are removed and the ${preset.label.toLowerCase()} taxonomy applies again to comments that arrive from now on. Comments already stored keep their themes until you re-analyse them.`}
              confirmLabel="Reset"
              pendingLabel="Resetting…"
              onConfirm={async () => {
                await reset.mutateAsync();
                await queryClient.invalidateQueries(trpc.themes.pathFilter());
              }}
            />
          )}
        </div>
      </div>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-48">Theme</TableHead>
            <TableHead>Words and phrases</TableHead>
            <TableHead className="w-40">Journeys</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {themes.map((theme) => (
            <ThemeRow key={theme.id} theme={theme} journeys={journeysOf(theme)} canDelete={themes.length > 1 || preset.id === "none"} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function ThemeRow({ theme, journeys, canDelete }: { theme: Theme; journeys: string; canDelete: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.themes.delete.mutationOptions());
  return (
    <TableRow className="align-top">
      <TableCell className="font-medium whitespace-normal">{theme.name}</TableCell>
      <TableCell className="whitespace-normal">
        <ul className="flex flex-wrap gap-1" aria-label={`Words and phrases of ${theme.name}`}>
          {theme.terms.map((term) => (
            <li key={term}>
              <Badge variant="secondary">{term}</Badge>
            </li>
          ))}
        </ul>
      </TableCell>
      <TableCell className="whitespace-normal text-sm">{journeys}</TableCell>
      <TableCell>
        <div className="flex justify-end gap-2">
          <ThemeFormDialog
            theme={theme}
            trigger={
              <Button variant="outline" size="sm" aria-label={`Edit ${theme.name}`}>
                <Pencil aria-hidden="true" />
                Edit
              </Button>
            }
          />
          {theme.terms.length > 1 && (
            <SplitThemeDialog
              theme={theme}
              trigger={
                <Button variant="outline" size="sm" aria-label={`Split ${theme.name}`}>
                  <Split aria-hidden="true" />
                  Split
                </Button>
              }
            />
          )}
          {canDelete && (
            <ConfirmThemeActionDialog
              trigger={
                <Button variant="outline" size="sm" aria-label={`Delete ${theme.name}`}>
                  <Trash2 aria-hidden="true" />
                  Delete
                </Button>
              }
              title={`Delete ${theme.name}?`}
              description="Comments that arrive from now on are no longer tagged with it. Comments already stored keep their themes until you re-analyse them."
              confirmLabel="Delete theme"
              pendingLabel="Deleting…"
              onConfirm={async () => {
                await remove.mutateAsync({ themeId: theme.id });
                await queryClient.invalidateQueries(trpc.themes.pathFilter());
              }}
            />
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
