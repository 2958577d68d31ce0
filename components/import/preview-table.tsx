"use client";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CsvRow } from "@/lib/import/records";
import { createRowMapper, type RowMapperOptions } from "@/lib/import/row-to-items";
import { isNewTouchPoint, type ImportTargets, type Mapping } from "@/lib/import/types";
import { importItemSchema } from "@/lib/schemas/imports";

/** Stands for a touch point the import will create, so its rows validate as they will once it exists. */
const NOT_YET_CREATED = "00000000-0000-4000-8000-000000000000";

/** What a row would become: "valid" with its responses, or the first reason it would be rejected. */
export function previewRow(mapRow: ReturnType<typeof createRowMapper>, row: CsvRow): { ok: boolean; text: string } {
  const outcome = mapRow(row);
  const reasons = [...outcome.issues];
  for (const { item, label } of outcome.items) {
    const parsed = importItemSchema.safeParse(isNewTouchPoint(item.touchPointId) ? { ...item, touchPointId: NOT_YET_CREATED } : item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      reasons.push(`${label ? `${label}: ` : ""}${issue.message}`);
    }
  }
  if (reasons.length) return { ok: false, text: reasons.join("; ") };
  if (outcome.items.length === 0) return { ok: true, text: "Nothing to import (no applicable rating)" };
  return { ok: true, text: outcome.items.length === 1 ? "Valid" : `Valid: ${outcome.items.length} responses` };
}

export function PreviewTable({ header, rows, mapping, targets, options }: { header: string[]; rows: CsvRow[]; mapping: Mapping; targets: ImportTargets; options: RowMapperOptions }) {
  const mapRow = createRowMapper(mapping, targets, options, header);
  const shown = header.slice(0, 6);
  return (
    <div className="overflow-x-auto">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-14">Line</TableHead>
            <TableHead className="min-w-64">Result</TableHead>
            {shown.map((name, i) => (
              <TableHead key={i}>{name}</TableHead>
            ))}
            {header.length > shown.length && <TableHead>…</TableHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const result = previewRow(mapRow, row);
            return (
              <TableRow key={row.line}>
                <TableCell className="tabular-nums">{row.line}</TableCell>
                <TableCell>
                  {result.ok ? <Badge variant="success">{result.text}</Badge> : <span className="text-sm text-destructive">{result.text}</span>}
                </TableCell>
                {shown.map((_, i) => (
                  <TableCell key={i} className="max-w-40 truncate">
                    {row.cells[i]}
                  </TableCell>
                ))}
                {header.length > shown.length && <TableCell />}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
