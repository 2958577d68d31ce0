import type { ReactNode } from "react";

/** Who is asking and about what, first thing on the phone's screen. */
export function SurveyHeader({ orgName, title, children }: { orgName: string; title: ReactNode; children?: ReactNode }) {
  return (
    <header className="grid gap-2">
      <p className="text-sm font-semibold tracking-wide text-primary uppercase">{orgName}</p>
      <h1 className="text-2xl font-semibold tracking-tight text-balance">{title}</h1>
      {children && <div className="text-base text-muted-foreground">{children}</div>}
    </header>
  );
}
