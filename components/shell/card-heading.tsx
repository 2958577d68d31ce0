import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** CardTitle's look as an h2, so card headings sit directly under the page's h1. */
export function CardHeading({ className, ...props }: ComponentProps<"h2">) {
  return <h2 data-slot="card-title" className={cn("leading-none font-semibold", className)} {...props} />;
}
