"use client";

import { useQuery } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { useTRPC } from "@/lib/trpc/react";

/** After sending: thanks, in the organisation's name when the link still resolves. */
export function SurveyThanks({ orgId, token }: { orgId: string; token: string }) {
  const trpc = useTRPC();
  const form = useQuery(trpc.surveys.publicForm.queryOptions({ orgId, token }, { retry: false }));
  const orgName = form.data?.orgName;
  return (
    <div className="grid justify-items-center gap-4 py-10 text-center">
      <CircleCheck aria-hidden="true" className="size-14 text-success" />
      <h1 className="text-2xl font-semibold tracking-tight">Thank you</h1>
      <p className="max-w-sm text-base text-muted-foreground">
        Your feedback has reached {orgName ? <span className="font-medium text-foreground">{orgName}</span> : "the team"}. It helps
        them see what went well and what to improve.
      </p>
      <p className="text-sm text-muted-foreground">You can close this page now.</p>
    </div>
  );
}
