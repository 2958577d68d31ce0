import type { Metadata } from "next";
import type { ReactNode } from "react";

// The address carries the link's secret: keep it out of search engines and Referer headers.
export const metadata: Metadata = { title: "Your feedback", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** Public survey pages: no sign-in, no app shell, one narrow column made for phones. */
export default function SurveyLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-muted/40">
      <main className="mx-auto w-full max-w-xl px-4 py-6 sm:py-10">
        <div className="rounded-xl border bg-card p-5 shadow-sm sm:p-8">{children}</div>
        <p className="mt-4 text-center text-xs text-muted-foreground">
          Your answers go to the organisation named above. Powered by Touchpoint.
        </p>
      </main>
    </div>
  );
}
