"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { useId, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { ImportSummary } from "@/components/import/import-summary";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { guessLmsMapping, missingLmsColumns, type LmsMapping } from "@/lib/import/lms-columns";
import { parseLmsStatus } from "@/lib/import/lms-status";
import { csvRows, textChunks, type CsvRow } from "@/lib/import/records";
import { rejectsCsv } from "@/lib/import/rejects-csv";
import type { DateOrder, RejectedRow } from "@/lib/import/types";
import { guessDateOrder, parseDateTime } from "@/lib/import/values";
import { LMS_CHUNK_ROWS, LMS_COLUMN_LABELS, LMS_COLUMNS, type LmsRow } from "@/lib/schemas/training-imports";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { downloadText, rejectsFileName } from "./download-text";
import { ImportProgress, type Progress } from "./import-progress";
import { readCsvHead, type CsvHead } from "./read-csv-head";

type Loaded = { file: File; head: CsvHead; mapping: LmsMapping; dateOrder: DateOrder | null };
type Outcome = { fileName: string; header: string[]; rowsRead: number; stored: number; alreadyImported: number; notAResult: number; rejects: RejectedRow[]; cancelled: boolean };

const number = new Intl.NumberFormat("en-GB");
const PREVIEW = 8;
const SHOWN = 50;

const cellOf = (row: CsvRow, index: number | null) => (index === null ? "" : (row.cells[index] ?? ""));
const lmsRowOf = (row: CsvRow, mapping: LmsMapping): LmsRow => ({
  line: row.line,
  email: cellOf(row, mapping.email),
  course: cellOf(row, mapping.course),
  completedAt: cellOf(row, mapping.completedAt),
  status: cellOf(row, mapping.status),
  score: cellOf(row, mapping.score),
});

/** Training records from the organisation's LMS: a CSV of completions, mapped, previewed and imported in chunks. */
export function ImportTrainingRecords({ role }: { role: "director" | "team_lead" }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const importRows = useMutation(trpc.trainingImports.importLmsRows.mutationOptions());
  const inputId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const stop = useRef(false);

  const chooseFile = async (file: File) => {
    setError(null);
    setOutcome(null);
    try {
      const head = await readCsvHead(file, undefined, 50);
      if (head.header.length === 0) throw new Error("This file is empty");
      const mapping = guessLmsMapping(head.header);
      const dates = head.rows.map((row) => cellOf(row, mapping.completedAt));
      setLoaded({ file, head, mapping, dateOrder: guessDateOrder(dates) });
    } catch (e) {
      setLoaded(null);
      setError(e instanceof Error ? `Cannot read ${file.name}: ${e.message}` : `Cannot read ${file.name}`);
    }
  };

  const run = async () => {
    if (!loaded) return;
    const { file, mapping, dateOrder } = loaded;
    stop.current = false;
    setError(null);
    const startedAt = Date.now();
    let bytes = 0;
    let rowsRead = 0;
    const update = () => setProgress({ bytes, totalBytes: file.size, rowsRead, startedAt, now: Date.now(), stopping: stop.current });
    update();
    const result: Outcome = { fileName: file.name, header: loaded.head.header, rowsRead: 0, stored: 0, alreadyImported: 0, notAResult: 0, rejects: [], cancelled: false };
    const cellsByLine = new Map<number, string[]>();
    const send = async (chunk: LmsRow[]) => {
      const answer = await importRows.mutateAsync({ rows: chunk, dateOrder });
      result.stored += answer.stored;
      result.alreadyImported += answer.alreadyImported;
      result.notAResult += answer.notAResult.length;
      for (const problem of answer.rejected) result.rejects.push({ line: problem.line, reason: problem.reason, cells: cellsByLine.get(problem.line) ?? [] });
      cellsByLine.clear();
    };
    try {
      let header = true;
      let chunk: LmsRow[] = [];
      for await (const row of csvRows(textChunks(file.stream(), (n) => (bytes += n), loaded.head.encoding))) {
        if (header) {
          header = false;
          continue;
        }
        rowsRead++;
        if (row.error) {
          result.rejects.push({ line: row.line, reason: row.error, cells: row.cells });
          continue;
        }
        cellsByLine.set(row.line, row.cells);
        chunk.push(lmsRowOf(row, mapping));
        if (chunk.length === LMS_CHUNK_ROWS) {
          await send(chunk);
          chunk = [];
          update();
          if (stop.current) {
            result.cancelled = true;
            break;
          }
        }
      }
      if (chunk.length && !result.cancelled) await send(chunk);
      result.rowsRead = rowsRead;
      setOutcome(result);
      setLoaded(null);
    } catch (e) {
      setError(`The import stopped: ${errorMessage(e)}. The rows sent before were stored; importing the file again stores nothing twice.`);
    } finally {
      setProgress(null);
      await queryClient.invalidateQueries();
    }
  };

  const missing = loaded ? missingLmsColumns(loaded.mapping) : [];
  const setColumn = (column: (typeof LMS_COLUMNS)[number], value: string) =>
    setLoaded((current) => (current ? { ...current, mapping: { ...current.mapping, [column]: value === "" ? null : Number(value) } } : current));

  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        A CSV export of completions: one row per person and course, with the person&apos;s email, the course id (the module&apos;s LMS course id) or the module&apos;s title, the completion date, the status (completed, passed or failed) and optionally a score from 0 to 100.{" "}
        {role === "director" ? "Rows of any active person of the organisation are stored." : "Only rows of the members of your teams are stored."} Importing the same file again stores nothing twice.
        {role === "director" && (
          <>
            {" "}
            An LMS that sends xAPI statements needs no file: see{" "}
            <Link href="/training/lms" className="font-medium text-primary underline-offset-4 hover:underline">
              LMS statements
            </Link>
            .
          </>
        )}
      </p>
      <div className="grid gap-2">
        <label htmlFor={inputId} className="text-sm font-medium">
          LMS export (CSV)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          disabled={progress !== null}
          className="max-w-xs text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5 file:text-sm file:font-medium"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void chooseFile(file);
            event.target.value = "";
          }}
        />
      </div>
      <FormAlert message={error} />
      {loaded && !progress && (
        <div className="grid gap-4">
          <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <legend className="mb-2 text-sm font-medium">Columns of {loaded.file.name}</legend>
            {LMS_COLUMNS.map((column) => (
              <SelectField
                key={column}
                id={`lms-column-${column}`}
                label={column === "score" ? `${LMS_COLUMN_LABELS[column]} (optional)` : LMS_COLUMN_LABELS[column]}
                value={loaded.mapping[column] ?? ""}
                error={missing.includes(column) ? "Choose the column" : undefined}
                onChange={(event) => setColumn(column, event.target.value)}
              >
                <option value="">{column === "score" ? "No score column" : "Choose a column…"}</option>
                {loaded.head.header.map((name, index) => (
                  <option key={index} value={index}>
                    {name || `Column ${index + 1}`}
                  </option>
                ))}
              </SelectField>
            ))}
            <SelectField
              id="lms-date-order"
              label="Dates like 03/04/2026 are"
              value={loaded.dateOrder ?? ""}
              error={loaded.dateOrder === null ? "Every date reads both ways: choose" : undefined}
              onChange={(event) => setLoaded({ ...loaded, dateOrder: event.target.value === "" ? null : (event.target.value as DateOrder) })}
            >
              <option value="">Choose…</option>
              <option value="dmy">day/month/year</option>
              <option value="mdy">month/day/year</option>
            </SelectField>
          </fieldset>
          <Preview loaded={loaded} />
          <Button className="justify-self-start" disabled={missing.length > 0 || loaded.dateOrder === null} onClick={() => void run()}>
            Import training records
          </Button>
        </div>
      )}
      {progress && (
        <ImportProgress
          progress={progress}
          onCancel={() => {
            stop.current = true;
            setProgress({ ...progress, stopping: true });
          }}
        />
      )}
      {outcome && <TrainingImportResult outcome={outcome} />}
    </div>
  );
}

