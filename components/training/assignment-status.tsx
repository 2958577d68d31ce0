import { Badge } from "@/components/ui/badge";
import type { AssignmentStatus } from "@/lib/domain/training";
import { formatDay } from "@/lib/charts/format";
import { dayIn } from "@/lib/day-in";

export const ASSIGNMENT_STATUS_LABEL: Record<AssignmentStatus, string> = {
  assigned: "Not started",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
};

/** An assignment's state; an overdue one says so in words, not only in colour. */
export function AssignmentStatusBadge({ status, daysOverdue }: { status: AssignmentStatus; daysOverdue: number }) {
  if (daysOverdue > 0) return <Badge variant="destructive">Overdue by {daysOverdue === 1 ? "1 day" : `${daysOverdue} days`}</Badge>;
  const variant = status === "completed" ? "success" : status === "cancelled" ? "secondary" : "outline";
  return <Badge variant={variant}>{ASSIGNMENT_STATUS_LABEL[status]}</Badge>;
}

export const dueText = (dueOn: string | null) => (dueOn ? `Due ${formatDay(dueOn, true)}` : "No due date");

/** A moment as the day it fell on in the organisation's time zone, for lists of what was done when. */
export const onDay = (timeZone: string, at: Date | string | null) => (at ? formatDay(dayIn(timeZone, new Date(at)), true) : "");
