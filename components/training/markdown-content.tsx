import { cn } from "@/lib/utils";

/**
 * A module's content. It is markdown written by leads and directors; until a markdown renderer
 * that refuses raw HTML (react-markdown) is installed, it is shown as the text it is, so nothing in
 * it can run or inject markup. Swapping the renderer changes this file only.
 */
export function MarkdownContent({ markdown, className }: { markdown: string; className?: string }) {
  if (markdown.trim() === "") return <p className={cn("text-sm text-muted-foreground", className)}>This module has no written content.</p>;
  return <div className={cn("whitespace-pre-wrap break-words text-sm leading-relaxed", className)}>{markdown}</div>;
}
