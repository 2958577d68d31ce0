import Markdown from "react-markdown";
import { cn } from "@/lib/utils";

/**
 * A module's content: markdown written by leads and directors. react-markdown builds React
 * elements (never innerHTML); `skipHtml` drops any raw HTML in the text instead of rendering it,
 * and its default URL transform turns javascript: and other unsafe links into empty ones.
 */
export function MarkdownContent({ markdown, className }: { markdown: string; className?: string }) {
  if (markdown.trim() === "") return <p className={cn("text-sm text-muted-foreground", className)}>This module has no written content.</p>;
  return (
    <div
      className={cn(
        "grid gap-3 text-sm leading-relaxed break-words",
        "[&_h1]:text-lg [&_h1]:font-semibold [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold",
        "[&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5 [&_li]:mt-1",
        "[&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_blockquote]:text-muted-foreground",
        "[&_a]:text-primary [&_a]:underline [&_code]:rounded [&_code]:bg-muted [&_code]:px-1",
        className,
      )}
    >
      <Markdown skipHtml>{markdown}</Markdown>
    </div>
  );
}
