import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";

/**
 * The place of a card whose feature is not built yet: what it will answer, said plainly, and no
 * figures until the data exists. Left out of print, where an empty card is only noise.
 */
export function FeatureSlot({ title, icon, question, children }: { title: string; icon: ReactNode; question: string; children: ReactNode }) {
  return (
    <section aria-label={title} data-print-hidden className="grid content-start gap-3 rounded-xl border border-dashed bg-card/60 p-4 text-card-foreground sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="flex items-center gap-2 leading-none font-semibold">
          <span aria-hidden="true" className="text-muted-foreground [&_svg]:size-4">
            {icon}
          </span>
          {title}
        </h2>
        <Badge variant="outline">Not available yet</Badge>
      </div>
      <p className="text-sm font-medium">{question}</p>
      <p className="text-sm text-muted-foreground">{children}</p>
    </section>
  );
}
