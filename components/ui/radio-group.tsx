"use client";

import * as React from "react";
import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";
import { CircleIcon } from "lucide-react";

import { cn } from "@/lib/utils";

function RadioGroup({ className, ...props }: React.ComponentProps<typeof RadioGroupPrimitive.Root>) {
  return <RadioGroupPrimitive.Root data-slot="radio-group" className={cn("grid gap-3", className)} {...props} />;
}

const radioGroupItemVariants = cva(
  "shrink-0 outline-none transition-[color,box-shadow,background-color] disabled:cursor-not-allowed disabled:opacity-50 focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive",
  {
    variants: {
      variant: {
        /** The classic dot, next to its own label. */
        dot: "aspect-square size-4 rounded-full border border-input bg-card text-primary shadow-xs focus-visible:border-ring",
        /** A large tappable tile showing its value: scales on touch screens. */
        tile: "inline-flex min-h-12 items-center justify-center rounded-md border border-input bg-card text-base font-semibold shadow-xs hover:bg-accent hover:text-accent-foreground data-[state=checked]:border-primary data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground",
      },
    },
    defaultVariants: { variant: "dot" },
  },
);

function RadioGroupItem({
  className,
  variant,
  children,
  ...props
}: React.ComponentProps<typeof RadioGroupPrimitive.Item> & VariantProps<typeof radioGroupItemVariants>) {
  return (
    <RadioGroupPrimitive.Item data-slot="radio-group-item" className={cn(radioGroupItemVariants({ variant }), className)} {...props}>
      {variant === "tile" ? (
        children
      ) : (
        <RadioGroupPrimitive.Indicator data-slot="radio-group-indicator" className="relative flex items-center justify-center">
          <CircleIcon aria-hidden="true" className="absolute top-1/2 left-1/2 size-2 -translate-x-1/2 -translate-y-1/2 fill-primary" />
        </RadioGroupPrimitive.Indicator>
      )}
    </RadioGroupPrimitive.Item>
  );
}

export { RadioGroup, RadioGroupItem };
