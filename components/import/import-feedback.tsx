"use client";

import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { startOfDayIn, todayIn } from "@/lib/day-in";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { CardHeading } from "@/components/shell/card-heading";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { SkeletonRows } from "@/components/ui/skeleton";
import { guessImport, mappingProblems } from "@/lib/import/guess";
import { headerSignature, preparationOf, resolveNewTouchPoints, usableSavedMapping } from "@/lib/import/new-touch-points";
import type { RowMapperOptions } from "@/lib/import/row-to-items";
import type { ImportShape, ImportTargets, Mapping } from "@/lib/import/types";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { FilePicker } from "./file-picker";
import { ImportOptions } from "./import-options";
import { ImportProgress } from "./import-progress";
import { ImportResult, type ImportOutcome } from "./import-result";
import { MappingTable } from "./mapping-table";
import { PreviewTable } from "./preview-table";
import { PreviewWarnings } from "./preview-warnings";
import { readCsvHead, type CsvHead } from "./read-csv-head";
import { useImportRun } from "./use-import-run";

type Saved = { fileName: string | null; savedAt: Date; savedBy: string | null };
type Loaded = { file: File; head: CsvHead; mapping: Mapping; reasons: string[]; saved: Saved | null };

const PREVIEW_ROWS = 20;
/** Noon of a day in the organisation's zone: a response dated only by its day stays on that day. */
const noonOf = (timeZone: string, day: string) => new Date(startOfDayIn(timeZone, day).getTime() + 12 * 3_600_000).toISOString();
const dateText = (date: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" }).format(new Date(date));

/** Why there is nothing to import into, as it is for each role that may import. */
const NO_TOUCH_POINTS = {
  director: "There are no touch points to import into yet. Add a journey and its touch points under Journeys first.",
  team_lead: "You have no touch points to import into: you can import only into the touch points your team owns, and your team owns none yet. Your director assigns them.",
} as const;

/** The import page's steps: choose a file, check the mapping and preview, import, see the result. */
export function ImportFeedback({ role }: { role: keyof typeof NO_TOUCH_POINTS }) {
  const trpc = useTRPC();
  const timeZone = useOrgTimeZone();
  const today = () => todayIn(timeZone);
  const queryClient = useQueryClient();
  const context = useQuery(trpc.imports.context.queryOptions());
  const prepare = useMutation(trpc.imports.prepare.mutationOptions());
  const saveMapping = useMutation(trpc.imports.saveMapping.mutationOptions());
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reading, setReading] = useState(false);
  const [date, setDate] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const importRun = useImportRun();

  if (context.isPending) {
    return (
      <SkeletonRows label="Loading your touch points" count={1} rowClassName="h-32" />
    );
  }
  if (context.isError) return <FormAlert message={errorMessage(context.error)} />;
  const targets: ImportTargets = context.data;
  // A director's import can create the touch points its rating columns need, so an empty organisation may import.
  if (targets.touchPoints.length === 0 && !targets.canCreateTouchPoints) {
    return <FormAlert message={NO_TOUCH_POINTS[role]} />;
  }
  const guessOf = (head: CsvHead, file: File, shape?: ImportShape) =>
    guessImport(head.header, targets.touchPoints, head.rows.filter((r) => !r.error).map((r) => r.cells), {
      shape,
      otherTouchPointNames: targets.otherTouchPointNames,
      canCreateTouchPoints: targets.canCreateTouchPoints,
      fileName: file.name,
    });

  const chooseFile = async (file: File, encoding?: string) => {
    setError(null);
    setOutcome(null);
    setReading(true);
    try {
      const head = await readCsvHead(file, encoding);
      if (head.header.length === 0) throw new Error("empty");
      if (encoding && loaded && loaded.file === file && loaded.head.header.length === head.header.length) {
        // Another encoding of the same file: the columns stay as mapped.
        setLoaded({ ...loaded, head });
        return;
      }
      // Never from the cache: the file picked before this one may have saved the mapping since.
      const saved = await queryClient
        .fetchQuery({ ...trpc.imports.savedMapping.queryOptions({ headerSignature: headerSignature(head.header) }), staleTime: 0 })
        .catch(() => null);
      const usable = saved ? usableSavedMapping(saved.mapping, head.header, targets) : null;
      if (usable && saved) {
        setLoaded({ file, head, mapping: usable, reasons: head.header.map(() => "As in the saved mapping"), saved });
      } else {
        const guess = guessOf(head, file);
        setLoaded({ file, head, mapping: guess.mapping, reasons: guess.reasons, saved: null });
      }
    } catch {
      setLoaded(null);
      setError(`${file.name} could not be read as CSV: is it empty, or not a text file?`);
    } finally {
      setReading(false);
    }
  };

  const samples = loaded ? loaded.head.rows.filter((r) => !r.error).map((r) => r.cells) : [];
  const reguess = (shape?: ImportShape) => {
    if (!loaded) return;
    const guess = guessOf(loaded.head, loaded.file, shape);
    setLoaded({ ...loaded, mapping: guess.mapping, reasons: guess.reasons, saved: null });
  };
  const setMapping = (mapping: Mapping, column?: number) =>
    loaded && setLoaded({ ...loaded, mapping, reasons: column === undefined ? loaded.reasons : loaded.reasons.map((r, i) => (i === column ? "Your choice" : r)) });
  const hasDate = loaded?.mapping.columns.some((c) => c.kind === "occurredAt") ?? false;
  const options: RowMapperOptions = { defaultOccurredAt: noonOf(timeZone, date ?? today()), encoding: loaded?.head.encoding };
  const problems = loaded ? [...mappingProblems(loaded.mapping), ...(!hasDate && !date ? ["The file has no date column: choose the date of its responses."] : [])] : [];
  const hasLabels = loaded?.mapping.columns.some((c) => c.kind === "sentimentLabel") ?? false;

  const startImport = async () => {
    if (!loaded) return;
    setError(null);
    try {
      const preparation = preparationOf(loaded.mapping, targets);
      const created =
        preparation.newTouchPoints.length || preparation.ratingScales.length ? (await prepare.mutateAsync({ fileName: loaded.file.name, ...preparation })).touchPoints : {};
      const resolved = resolveNewTouchPoints(loaded.mapping, targets, created);
      const result = await importRun.run(loaded.file, resolved.mapping, resolved.targets, { ...options, encoding: loaded.head.encoding });
      if (!result.cancelled) {
        // The next file with these columns maps itself; a failure here loses nothing imported.
        await saveMapping
          .mutateAsync({ headerSignature: headerSignature(loaded.head.header), fileName: loaded.file.name, shape: resolved.mapping.shape, mapping: resolved.mapping })
          .catch(() => undefined);
      }
      setOutcome(result);
      setLoaded(null);
    } catch (cause) {
      setError(`The import stopped: ${errorMessage(cause)} Rows sent before this were kept; importing the file again skips them.`);
    } finally {
      await queryClient.invalidateQueries({ queryKey: trpc.imports.context.queryKey() });
    }
  };

  return (
    <div className="grid gap-6">
      <FormAlert message={error} />
      {!importRun.progress && <FilePicker onFile={chooseFile} disabled={reading} />}
      {reading && <p role="status" className="text-sm text-muted-foreground">Reading the first rows…</p>}

      {loaded && !importRun.progress && (
        <>
          <Card>
            <CardHeader>
              <CardHeading>Columns</CardHeading>
              <CardDescription>
                {loaded.file.name}: {loaded.saved ? "mapped as the last file with these columns." : "we guessed what each column holds from its header and first rows; the last column says why."} Change
                anything that is wrong.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              {loaded.saved && (
                <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-3 text-sm">
                  <p>
                    Mapping saved from {loaded.saved.fileName ?? "an earlier file"} on {dateText(loaded.saved.savedAt)}
                    {loaded.saved.savedBy ? ` by ${loaded.saved.savedBy}` : ""}: a file with the same columns.
                  </p>
                  <Button variant="outline" size="sm" onClick={() => reguess()}>
                    Guess again
                  </Button>
                </div>
              )}
              <ImportOptions
                mapping={loaded.mapping}
                encoding={loaded.head.encoding}
                encodingWhy={`${loaded.head.detected.encoding === loaded.head.encoding ? "" : `${loaded.head.detected.encoding}, as `}${loaded.head.detected.why}`}
                touchPoints={targets.touchPoints}
                date={date}
                today={today()}
                onShape={(shape) => reguess(shape)}
                onEncoding={(encoding) => void chooseFile(loaded.file, encoding)}
                onMapping={(mapping) => setMapping(mapping)}
                onDate={setDate}
              />
              {hasLabels && (
                <p className="text-sm text-muted-foreground">
                  A row&apos;s sentiment label is stored as people&apos;s judgement of its comment: no rescoring changes it, and it teaches your
                  organisation&apos;s own sentiment model.
                </p>
              )}
              <MappingTable
                header={loaded.head.header}
                samples={samples}
                mapping={loaded.mapping}
                reasons={loaded.reasons}
                touchPoints={targets.touchPoints}
                canCreateTouchPoints={Boolean(targets.canCreateTouchPoints)}
                onChange={setMapping}
              />
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardHeading>Preview</CardHeading>
              <CardDescription>The first {Math.min(PREVIEW_ROWS, loaded.head.rows.length)} rows as they would be imported.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <PreviewWarnings rows={loaded.head.rows} mapping={loaded.mapping} encoding={loaded.head.encoding} />
              <PreviewTable header={loaded.head.header} rows={loaded.head.rows.slice(0, PREVIEW_ROWS)} mapping={loaded.mapping} targets={targets} options={options} />
              {problems.length > 0 && <FormAlert message={problems.join(" ")} />}
              <div className="flex justify-end gap-2">
                <Button variant="outline" onClick={() => setLoaded(null)}>
                  Choose another file
                </Button>
                <Button onClick={startImport} disabled={problems.length > 0}>
                  Import
                </Button>
              </div>
            </CardContent>
          </Card>
        </>
      )}

      {importRun.progress && (
        <Card>
          <CardHeader>
            <CardHeading>Importing</CardHeading>
          </CardHeader>
          <CardContent>
            <ImportProgress progress={importRun.progress} onCancel={importRun.cancel} />
          </CardContent>
        </Card>
      )}

      {outcome && (
        <Card>
          <CardHeader>
            <CardHeading>Result</CardHeading>
          </CardHeader>
          <CardContent>
            <ImportResult outcome={outcome} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
