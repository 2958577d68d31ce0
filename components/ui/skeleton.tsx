import * as React from "react";

import { cn } from "@/lib/utils";

function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted", className)}
      {...props}
    />
  );
}

/** A list or table still loading: `count` placeholder rows, announced to screen readers by `label`. */
function SkeletonRows({ label, count = 3, rowClassName = "h-10", className }: { label: string; count?: number; rowClassName?: string; className?: string }) {
  return (
    <div role="status" aria-label={label} className={cn("grid gap-2", className)}>
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} className={cn("w-full", rowClassName)} />
      ))}
    </div>
  );
}

export { Skeleton, SkeletonRows };
