import { z } from "zod";

/** Rows per call: the client sends a file in chunks of this size. */
export const LMS_CHUNK_ROWS = 500;

// Control characters and lone surrogates are dropped from a cell (PostgreSQL refuses NUL as a query
// parameter): the row is then matched, or rejected with its line, like any other; the chunk's
// other rows are never lost to one bad byte.
const cell = z
  .string()
  .max(1000, "A cell is longer than 1,000 characters")
  .transform((value) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\p{Cs}/gu, ""));

export const lmsRowSchema = z.object({
  line: z.number().int().min(2),
  email: cell,
  course: cell,
  completedAt: cell,
  status: cell,
  score: cell,
});

export const importLmsRowsSchema = z.object({
  rows: z.array(lmsRowSchema).min(1, "Send at least one row").max(LMS_CHUNK_ROWS, `Send at most ${LMS_CHUNK_ROWS} rows per call`),
  dateOrder: z.enum(["dmy", "mdy"]).nullable(),
});

export type LmsRow = z.infer<typeof lmsRowSchema>;
export type ImportLmsRowsInput = z.infer<typeof importLmsRowsSchema>;

/** The columns of an LMS file, as the mapping step names them. */
export const LMS_COLUMNS = ["email", "course", "completedAt", "status", "score"] as const;
export type LmsColumn = (typeof LMS_COLUMNS)[number];

export const LMS_COLUMN_LABELS: Record<LmsColumn, string> = {
  email: "Person's email",
  course: "Course id or title",
  completedAt: "Completion date",
  status: "Status",
  score: "Score",
};
