"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { CircleCheck } from "lucide-react";
import { z } from "zod";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { newPasswordSchema, PASSWORD_MIN } from "@/lib/schemas/common";

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, "Current password is required"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same",
  });

const FIELDS = ["currentPassword", "newPassword"] as const;

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const change = useMutation(trpc.users.changePassword.mutationOptions());
  const hydrated = useHydrated();
  const form = useForm({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
      return;
    }
    // A new password ends every session, this one included.
    await signOut({ callbackUrl: "/sign-in" });
  });

  if (change.isSuccess) {
    return (
      <Alert variant="success">
        <CircleCheck aria-hidden="true" />
        <AlertDescription>Password changed. Please sign in again.</AlertDescription>
      </Alert>
    );
  }

  return (
    <form noValidate method="post" onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        description={`At least ${PASSWORD_MIN} characters; avoid common passwords.`}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <TextField
        id="confirm-password"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...form.register("confirmPassword")}
      />
      <div>
        <Button type="submit" disabled={!hydrated || change.isPending}>
          {change.isPending ? "Changing password…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
