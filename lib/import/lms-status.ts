import type { TrainingRecordOutcome } from "@/lib/domain/training";

export type LmsStatus = { kind: "result"; outcome: TrainingRecordOutcome } | { kind: "not_a_result" };

// The words LMS exports use (Moodle, Cornerstone, SAP SuccessFactors, Docebo, TalentLMS...), lowercased.
const RESULTS: Record<string, TrainingRecordOutcome> = {
  completed: "completed",
  complete: "completed",
  "completed successfully": "completed",
  finished: "completed",
  done: "completed",
  passed: "passed",
  pass: "passed",
  "complete - passed": "passed",
  "completed - passed": "passed",
  failed: "failed",
  fail: "failed",
  "complete - failed": "failed",
  "completed - failed": "failed",
};

const NOT_RESULTS = new Set([
  "in progress",
  "in_progress",
  "inprogress",
  "started",
  "not started",
  "not_started",
  "not attempted",
  "incomplete",
  "enrolled",
  "registered",
  "assigned",
  "browsed",
  "attempted",
  "withdrawn",
]);

/** A status cell as a result, "not a result" (still in progress), or null when the word is unknown. */
export function parseLmsStatus(text: string): LmsStatus | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, " ");
  const outcome = RESULTS[value];
  if (outcome) return { kind: "result", outcome };
  if (NOT_RESULTS.has(value)) return { kind: "not_a_result" };
  return null;
}
