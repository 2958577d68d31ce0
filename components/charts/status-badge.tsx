import { CircleCheck, CircleDashed, CircleX, TriangleAlert, type LucideIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import type { TargetStatus } from "@/server/services/metrics/status";

export type { TargetStatus };

/**
 * Each status has its own icon and words as well as its colour, so it reads the same in
 * greyscale, in print and for colour-blind people; "not enough data" is also hatched where a
 * surface shows it (see STATUS_SURFACE).
 */
export const STATUS: Record<TargetStatus, { label: string; icon: LucideIcon; text: string }> = {
  on_target: { label: "On target", icon: CircleCheck, text: "text-success" },
  near_target: { label: "Near target", icon: TriangleAlert, text: "text-warning-foreground dark:text-warning" },
  below_target: { label: "Below target", icon: CircleX, text: "text-destructive" },
  not_enough_data: { label: "Not enough data", icon: CircleDashed, text: "text-muted-foreground" },
};

/** A tinted surface per status (heat map cells); "not enough data" is hatched rather than tinted. */
export const STATUS_SURFACE: Record<TargetStatus, string> = {
  on_target: "border-success/40 bg-success/10",
  near_target: "border-warning/50 bg-warning/15",
  below_target: "border-destructive/40 bg-destructive/10",
  not_enough_data:
    "border-dashed border-border bg-[repeating-linear-gradient(135deg,transparent_0_6px,var(--muted)_6px_12px)]",
};

export function StatusBadge({ status, className }: { status: TargetStatus; className?: string }) {
  const { label, icon: Icon, text } = STATUS[status];
  return (
    <span data-status={status} className={cn("inline-flex items-center gap-1 text-xs font-medium whitespace-nowrap", text, className)}>
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      {label}
    </span>
  );
}
