import "server-only";
import { dayNumber } from "@/lib/days";
import type { AssignmentStatus } from "@/lib/domain/training";

export const OPEN_STATUSES = ["assigned", "in_progress"] as const satisfies readonly AssignmentStatus[];

export const isOpen = (status: AssignmentStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

/**
 * Days past due of an open assignment, 0 when it is not overdue. `today` is the day in the
 * organisation's time zone: an assignment due on the 5th becomes overdue when the 6th begins
 * there, not at midnight UTC.
 */
export function daysOverdue(assignment: { status: AssignmentStatus; dueOn: string | null }, today: string): number {
  if (!isOpen(assignment.status) || assignment.dueOn === null || assignment.dueOn >= today) return 0;
  return dayNumber(today) - dayNumber(assignment.dueOn);
}
