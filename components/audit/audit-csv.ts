import type { CsvData } from "@/lib/export/csv";
import type { RouterOutputs } from "@/lib/trpc/types";
import { changesOf, humanise, showValue } from "./audit-diff";

type AuditEntry = RouterOutputs["audit"]["list"]["rows"][number];

/** The audit log as CSV: the codes as they are stored (for filtering in a spreadsheet) and every change in full. */
export function auditCsv(entries: readonly AuditEntry[]): CsvData {
  return {
    headers: ["Time (UTC)", "Who", "Action", "Entity type", "Entity id", "Changes"],
    rows: entries.map((entry) => [
      entry.at,
      entry.actorName ?? (entry.actorId ? "A former member" : "System"),
      entry.action,
      entry.entityType,
      entry.entityId,
      changesOf(entry.before, entry.after)
        .map((change) => `${humanise(change.field)}: ${showValue(change.before)} → ${showValue(change.after)}`)
        .join("\n"),
    ]),
  };
}
