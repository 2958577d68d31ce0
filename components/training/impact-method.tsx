import { IMPACT_NOT_ENOUGH_DATA_RULE, IMPACT_WINDOW } from "@/lib/domain/training-impact";

/** How impact is measured, in the words a director needs to trust or doubt a figure. */
export function ImpactMethod() {
  return (
    <section id="method" aria-labelledby="impact-method" className="grid max-w-prose gap-2 text-sm">
      <h2 id="impact-method" className="font-semibold">
        How it is measured
      </h2>
      <p className="text-muted-foreground">
        For each person who completed a module (or was first coached about a touch point), the change in their customers&apos; KPI between the{" "}
        {IMPACT_WINDOW.preWeeks} weeks before and the {IMPACT_WINDOW.postWeeks} weeks after their completion week is compared with the change, over
        the same calendar weeks, for the people serving that touch point who had not been trained by the end of the window. The effect is the average
        over trained people, with a 95% interval from a bootstrap over people. An interval that includes zero means nothing can be concluded.
      </p>
      <p className="text-muted-foreground">
        It assumes trained and comparison people would have moved alike without the training: the weeks before completion are the check, and a warning
        shows when they already diverge. People chosen for training because they were struggling, or colleagues picking up what trained people learned,
        can still bias it.
      </p>
      <p className="text-muted-foreground">{IMPACT_NOT_ENOUGH_DATA_RULE}</p>
    </section>
  );
}
