import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CardHeading } from "@/components/shell/card-heading";

type PlaceholderCardProps = {
  title: string;
  description: string;
  icon: ReactNode;
  emptyTitle: string;
  emptyDescription: string;
  action?: ReactNode;
};

/** A card for a part of the product that has no data yet: says so, and says when it will. */
export function PlaceholderCard({ title, description, icon, emptyTitle, emptyDescription, action }: PlaceholderCardProps) {
  return (
    <Card>
      <CardHeader>
        <CardHeading>{title}</CardHeading>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <EmptyState icon={icon} title={emptyTitle} description={emptyDescription} action={action} className="py-8" />
      </CardContent>
    </Card>
  );
}
