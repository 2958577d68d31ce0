"use client";

import { TriangleAlert } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { encodingLabel } from "@/lib/import/encoding";
import { dateFlags, linesText, undecodedLines } from "@/lib/import/preview-checks";
import type { CsvRow } from "@/lib/import/records";
import type { Mapping } from "@/lib/import/types";
import { EARLIEST_PLAUSIBLE_YEAR } from "@/lib/import/values";

/** What in the first rows needs a look before importing: text that did not decode, and dates that are likely wrong. */
export function PreviewWarnings({ rows, mapping, encoding }: { rows: CsvRow[]; mapping: Mapping; encoding: string }) {
  const undecoded = undecodedLines(rows);
  const { early, future } = dateFlags(rows, mapping);
  const warnings = [
    undecoded.length
      ? `${undecoded.length} of the first ${rows.length} rows have characters that do not read as ${encodingLabel(encoding)} (shown as �), on ${linesText(undecoded)}. Such rows are not imported: choose the file's encoding above.`
      : null,
    early.length ? `${early.length} of the first ${rows.length} rows are dated before ${EARLIEST_PLAUSIBLE_YEAR} (${linesText(early)}): often an empty date stored as 1970-01-01. They import as dated.` : null,
    future.length ? `${future.length} of the first ${rows.length} rows are dated in the future (${linesText(future)}): check the date column and the day/month order.` : null,
  ].filter((w): w is string => w !== null);
  if (!warnings.length) return null;
  return (
    <div className="grid gap-2">
      {warnings.map((warning) => (
        <Alert key={warning}>
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{warning}</AlertDescription>
        </Alert>
      ))}
    </div>
  );
}
