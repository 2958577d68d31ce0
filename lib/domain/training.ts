export const TRAINING_CATEGORIES = ["personal", "organisational", "professional"] as const;
export type TrainingCategory = (typeof TRAINING_CATEGORIES)[number];

export const ASSIGNMENT_STATUSES = ["assigned", "in_progress", "completed"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
