import type { ComponentProps } from "react";

/**
 * A field people never see or reach (off-screen, hidden from assistive technology, out of the tab
 * order, never autofilled) but form-filling bots fill in. The server thanks such a response and
 * drops it. Off-screen rather than display:none, which some bots know to skip.
 */
export function SurveyHoneypot(props: Omit<ComponentProps<"input">, "type" | "tabIndex" | "autoComplete">) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute -left-[10000px] size-px overflow-hidden">
      <label htmlFor="survey-website">Website</label>
      <input id="survey-website" type="text" tabIndex={-1} autoComplete="off" {...props} />
    </div>
  );
}
