"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ENCODINGS } from "@/lib/import/encoding";
import { isNewTouchPoint, NEW_TOUCH_POINT, type DateOrder, type ImportShape, type Mapping, type NumberFormat, type TouchPointOption } from "@/lib/import/types";

const NUMBER_FORMATS: { value: string; label: string; format: NumberFormat }[] = [
  { value: ".|,", label: "1,234.5 (decimal point)", format: { decimal: ".", thousands: "," } },
  { value: ",|.", label: "1.234,5 (decimal comma)", format: { decimal: ",", thousands: "." } },
  { value: ",| ", label: "1 234,5 (decimal comma, space)", format: { decimal: ",", thousands: " " } },
];
const longDate = (day: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
const formatValue = (format: NumberFormat | undefined) => `${format?.decimal ?? "."}|${format?.thousands ?? ","}`;

/** The file's settings above the mapping table: shape, encoding, numbers, dates, and the touch point of every row. */
export function ImportOptions({
  mapping,
  encoding,
  encodingWhy,
  touchPoints,
  date,
  today,
  onShape,
  onEncoding,
  onMapping,
  onDate,
}: {
  mapping: Mapping;
  encoding: string;
  encodingWhy: string;
  touchPoints: TouchPointOption[];
  date: string | null;
  today: string;
  onShape: (shape: ImportShape) => void;
  onEncoding: (encoding: string) => void;
  onMapping: (mapping: Mapping) => void;
  onDate: (date: string | null) => void;
}) {
  const hasDate = mapping.columns.some((c) => c.kind === "occurredAt");
  const needsTouchPoint = mapping.shape === "response" && !mapping.columns.some((c) => c.kind === "touchPoint") && mapping.columns.some((c) => ["npsScore", "csatScore", "cesScore", "rating", "comment"].includes(c.kind));
  const newRowPoint = isNewTouchPoint(mapping.touchPointId) ? mapping.touchPointId : null;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="grid gap-1.5">
        <Label htmlFor="import-shape">Shape of the file</Label>
        <NativeSelect id="import-shape" value={mapping.shape} onChange={(e) => onShape(e.target.value as ImportShape)}>
          <option value="response">One row per response</option>
          <option value="wide">One row per customer, a column per touch point</option>
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="import-encoding">Encoding</Label>
        <NativeSelect id="import-encoding" aria-describedby="import-encoding-why" value={encoding} onChange={(e) => onEncoding(e.target.value)}>
          {ENCODINGS.map((e) => (
            <option key={e.value} value={e.value}>
              {e.label}
            </option>
          ))}
        </NativeSelect>
        <p id="import-encoding-why" className="text-xs text-muted-foreground">
          Detected: {encodingWhy}.
        </p>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="import-numbers">Numbers are written</Label>
        <NativeSelect
          id="import-numbers"
          value={formatValue(mapping.numberFormat)}
          onChange={(e) => onMapping({ ...mapping, numberFormat: NUMBER_FORMATS.find((f) => f.value === e.target.value)!.format })}
        >
          {NUMBER_FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      {hasDate ? (
        <div className="grid gap-1.5">
          <Label htmlFor="import-date-order">Dates such as 03/11/2026 are</Label>
          <NativeSelect
            id="import-date-order"
            value={mapping.dateOrder ?? ""}
            aria-invalid={mapping.dateOrder === null}
            onChange={(e) => onMapping({ ...mapping, dateOrder: (e.target.value || null) as DateOrder | null })}
          >
            {mapping.dateOrder === null && <option value="">Choose: every date reads both ways…</option>}
            <option value="dmy">Day first (3 November)</option>
            <option value="mdy">Month first (11 March)</option>
          </NativeSelect>
        </div>
      ) : (
        <div className="grid gap-1.5">
          <Label htmlFor="import-date">Date of the responses</Label>
          <Input
            id="import-date"
            type="date"
            value={date ?? ""}
            max={today}
            aria-invalid={date === null}
            aria-describedby="import-date-note"
            onChange={(e) => onDate(e.target.value || null)}
          />
          <p id="import-date-note" className="text-xs text-muted-foreground">
            {date ? `The file has no date column: all responses on ${longDate(date)}.` : "The file has no date column: choose the day its responses were given."}
          </p>
        </div>
      )}
      {needsTouchPoint && (
        <div className="grid gap-1.5">
          <Label htmlFor="import-touch-point">Touch point of every row</Label>
          <NativeSelect id="import-touch-point" value={mapping.touchPointId ?? ""} onChange={(e) => onMapping({ ...mapping, touchPointId: e.target.value || null })}>
            <option value="">Choose a touch point…</option>
            {touchPoints.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
                {tp.journeyName ? ` (${tp.journeyName})` : ""}
              </option>
            ))}
            {newRowPoint && <option value={newRowPoint}>New touch point: {newRowPoint.slice(NEW_TOUCH_POINT.length)}</option>}
          </NativeSelect>
        </div>
      )}
    </div>
  );
}
