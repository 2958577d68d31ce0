"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { z } from "zod";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { requiredText } from "@/lib/schemas/common";

const nameSchema = z.object({ name: requiredText("Name", 120) });

export function ProfileNameForm({ name }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.users.updateProfile.mutationOptions());
  const hydrated = useHydrated();
  const form = useForm({ resolver: zodResolver(nameSchema), defaultValues: { name } });
  const { errors, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      await update.mutateAsync(values);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["name"]));
      return;
    }
    form.reset(values);
    setSaved(true);
    // The header and home page read the name on the server.
    router.refresh();
  });

  return (
    <form noValidate method="post" onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      {saved && (
        <Alert variant="success">
          <CircleCheck aria-hidden="true" />
          <AlertDescription>Name saved.</AlertDescription>
        </Alert>
      )}
      <TextField id="profile-name" label="Name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <div>
        <Button type="submit" disabled={!hydrated || update.isPending || !isDirty}>
          {update.isPending ? "Saving…" : "Save name"}
        </Button>
      </div>
    </form>
  );
}
