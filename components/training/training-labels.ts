import { TRAINING_CATEGORY_DESCRIPTIONS, type TrainingCategory, type TrainingRecordOutcome, type TrainingRecordSource } from "@/lib/domain/training";

export const KIND_LABEL: Record<TrainingCategory, string> = { personal: "Personal", organisational: "Organisational", professional: "Professional" };
export const KIND_DESCRIPTION = TRAINING_CATEGORY_DESCRIPTIONS;
export const SOURCE_LABEL: Record<TrainingRecordSource, string> = { assignment: "Assignment", lms_csv: "LMS import", xapi: "LMS (xAPI)" };
export const OUTCOME_LABEL: Record<TrainingRecordOutcome, string> = { completed: "Completed", passed: "Passed", failed: "Failed" };

export const formatMinutes = (minutes: number) => (minutes < 60 ? `${minutes} min` : minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`);
