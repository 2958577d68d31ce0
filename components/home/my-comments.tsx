"use client";

import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { formatDateIn } from "@/lib/day-in";
import { Link } from "@/components/ui/link";
import { useQuery } from "@tanstack/react-query";
import { MessageSquare, ThumbsUp } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";


/**
 * What customers said about me: my newest comments, praise (positive sentiment) highlighted. The
 * server scopes frontline staff to their own feedback and withholds customer references; none is
 * shown here either way.
 */
export function MyComments() {
  const trpc = useTRPC();
  const timeZone = useOrgTimeZone();
  const comments = useQuery(trpc.responses.list.queryOptions({ withComment: true, pageSize: 5 }));
  if (comments.isPending) {
    return (
      <SkeletonRows label="Loading comments" rowClassName="h-16" />
    );
  }
  if (comments.isError) return <FormAlert message={errorMessage(comments.error)} />;
  const rows = comments.data.rows;
  return (
    <div className="grid gap-3">
      {rows.length === 0 ? (
        <EmptyState icon={<MessageSquare />} title="No comments about you yet" description="When customers you served leave a comment, it appears here, newest first." />
      ) : (
        <ul className="grid gap-2" aria-label="Comments about you, newest first">
          {rows.map((row) => {
            const praise = row.sentimentLabel === "positive";
            return (
              <li key={row.id} className={cn("grid gap-1 rounded-md border px-3 py-2", praise && "border-success/40 bg-success/10")}>
                <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                  <time dateTime={row.occurredAt.toISOString()}>{formatDateIn(timeZone, row.occurredAt)}</time>
                  <span>· {row.touchPointName}</span>
                  {praise && (
                    <Badge variant="success">
                      <ThumbsUp aria-hidden="true" /> Praise
                    </Badge>
                  )}
                </p>
                <p className="text-sm">{row.comment}</p>
              </li>
            );
          })}
        </ul>
      )}
      <Button asChild variant="outline" size="sm" className="justify-self-start">
        <Link href="/responses">See all responses about you</Link>
      </Button>
    </div>
  );
}
