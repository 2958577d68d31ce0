"use client";

import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { bandedRoleFor, ROLE_LABELS, ROLES_BY_SHAPE } from "@/lib/import/guess";
import { sentimentLabelRoleFor } from "@/lib/import/sentiment-label";
import type { ColumnRole, Mapping, TouchPointOption } from "@/lib/import/types";

const valueOf = (role: ColumnRole) => (role.kind === "touchPointRating" ? `tp:${role.touchPointId}` : role.kind);

/** One row per column: its header, a few values, and what it becomes. */
export function MappingTable({
  header,
  samples,
  mapping,
  touchPoints,
  onChange,
}: {
  header: string[];
  samples: string[][];
  mapping: Mapping;
  touchPoints: TouchPointOption[];
  onChange: (mapping: Mapping) => void;
}) {
  const roles = ROLES_BY_SHAPE[mapping.shape];
  const choose = (column: number, value: string) => {
    const name = header[column]!.trim().slice(0, 60) || `Column ${column + 1}`;
    const role: ColumnRole = value.startsWith("tp:")
      ? { kind: "touchPointRating", touchPointId: value.slice(3) }
      : value === "segment"
        ? { kind: "segment", name }
        : value === "segmentBanded"
          ? bandedRoleFor(header[column]!, samples, column)
          : value === "sentimentLabel"
            ? sentimentLabelRoleFor(samples, column)
            : ({ kind: value } as ColumnRole);
    onChange({ ...mapping, columns: mapping.columns.map((c, i) => (i === column ? role : c)) });
  };
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Column</TableHead>
          <TableHead>Values</TableHead>
          <TableHead className="w-72">Becomes</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {header.map((name, column) => {
          const values = samples.map((row) => row[column]?.trim() ?? "").filter(Boolean).slice(0, 3);
          return (
            <TableRow key={column}>
              <TableCell className="font-medium">{name || <span className="text-muted-foreground">(no header)</span>}</TableCell>
              <TableCell className="max-w-64 truncate text-muted-foreground">{values.join(" · ") || "empty"}</TableCell>
              <TableCell>
                <NativeSelect aria-label={`Role of column ${name || column + 1}`} value={valueOf(mapping.columns[column]!)} onChange={(e) => choose(column, e.target.value)}>
                  {roles.map((kind) =>
                    kind === "touchPointRating" ? (
                      <optgroup key={kind} label="Ratings (1-5) of touch point">
                        {touchPoints.map((tp) => (
                          <option key={tp.id} value={`tp:${tp.id}`}>
                            {tp.name} ({tp.journeyName})
                          </option>
                        ))}
                      </optgroup>
                    ) : (
                      <option key={kind} value={kind}>
                        {ROLE_LABELS[kind]}
                      </option>
                    ),
                  )}
                </NativeSelect>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
