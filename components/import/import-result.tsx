"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RejectedRow } from "@/lib/import/types";
import { rejectsCsv } from "@/lib/import/rejects-csv";
import { downloadText, rejectsFileName } from "./download-text";
import { ImportSummary } from "./import-summary";

export type ImportOutcome = { fileName: string; header: string[]; stored: number; duplicates: number; changed: number; rejected: number; rowsRead: number; rejects: RejectedRow[]; cancelled: boolean };

const number = new Intl.NumberFormat("en-GB");
const SHOWN = 100;

/** What became of the file: counts, the first rejected rows, and all of them as CSV. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  const stats = [
    { label: "Stored", value: outcome.stored, hint: "new responses" },
    {
      label: "Already imported",
      value: outcome.duplicates,
      hint: outcome.changed
        ? `stored by an earlier import; ${number.format(outcome.changed)} then with other values (mapping, date or staff), kept as first imported`
        : "stored by an earlier import",
    },
    { label: "Rejected", value: outcome.rejected, hint: "see below" },
  ];
  return (
    <div className="grid gap-4">
      <ImportSummary fileName={outcome.fileName} rowsRead={outcome.rowsRead} cancelled={outcome.cancelled} stats={stats} columns="sm:grid-cols-3" />
      {outcome.rejects.length > 0 && (
        <div className="grid gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-medium">
              Rejected rows{outcome.rejects.length > SHOWN && ` (first ${SHOWN} of ${number.format(outcome.rejects.length)})`}
            </h3>
            <Button variant="outline" onClick={() => downloadText(rejectsCsv(outcome.header, outcome.rejects), rejectsFileName(outcome.fileName))}>
              <Download aria-hidden="true" />
              Download rejected rows (CSV)
            </Button>
          </div>
          <Table aria-label="Rejected rows">
            <TableHeader>
              <TableRow>
                <TableHead className="w-20">Line</TableHead>
                <TableHead>Reason</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {outcome.rejects.slice(0, SHOWN).map((reject, i) => (
                <TableRow key={i}>
                  <TableCell className="tabular-nums">{reject.line}</TableCell>
                  <TableCell>{reject.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
