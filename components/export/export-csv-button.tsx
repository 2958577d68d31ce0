"use client";

import { useState } from "react";
import { Download, LoaderCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { todayIn } from "@/lib/day-in";
import { safeFileName, toCsv, type CsvData } from "@/lib/export/csv";
import { downloadBlob } from "@/lib/export/download";
import { tableCsvData, type ExportableTable } from "@/lib/export/table-csv";

type Source =
  /** Rows already on screen. */
  | { data: CsvData; table?: never; load?: never }
  /** A TanStack table: its visible value columns and the rows of its current view. */
  | { table: ExportableTable; data?: never; load?: never }
  /** Rows fetched on demand, such as every page of a paged list. */
  | { load: () => Promise<CsvData>; data?: never; table?: never };

type ExportCsvButtonProps = Source & {
  /** Without extension; today's date is added, so exports of different days do not collide. */
  fileName: string;
  disabled?: boolean;
  /** Shown beside the button, such as a limit on the rows exported. */
  note?: string;
};

/** "Export CSV": the current view as an RFC 4180 file that spreadsheets open safely (lib/export/csv.ts). */
export function ExportCsvButton({ fileName, disabled, note, ...source }: ExportCsvButtonProps) {
  const timeZone = useOrgTimeZone();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function exportCsv() {
    setBusy(true);
    setFailed(false);
    try {
      const { headers, rows } = source.data ?? (source.table ? tableCsvData(source.table) : await source.load!());
      const blob = new Blob([toCsv(headers, rows)], { type: "text/csv;charset=utf-8" });
      downloadBlob(blob, safeFileName(`${fileName} ${todayIn(timeZone)}`, "csv"));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-print-hidden className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Button type="button" variant="outline" size="sm" onClick={exportCsv} disabled={disabled || busy} aria-busy={busy || undefined}>
        {busy ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <Download aria-hidden="true" />}
        Export CSV
      </Button>
      {failed ? (
        <p role="alert" className="text-sm text-destructive">
          The export failed. Try again.
        </p>
      ) : (
        note && <p className="text-xs text-muted-foreground">{note}</p>
      )}
    </div>
  );
}