/** The first rows as they will be read: who, which course, when, what result. */
function Preview({ loaded }: { loaded: Loaded }) {
  const rows = loaded.head.rows.filter((row) => !row.error).slice(0, PREVIEW);
  return (
    <Table aria-label="Preview of the first rows">
      <TableHeader>
        <TableRow>
          <TableHead>Line</TableHead>
          {LMS_COLUMNS.map((column) => (
            <TableHead key={column}>{LMS_COLUMN_LABELS[column]}</TableHead>
          ))}
          <TableHead>Read as</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const lms = lmsRowOf(row, loaded.mapping);
          const status = parseLmsStatus(lms.status);
          const date = parseDateTime(lms.completedAt, loaded.dateOrder);
          const readAs = !status ? "Unknown status" : status.kind === "not_a_result" ? "Not a result yet" : date ? `${status.outcome} on ${date.slice(0, 10)}` : "Unreadable date";
          return (
            <TableRow key={row.line}>
              <TableCell className="tabular-nums">{row.line}</TableCell>
              {LMS_COLUMNS.map((column) => (
                <TableCell key={column} className="max-w-48 truncate">
                  {lms[column]}
                </TableCell>
              ))}
              <TableCell>{readAs}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function TrainingImportResult({ outcome }: { outcome: Outcome }) {
  // One row per line, its reasons together, as in the downloaded file.
  const byLine = new Map<number, RejectedRow>();
  for (const reject of outcome.rejects) {
    const seen = byLine.get(reject.line);
    byLine.set(reject.line, seen ? { ...seen, reason: `${seen.reason}; ${reject.reason}` } : reject);
  }
  const lines = [...byLine.values()].sort((a, b) => a.line - b.line);
  const stats = [
    { label: "Stored", value: outcome.stored, hint: "new training records" },
    { label: "Already imported", value: outcome.alreadyImported, hint: "stored by an earlier import" },
    { label: "Not a result yet", value: outcome.notAResult, hint: "in progress or not started" },
    { label: "Rejected", value: lines.length, hint: "rows, see below" },
  ];
  return (
    <section className="grid gap-4" aria-label="Training records import result">
      <ImportSummary fileName={outcome.fileName} rowsRead={outcome.rowsRead} cancelled={outcome.cancelled} stats={stats} columns="sm:grid-cols-2 lg:grid-cols-4" />
      {lines.length > 0 && (
        <div className="grid gap-3">
          <Button
            variant="outline"
            className="justify-self-start"
            onClick={() => downloadText(rejectsCsv(outcome.header, outcome.rejects), rejectsFileName(outcome.fileName))}
          >
            <Download aria-hidden="true" /> Download the rejected rows (CSV)
          </Button>
          <Table aria-label="Rejected rows of the LMS file">
            <TableHeader>
              <TableRow>
                <TableHead>Line</TableHead>
                <TableHead>Reason</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lines.slice(0, SHOWN).map((r, i) => (
                <TableRow key={`${r.line}-${i}`}>
                  <TableCell className="tabular-nums">{r.line}</TableCell>
                  <TableCell className="min-w-64 whitespace-normal">{r.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {lines.length > SHOWN && <p className="text-sm text-muted-foreground">The first {SHOWN} of {number.format(lines.length)} reasons; download the file for all of them.</p>}
        </div>
      )}
    </section>
  );
}
