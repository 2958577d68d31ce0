import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh items-center justify-center bg-muted/40 px-4 py-10">
      <div className="grid w-full max-w-md gap-6">
        <div className="grid gap-1 text-center">
          <p className="text-2xl font-semibold tracking-tight text-primary">Touchpoint</p>
          <p className="text-sm text-muted-foreground">
            Every moment of truth, measured and managed.
          </p>
        </div>
        <main>{children}</main>
      </div>
    </div>
  );
}
