"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { THEME_PRESETS } from "@/lib/themes/presets";
import { browserTimeZone, TIME_ZONES } from "@/lib/time-zone";
import { PASSWORD_MIN } from "@/lib/schemas/common";
import { signUpSchema } from "@/lib/schemas/organization";
import { AuthCard } from "./auth-card";
import { signInWithPassword } from "./sign-in-with-password";

const FIELDS = ["orgName", "name", "email", "password", "timeZone", "themePreset"] as const;

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const hydrated = useHydrated();
  const form = useForm({
    resolver: zodResolver(signUpSchema),
    defaultValues: { orgName: "", name: "", email: "", password: "", timeZone: "UTC", themePreset: "generic" as const },
  });
  const { errors } = form.formState;
  // The server renders UTC; the browser then offers its own zone, which is nearly always right.
  const { setValue } = form;
  useEffect(() => setValue("timeZone", browserTimeZone()), [setValue]);
  const themePreset = useWatch({ control: form.control, name: "themePreset" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let email: string;
    try {
      ({ email } = await signUp.mutateAsync(values));
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
      return;
    }
    setSigningIn(true);
    const failure = await signInWithPassword(email, values.password);
    if (failure) {
      setSigningIn(false);
      setFormError(`Your organisation was created, but signing in failed: ${failure}`);
      return;
    }
    router.replace("/");
    router.refresh();
  });

  const busy = signUp.isPending || signingIn;

  return (
    <AuthCard
      title="Create your organisation"
      description="You will be its first director and can invite your teams next."
      footer={
        <p>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
            Sign in
          </Link>
        </p>
      }
    >
      <form noValidate method="post" onSubmit={onSubmit} className="grid gap-4">
        <FormAlert message={formError} />
        <TextField
          id="orgName"
          label="Organisation name"
          autoComplete="organization"
          error={errors.orgName?.message}
          {...form.register("orgName")}
        />
        <TextField
          id="name"
          label="Your name"
          autoComplete="name"
          error={errors.name?.message}
          {...form.register("name")}
        />
        <TextField
          id="email"
          label="Email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...form.register("email")}
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
        <SelectField
          id="timeZone"
          label="Time zone"
          description="Decides where your days and weeks begin on every dashboard. A director can change it later."
          error={errors.timeZone?.message}
          {...form.register("timeZone")}
        >
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="themePreset"
          label="Starting themes"
          description={THEME_PRESETS.find((preset) => preset.id === themePreset)?.description}
          error={errors.themePreset?.message}
          {...form.register("themePreset")}
        >
          {THEME_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={!hydrated || busy} className="w-full">
          {signingIn ? "Signing in…" : signUp.isPending ? "Creating organisation…" : "Create organisation"}
        </Button>
      </form>
    </AuthCard>
  );
}
