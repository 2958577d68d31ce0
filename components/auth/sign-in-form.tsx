"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { emailSchema } from "@/lib/schemas/common";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { AuthCard } from "./auth-card";
import { signInErrorMessage } from "./sign-in-errors";
import { signInWithPassword } from "./sign-in-with-password";

const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Password is required"),
});

type SignInFormProps = { callbackUrl?: string; initialError?: string };

export function SignInForm({ callbackUrl, initialError }: SignInFormProps) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(
    initialError ? signInErrorMessage(initialError) : null,
  );
  const hydrated = useHydrated();
  const form = useForm({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors } = form.formState;
  // Stays true after success: the page is on its way out and must not be submitted twice.
  const [busy, setBusy] = useState(false);

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setFormError(null);
    setBusy(true);
    const failure = await signInWithPassword(email, password);
    if (failure) {
      setFormError(failure);
      setBusy(false);
      return;
    }
    router.replace(safeCallbackPath(callbackUrl));
    router.refresh();
  });

  return (
    <AuthCard
      title="Sign in"
      description="Use the email and password of your Touchpoint account."
      footer={
        <p>
          New to Touchpoint?{" "}
          <Link href="/sign-up" className="font-medium text-primary underline-offset-4 hover:underline">
            Create an organisation
          </Link>
        </p>
      }
    >
      <form noValidate method="post" onSubmit={onSubmit} className="grid gap-4">
        <FormAlert message={formError} />
        <TextField
          id="email"
          label="Email"
          type="email"
          autoComplete="username"
          error={errors.email?.message}
          {...form.register("email")}
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
        <Button type="submit" disabled={!hydrated || busy} className="w-full">
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </AuthCard>
  );
}
