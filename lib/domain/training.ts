/** The three kinds of understanding good service needs (DESIGN.md): what a module teaches. */
export const TRAINING_CATEGORIES = ["personal", "organisational", "professional"] as const;
export type TrainingCategory = (typeof TRAINING_CATEGORIES)[number];

export const TRAINING_CATEGORY_DESCRIPTIONS: Record<TrainingCategory, string> = {
  personal: "One's own attitudes and reactions",
  organisational: "The organisation, its customers and its brand promise",
  professional: "Communication skills for each channel",
};

/** An assignment's life: assigned -> in progress -> completed, or cancelled by the lead. */
export const ASSIGNMENT_STATUSES = ["assigned", "in_progress", "completed", "cancelled"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Where a training record came from. */
export const TRAINING_RECORD_SOURCES = ["assignment", "lms_csv", "xapi"] as const;
export type TrainingRecordSource = (typeof TRAINING_RECORD_SOURCES)[number];

/** A record's result: completed and passed count as completion for impact; failed does not. */
export const TRAINING_RECORD_OUTCOMES = ["completed", "passed", "failed"] as const;
export type TrainingRecordOutcome = (typeof TRAINING_RECORD_OUTCOMES)[number];

/** What became of a received xAPI statement. */
export const XAPI_STATEMENT_STATES = ["applied", "waiting_for_course", "waiting_for_person", "not_a_result"] as const;
export type XapiStatementState = (typeof XAPI_STATEMENT_STATES)[number];

/**
 * A 0-100 score as stored: two decimals. The column is a 4-byte real, which cannot hold values
 * such as 5e-324 that a client (or an LMS computing raw/max) may send; nobody needs more precision.
 */
export const roundScore = (score: number): number => Math.round(score * 100) / 100;
