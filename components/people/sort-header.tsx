import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "@/lib/utils";

type SortHeaderProps = {
  label: string;
  sorted: false | "asc" | "desc";
  onToggle: ((event: unknown) => void) | undefined;
  className?: string;
};

/** A column heading that sorts when pressed; the th carries aria-sort. */
export function SortHeader({ label, sorted, onToggle, className }: SortHeaderProps) {
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      onClick={onToggle}
      className={cn(
        "-mx-2 inline-flex h-8 items-center gap-1.5 rounded-md px-2 font-medium hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
        className,
      )}
    >
      {label}
      <Icon aria-hidden="true" className={sorted ? "size-3.5" : "size-3.5 opacity-50"} />
    </button>
  );
}

export function ariaSort(sorted: false | "asc" | "desc"): "ascending" | "descending" | "none" {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
}
