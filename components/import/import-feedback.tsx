"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { CardHeading } from "@/components/shell/card-heading";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { guessMapping, mappingProblems } from "@/lib/import/guess";
import type { RowMapperOptions } from "@/lib/import/row-to-items";
import type { DateOrder, ImportShape, ImportTargets, Mapping } from "@/lib/import/types";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { FilePicker } from "./file-picker";
import { ImportProgress } from "./import-progress";
import { ImportResult, type ImportOutcome } from "./import-result";
import { MappingTable } from "./mapping-table";
import { PreviewTable } from "./preview-table";
import { readCsvHead, type CsvHead } from "./read-csv-head";
import { useImportRun } from "./use-import-run";

type Loaded = { file: File; head: CsvHead; mapping: Mapping };

const PREVIEW_ROWS = 20;
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

/** Why there is nothing to import into, as it is for each role that may import. */
const NO_TOUCH_POINTS = {
  director: "There are no touch points to import into yet. Add a journey and its touch points under Journeys first.",
  team_lead: "You have no touch points to import into: you can import only into the touch points your team owns, and your team owns none yet. Your director assigns them.",
} as const;

/** The import page's steps: choose a file, check the mapping and preview, import, see the result. */
export function ImportFeedback({ role }: { role: keyof typeof NO_TOUCH_POINTS }) {
  const trpc = useTRPC();
  const context = useQuery(trpc.imports.context.queryOptions());
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reading, setReading] = useState(false);
  const [date, setDate] = useState(today);
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
  if (targets.touchPoints.length === 0) {
    return <FormAlert message={NO_TOUCH_POINTS[role]} />;
  }

  const chooseFile = async (file: File) => {
    setError(null);
    setOutcome(null);
    setReading(true);
    try {
      const head = await readCsvHead(file);
      if (head.header.length === 0) throw new Error("empty");
      const samples = head.rows.filter((r) => !r.error).map((r) => r.cells);
      setLoaded({ file, head, mapping: guessMapping(head.header, targets.touchPoints, samples, undefined, targets.otherTouchPointNames) });
    } catch {
      setLoaded(null);
      setError(`${file.name} could not be read as CSV: is it empty, or not a text file?`);
    } finally {
      setReading(false);
    }
  };

  const samples = loaded ? loaded.head.rows.filter((r) => !r.error).map((r) => r.cells) : [];
  const setShape = (shape: ImportShape) => loaded && setLoaded({ ...loaded, mapping: guessMapping(loaded.head.header, targets.touchPoints, samples, shape, targets.otherTouchPointNames) });
  const setMapping = (mapping: Mapping) => loaded && setLoaded({ ...loaded, mapping });
  const options: RowMapperOptions = { defaultOccurredAt: `${date}T12:00:00Z` };
  const problems = loaded ? mappingProblems(loaded.mapping) : [];
  const hasDate = loaded?.mapping.columns.some((c) => c.kind === "occurredAt") ?? false;
  const needsTouchPoint = loaded?.mapping.shape === "response" && !loaded.mapping.columns.some((c) => c.kind === "touchPoint");
  const hasLabels = loaded?.mapping.columns.some((c) => c.kind === "sentimentLabel") ?? false;

  const startImport = async () => {
    if (!loaded) return;
    setError(null);
    try {
      setOutcome(await importRun.run(loaded.file, loaded.mapping, targets, options));
      setLoaded(null);
    } catch (cause) {
      setError(`The import stopped: ${errorMessage(cause)} Rows sent before this were kept; importing the file again skips them.`);
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
                {loaded.file.name}: we guessed what each column holds from its header and first rows. Change anything that is wrong.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <div className="grid gap-4 sm:grid-cols-3">
                <div className="grid gap-1.5">
                  <Label htmlFor="import-shape">Shape of the file</Label>
                  <NativeSelect id="import-shape" value={loaded.mapping.shape} onChange={(e) => setShape(e.target.value as ImportShape)}>
                    <option value="response">One row per response</option>
                    <option value="wide">One row per customer, a column per touch point</option>
                  </NativeSelect>
                </div>
                {hasDate ? (
                  <div className="grid gap-1.5">
                    <Label htmlFor="import-date-order">Dates such as 03/11/2026 are</Label>
                    <NativeSelect id="import-date-order" value={loaded.mapping.dateOrder} onChange={(e) => setMapping({ ...loaded.mapping, dateOrder: e.target.value as DateOrder })}>
                      <option value="dmy">Day first (3 November)</option>
                      <option value="mdy">Month first (11 March)</option>
                    </NativeSelect>
                  </div>
                ) : (
                  <div className="grid gap-1.5">
                    <Label htmlFor="import-date">Date of the responses</Label>
                    <Input id="import-date" type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value || today())} />
                  </div>
                )}
                {needsTouchPoint && (
                  <div className="grid gap-1.5">
                    <Label htmlFor="import-touch-point">Touch point of every row</Label>
                    <NativeSelect
                      id="import-touch-point"
                      value={loaded.mapping.touchPointId ?? ""}
                      onChange={(e) => setMapping({ ...loaded.mapping, touchPointId: e.target.value || null })}
                    >
                      <option value="">Choose a touch point…</option>
                      {targets.touchPoints.map((tp) => (
                        <option key={tp.id} value={tp.id}>
                          {tp.name} ({tp.journeyName})
                        </option>
                      ))}
                    </NativeSelect>
                  </div>
                )}
              </div>
              {hasLabels && (
                <p className="text-sm text-muted-foreground">
                  A row&apos;s sentiment label is stored as people&apos;s judgement of its comment: no rescoring changes it, and it teaches your
                  organisation&apos;s own sentiment model.
                </p>
              )}
              <MappingTable header={loaded.head.header} samples={samples} mapping={loaded.mapping} touchPoints={targets.touchPoints} onChange={setMapping} />
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardHeading>Preview</CardHeading>
              <CardDescription>The first {Math.min(PREVIEW_ROWS, loaded.head.rows.length)} rows as they would be imported.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
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
