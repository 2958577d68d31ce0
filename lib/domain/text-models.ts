/** The background jobs of an organisation's sentiment model. */
export const TEXT_JOB_KINDS = ["train", "rescore"] as const;
export type TextJobKind = (typeof TEXT_JOB_KINDS)[number];

export const TEXT_JOB_STATUSES = ["queued", "running", "completed", "failed"] as const;
export type TextJobStatus = (typeof TEXT_JOB_STATUSES)[number];

/** Who changed a response's sentiment label: a person correcting it, or a labelled import. */
export const CORRECTION_SOURCES = ["person", "import"] as const;
export type CorrectionSource = (typeof CORRECTION_SOURCES)[number];
