import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { AppNav } from "@/components/shell/app-nav";
import { DemoLoadNote } from "@/components/shell/demo-load-note";
import { OrgTimeZoneProvider } from "@/components/shell/org-time-zone";
import { RebuildNote } from "@/components/shell/rebuild-note";
import { UserMenu } from "@/components/shell/user-menu";
import { requireUser } from "@/server/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <OrgTimeZoneProvider timeZone={user.timeZone}>
      <div className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:px-4 focus:py-2 focus:shadow-md"
        >
          Skip to main content
        </a>
        <header className="border-b bg-card">
          <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-4 px-4 pt-2">
            <div className="flex min-w-0 items-baseline gap-3">
              <Link href="/" className="text-lg font-semibold tracking-tight text-primary">
                Touchpoint
              </Link>
              <span className="truncate text-sm text-muted-foreground">{user.orgName}</span>
            </div>
            <div className="ml-auto" data-print-hidden>
              <UserMenu name={user.name} email={user.email} role={user.role} />
            </div>
            <div className="w-full">
              <AppNav role={user.role} />
            </div>
          </div>
        </header>
        <div className="mx-auto w-full max-w-6xl px-4 empty:hidden" data-print-hidden>
          <DemoLoadNote />
          <RebuildNote role={user.role} />
        </div>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
          {children}
        </main>
      </div>
    </OrgTimeZoneProvider>
  );
}
