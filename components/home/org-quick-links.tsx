"use client";

import { Link } from "@/components/ui/link";
import { useQuery } from "@tanstack/react-query";
import { Layers, Users } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { CardHeading } from "@/components/shell/card-heading";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

/** People and teams counts for a director, each leading to the page that manages them. */
export function OrgQuickLinks() {
  const trpc = useTRPC();
  const org = useQuery(trpc.organization.get.queryOptions());

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <QuickLink
        icon={<Users />}
        title="People"
        count={org.data?.userCount}
        noun={["active person", "active people"]}
        loading={org.isPending}
        description="Invite people, set their roles and teams."
        href="/people"
        action="Manage people"
      />
      <QuickLink
        icon={<Layers />}
        title="Teams"
        count={org.data?.teamCount}
        noun={["team", "teams"]}
        loading={org.isPending}
        description="Teams own touch points and have leads."
        href="/teams"
        action="Manage teams"
      />
      {org.isError && (
        <div className="sm:col-span-2">
          <FormAlert message={errorMessage(org.error)} />
        </div>
      )}
    </div>
  );
}

type QuickLinkProps = {
  icon: ReactNode;
  title: string;
  count: number | undefined;
  noun: [string, string];
  loading: boolean;
  description: string;
  href: string;
  action: string;
};

function QuickLink({ icon, title, count, noun, loading, description, href, action }: QuickLinkProps) {
  return (
    <Card>
      <CardHeader>
        <CardHeading className="flex items-center gap-2 [&_svg]:size-4 [&_svg]:text-muted-foreground">
          <span aria-hidden="true">{icon}</span>
          {title}
        </CardHeading>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-end justify-between gap-3">
        {loading ? (
          <Skeleton className="h-8 w-24" />
        ) : count === undefined ? (
          <p className="text-sm text-muted-foreground">Count unavailable</p>
        ) : (
          <p className="text-sm text-muted-foreground">
            <span className="text-2xl font-semibold text-foreground tabular-nums">{count}</span>{" "}
            {count === 1 ? noun[0] : noun[1]}
          </p>
        )}
        <Button asChild variant="outline" size="sm">
          <Link href={href}>{action}</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
