import { CircleCheck, CircleDashed, CircleX, TriangleAlert } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * A touch point's health against target. Only "no_data" exists until results are computed;
 * the others are here so a card gains its colour (always with an icon and words) in one place.
 */
export type Health = "no_data" | "on_target" | "near_target" | "below_target";

const HEALTH = {
  no_data: { label: "No data yet", icon: CircleDashed, className: "text-muted-foreground" },
  on_target: { label: "On target", icon: CircleCheck, className: "text-success" },
  near_target: { label: "Near target", icon: TriangleAlert, className: "text-warning-foreground dark:text-warning" },
  below_target: { label: "Below target", icon: CircleX, className: "text-destructive" },
} as const;

export function HealthStatus({ health, className }: { health: Health; className?: string }) {
  const { label, icon: Icon, className: tone } = HEALTH[health];
  return (
    <p data-health={health} className={cn("flex items-center gap-1.5 text-xs font-medium", tone, className)}>
      <Icon aria-hidden="true" className="size-3.5" />
      <span>{label}</span>
    </p>
  );
}

/** The left edge of a card carries the same health, so it can be scanned down a column. */
export const HEALTH_EDGE: Record<Health, string> = {
  no_data: "border-l-border",
  on_target: "border-l-success",
  near_target: "border-l-warning",
  below_target: "border-l-destructive",
};
