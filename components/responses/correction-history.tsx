import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { formatInstant } from "@/lib/day-in";
import type { RouterOutputs } from "@/lib/trpc/types";

type Correction = RouterOutputs["responses"]["corrections"]["corrections"][number];

const themesText = (themes: string[]) => (themes.length ? themes.join(", ") : "none");

/** What one correction changed, in words. */
function changes(correction: Correction): string[] {
  const lines: string[] = [];
  if (correction.labelAfter) {
    lines.push(
      correction.source === "import"
        ? `Label ${correction.labelAfter} came with the file${correction.labelBefore ? ` (the analyser said ${correction.labelBefore})` : ""}`
        : `Label ${correction.labelBefore ?? "none"} → ${correction.labelAfter}`,
    );
  }
  if (correction.themesAfter) lines.push(`Themes ${themesText(correction.themesBefore ?? [])} → ${themesText(correction.themesAfter)}`);
  return lines;
}

/** A response's corrections, newest first: who, when, and what changed. */
export function CorrectionHistory({ corrections }: { corrections: Correction[] }) {
  const timeZone = useOrgTimeZone();
  return (
    <section aria-labelledby="correction-history-heading" className="grid gap-2">
      <h3 id="correction-history-heading" className="text-sm font-medium">
        Correction history
      </h3>
      {corrections.length === 0 ? (
        <p className="text-sm text-muted-foreground">No corrections yet: the label and themes are the analyser&apos;s.</p>
      ) : (
        <ol aria-label="Corrections, newest first" className="grid gap-2 text-sm">
          {corrections.map((correction) => (
            <li key={correction.id} className="rounded-md border p-2">
              <p>
                <span className="font-medium">{correction.source === "import" ? "Imported label" : correction.correctedBy?.name}</span>
                <span className="text-muted-foreground">
                  {" · "}
                  <time dateTime={correction.createdAt.toISOString()}>{formatInstant(timeZone, correction.createdAt)}</time>
                </span>
              </p>
              {changes(correction).map((line) => (
                <p key={line} className="text-muted-foreground">
                  {line}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
