import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";

/**
 * "Page x of y · n things" with previous and next links (links, so each page is a URL). With
 * `atLeast`, the count stopped at `total` and there are more: "more than n things".
 */
export function Pager({
  label,
  page,
  pageSize,
  total,
  noun,
  hrefForPage,
  atLeast = false,
}: {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  noun: [singular: string, plural: string];
  hrefForPage: (page: number) => string;
  atLeast?: boolean;
}) {
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const counted = atLeast
    ? `more than ${total.toLocaleString("en-GB")} ${noun[1]}`
    : total === 1
      ? `1 ${noun[0]}`
      : `${total.toLocaleString("en-GB")} ${noun[1]}`;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite">
        Page {atLeast ? page : Math.min(page, totalPages)} of {atLeast ? `more than ${totalPages.toLocaleString("en-GB")}` : totalPages} · {counted}
      </p>
      <div className="flex gap-2">
        <PageLink href={hrefForPage(page - 1)} disabled={page <= 1}>
          <ChevronLeft aria-hidden="true" />
          Previous page
        </PageLink>
        <PageLink href={hrefForPage(page + 1)} disabled={!atLeast && page >= totalPages}>
          Next page
          <ChevronRight aria-hidden="true" />
        </PageLink>
      </div>
    </nav>
  );
}

function PageLink({ href, disabled, children }: { href: string; disabled: boolean; children: ReactNode }) {
  if (disabled) {
    return (
      <Button type="button" variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={href} scroll={false}>
        {children}
      </Link>
    </Button>
  );
}
