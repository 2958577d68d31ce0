"use client";

import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { bandedRoleFor, ROLE_LABELS, ROLES_BY_SHAPE, scaleText, touchPointNameOf } from "@/lib/import/guess";
import { profileOf, ratingScaleOfValues } from "@/lib/import/profile";
import { sentimentLabelRoleFor } from "@/lib/import/sentiment-label";
import { isNewTouchPoint, NEW_TOUCH_POINT, type ColumnRole, type Mapping, type ScaleRange, type TouchPointOption } from "@/lib/import/types";

const SCALES: ScaleRange[] = [
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
];

const valueOf = (role: ColumnRole) => (role.kind === "touchPointRating" ? `tp:${role.touchPointId}` : role.kind);

/** One row per column: its header, a few values, what it becomes (and on which scale), and why it was guessed so. */
export function MappingTable({
  header,
  samples,
  mapping,
  reasons,
  touchPoints,
  canCreateTouchPoints,
  onChange,
}: {
  header: string[];
  samples: string[][];
  mapping: Mapping;
  reasons: string[];
  touchPoints: TouchPointOption[];
  canCreateTouchPoints: boolean;
  onChange: (mapping: Mapping, column: number) => void;
}) {
  const roles = ROLES_BY_SHAPE[mapping.shape];
  const byId = new Map(touchPoints.map((tp) => [tp.id, tp]));
  const newInMapping = [...new Set(mapping.columns.flatMap((c) => (c.kind === "touchPointRating" && isNewTouchPoint(c.touchPointId) ? [c.touchPointId] : [])))];
  const guessedScale = (column: number) => ratingScaleOfValues(profileOf(samples, column, mapping.numberFormat));
  const replace = (column: number, role: ColumnRole) => onChange({ ...mapping, columns: mapping.columns.map((c, i) => (i === column ? role : c)) }, column);

  const choose = (column: number, value: string) => {
    const name = header[column]!.trim().slice(0, 60) || `Column ${column + 1}`;
    const scale = guessedScale(column);
    const role: ColumnRole = value.startsWith("tp:")
      ? { kind: "touchPointRating", touchPointId: value.slice(3), scale: byId.get(value.slice(3))?.ratingScale ?? scale }
      : value === "rating"
        ? { kind: "rating", scale }
        : value === "segment"
          ? { kind: "segment", name }
          : value === "segmentBanded"
            ? bandedRoleFor(header[column]!, samples, column)
            : value === "sentimentLabel"
              ? sentimentLabelRoleFor(samples, column)
              : ({ kind: value } as ColumnRole);
    replace(column, role);
  };

  return (
    <div className="overflow-x-auto">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Column</TableHead>
            <TableHead>Values</TableHead>
            <TableHead className="min-w-60">Becomes</TableHead>
            <TableHead className="min-w-64">Why</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {header.map((name, column) => {
            const values = samples.map((row) => row[column]?.trim() ?? "").filter(Boolean).slice(0, 3);
            const role = mapping.columns[column]!;
            const ownNew = `${NEW_TOUCH_POINT}${touchPointNameOf(name)}`;
            const newOptions = [...new Set([...newInMapping, ...(canCreateTouchPoints ? [ownNew] : [])])];
            const label = name || `column ${column + 1}`;
            return (
              <TableRow key={column}>
                <TableCell className="font-medium">{name || <span className="text-muted-foreground">(no header)</span>}</TableCell>
                <TableCell className="max-w-48 truncate text-muted-foreground">{values.join(" · ") || "empty"}</TableCell>
                <TableCell className="min-w-60">
                  <div className="grid gap-1.5">
                  <NativeSelect aria-label={`Role of column ${label}`} value={valueOf(role)} onChange={(e) => choose(column, e.target.value)}>
                    {roles.map((kind) =>
                      kind === "touchPointRating" ? (
                        <optgroup key={kind} label="Rating of touch point">
                          {touchPoints.map((tp) => (
                            <option key={tp.id} value={`tp:${tp.id}`}>
                              {tp.name}
                              {tp.journeyName ? ` (${tp.journeyName})` : ""}
                            </option>
                          ))}
                          {newOptions.map((id) => (
                            <option key={id} value={`tp:${id}`}>
                              New touch point: {id.slice(NEW_TOUCH_POINT.length)}
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
                  {(role.kind === "rating" || role.kind === "touchPointRating") && (
                    <ScaleSelect
                      label={label}
                      role={role}
                      fixed={role.kind === "touchPointRating" ? (byId.get(role.touchPointId)?.ratingScale ?? null) : null}
                      onChange={(scale) => replace(column, { ...role, scale })}
                    />
                  )}
                  </div>
                </TableCell>
                <TableCell className="min-w-64 text-sm whitespace-normal text-muted-foreground">{reasons[column] || "—"}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** The scale of a rating column; a touch point that has a rating KPI keeps its KPI's scale. */
function ScaleSelect({ label, role, fixed, onChange }: { label: string; role: { scale: ScaleRange }; fixed: ScaleRange | null; onChange: (scale: ScaleRange) => void }) {
  if (fixed) return <p className="text-xs text-muted-foreground">Scale {scaleText(fixed)}, from the touch point&apos;s rating KPI</p>;
  const options = SCALES.some((s) => scaleText(s) === scaleText(role.scale)) ? SCALES : [role.scale, ...SCALES];
  return (
    <NativeSelect
      aria-label={`Scale of column ${label}`}
      value={scaleText(role.scale)}
      onChange={(e) => onChange(options.find((s) => scaleText(s) === e.target.value)!)}
    >
      {options.map((s) => (
        <option key={scaleText(s)} value={scaleText(s)}>
          Scale {scaleText(s)}
        </option>
      ))}
    </NativeSelect>
  );
}
