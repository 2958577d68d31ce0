import type { SentimentLabel } from "@/lib/sentiment";

/** The CSV import's vocabulary, shared by the browser, the server and the demo seed. */

export const IMPORT_CHANNELS = ["web", "app", "phone", "email", "chat", "in_person", "social", "other"] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

/** "response": one row per response; "wide": one row per customer, one column per touch point. */
export type ImportShape = "response" | "wide";

/** Day-first (03/11/2026 = 3 November) or month-first (= 11 March) for dates written with slashes. */
export type DateOrder = "dmy" | "mdy";

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
  | { kind: "rating" }
  | { kind: "comment" }
  /** The label people gave the comment (positive / neutral / negative); numbers only as -1 / 0 / 1 ("signed"). */
  | { kind: "sentimentLabel"; numbers: "words" | "signed" }
  | { kind: "segment"; name: string }
  /** A number kept as its band ("25-39"), so a column such as age does not split the rollups into one row per value. */
  | { kind: "segmentBanded"; name: string; thresholds: number[] }
  /** Wide shape: the column's 1-5 ratings belong to this touch point; 0 or empty means not applicable. */
  | { kind: "touchPointRating"; touchPointId: string };

export type ColumnRoleKind = ColumnRole["kind"];

export type Mapping = {
  shape: ImportShape;
  columns: ColumnRole[];
  dateOrder: DateOrder;
  /** Response shape without a touch point column: the touch point every row goes to. */
  touchPointId?: string | null;
};

export type TouchPointOption = {
  id: string;
  name: string;
  journeyName: string;
  stageName: string;
  channel: ImportChannel;
  ownerTeamId: string | null;
};

export type StaffOption = { id: string; name: string; email: string; teamIds: string[] };

/** Where rows may go: the caller's touch points and the staff of their teams. */
export type ImportTargets = {
  touchPoints: TouchPointOption[];
  staff: StaffOption[];
  /** The organisation's touch points the caller may not import into: their columns are left out. */
  otherTouchPointNames?: string[];
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
