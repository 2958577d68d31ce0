import type { SentimentLabel } from "@/lib/domain/sentiment";
import type { Channel } from "@/lib/domain/channels";

/** The CSV import's vocabulary, shared by the browser, the server and the demo seed. */

/** "response": one row per response; "wide": one row per customer, one column per touch point. */
export const IMPORT_SHAPES = ["response", "wide"] as const;
export type ImportShape = (typeof IMPORT_SHAPES)[number];

/** Day-first (03/11/2026 = 3 November) or month-first (= 11 March) for dates written with slashes. */
export type DateOrder = "dmy" | "mdy";

/** The whole numbers a rating column holds, both ends included (1-5, 1-10, 0-10...). */
export type ScaleRange = { min: number; max: number };

/** How the file writes numbers: "4,5" with a decimal comma; "1.234" with a thousands point. */
export type NumberFormat = { decimal: "." | ","; thousands: "," | "." | " " | "" };

export const DEFAULT_NUMBER_FORMAT: NumberFormat = { decimal: ".", thousands: "," };

/** A touch point the import creates (a director's, on Import): "new:" + its name, until it has an id. */
export const NEW_TOUCH_POINT = "new:";
export const isNewTouchPoint = (id: string | null | undefined): id is string => Boolean(id?.startsWith(NEW_TOUCH_POINT));

/** What a column becomes. */
export type ColumnRole =
  | { kind: "ignore" }
  | { kind: "touchPoint" }
  | { kind: "occurredAt" }
  | { kind: "channel" }
  | { kind: "staff" }
  | { kind: "customerRef" }
  | { kind: "npsScore" }
  | { kind: "csatScore" }
  | { kind: "cesScore" }
  /** Response shape: a rating of the row's touch point, on the touch point's scale (`scale` when it has none). */
  | { kind: "rating"; scale: ScaleRange }
  | { kind: "comment" }
  /** The label people gave the comment (positive / neutral / negative); numbers only as -1 / 0 / 1 ("signed"). */
  | { kind: "sentimentLabel"; numbers: "words" | "signed" }
  | { kind: "segment"; name: string }
  /** A number kept as its band ("25-39"), so a column such as age does not split the rollups into one row per value. */
  | { kind: "segmentBanded"; name: string; thresholds: number[] }
  /**
   * The column's ratings belong to this touch point (both shapes: several per row); empty, or 0 on
   * a scale from 1, means not applicable. The touch point's own rating scale wins over `scale`.
   */
  | { kind: "touchPointRating"; touchPointId: string; scale: ScaleRange };

export type ColumnRoleKind = ColumnRole["kind"];

export type Mapping = {
  shape: ImportShape;
  columns: ColumnRole[];
  /** null: every slashed date of the sample reads both ways (03/04/2026), so the user must choose. */
  dateOrder: DateOrder | null;
  numberFormat?: NumberFormat;
  /** Response shape without a touch point column: the touch point every row goes to. */
  touchPointId?: string | null;
};

export type TouchPointOption = {
  id: string;
  name: string;
  journeyName: string;
  stageName: string;
  channel: Channel;
  ownerTeamId: string | null;
  /** The scale of its rating KPI; null when it has none. */
  ratingScale?: ScaleRange | null;
};

export type StaffOption = { id: string; name: string; email: string; teamIds: string[] };

/** Where rows may go: the caller's touch points and the staff of their teams. */
export type ImportTargets = {
  touchPoints: TouchPointOption[];
  staff: StaffOption[];
  /** The organisation's touch points the caller may not import into: their columns are left out. */
  otherTouchPointNames?: string[];
  /** A director may let the import create touch points (with rating KPIs) for its rating columns. */
  canCreateTouchPoints?: boolean;
};

/** A response as the server's feedbackItemSchema expects it. */
export type ImportItem = {
  touchPointId: string;
  channel: string;
  staffId: string | null;
  customerRef: string | null;
  segment: Record<string, string>;
  npsScore: number | null;
  csatScore: number | null;
  cesScore: number | null;
  rating: number | null;
  comment: string | null;
  occurredAt: string;
  idempotencyKey: string;
  /** Only when the file labels this row: absent otherwise, so files without labels keep their stored bodies. */
  sentimentLabel?: SentimentLabel;
};

/** A rejected record or response: the line a spreadsheet shows, why, and the record's cells. */
export type RejectedRow = { line: number; reason: string; cells: string[] };
