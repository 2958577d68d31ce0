"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { newPasswordSchema, PASSWORD_MIN, requiredText } from "@/lib/schemas/common";
import { AuthCard } from "./auth-card";
import { InvitationSummary } from "./invitation-summary";
import { signInWithPassword } from "./sign-in-with-password";

const acceptSchema = z
  .object({
    name: requiredText("Your name", 120),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => values.password === values.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords are not the same",
  });

const FIELDS = ["name", "password"] as const;

type AcceptInvitationFormProps = {
  token: string;
  invitation: RouterOutputs["invitations"]["lookup"];
};

export function AcceptInvitationForm({ token, invitation }: AcceptInvitationFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const hydrated = useHydrated();
  const form = useForm({
    resolver: zodResolver(acceptSchema),
    defaultValues: { name: "", password: "", confirmPassword: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name, password }) => {
    setFormError(null);
    let email: string;
    try {
      ({ email } = await accept.mutateAsync({ token, name, password }));
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
      return;
    }
    setSigningIn(true);
    const failure = await signInWithPassword(email, password);
    if (failure) {
      setSigningIn(false);
      setFormError(`Your account was created, but signing in failed: ${failure}`);
      return;
    }
    router.replace("/");
    router.refresh();
  });

  const busy = accept.isPending || signingIn || accept.isSuccess;

  return (
    <AuthCard
      title={`Join ${invitation.orgName}`}
      description="You have been invited to Touchpoint. Choose your name and password to finish."
    >
      <div className="grid gap-4">
        <InvitationSummary invitation={invitation} />
        <form noValidate method="post" onSubmit={onSubmit} className="grid gap-4">
          <FormAlert message={formError} />
          <TextField
            id="name"
            label="Your name"
            autoComplete="name"
            error={errors.name?.message}
            {...form.register("name")}
          />
          <TextField
            id="password"
            label="Password"
            type="password"
            autoComplete="new-password"
            description={`At least ${PASSWORD_MIN} characters; avoid common passwords.`}
            error={errors.password?.message}
            {...form.register("password")}
          />
          <TextField
            id="confirmPassword"
            label="Confirm password"
            type="password"
            autoComplete="new-password"
            error={errors.confirmPassword?.message}
            {...form.register("confirmPassword")}
          />
          <Button type="submit" disabled={!hydrated || busy} className="w-full">
            {signingIn ? "Signing in…" : accept.isPending ? "Creating account…" : "Accept invitation"}
          </Button>
        </form>
      </div>
    </AuthCard>
  );
}
