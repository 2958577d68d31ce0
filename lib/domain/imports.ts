/** An import run: running until the browser finishes or cancels it (or it is found abandoned). */
export const IMPORT_STATUSES = ["running", "completed", "cancelled"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
