"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { requiredText } from "@/lib/schemas/common";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";

const nameSchema = z.object({ name: requiredText("Organisation name", 120) });

/** Renames the organisation (organization.update); the header shows the new name after a refresh of the layout. */
export function OrganizationNameForm({ name }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(nameSchema), defaultValues: { name } });
  const rename = useMutation(
    trpc.organization.update.mutationOptions({
      onSuccess: async (saved) => {
        form.reset({ name: saved.name });
        await queryClient.invalidateQueries(trpc.organization.pathFilter());
        router.refresh();
      },
    }),
  );
  return (
    <form className="grid gap-3" onSubmit={form.handleSubmit((values) => rename.mutate(values))} noValidate>
      <TextField id="org-name" label="Organisation name" autoComplete="organization" error={form.formState.errors.name?.message} {...form.register("name")} />
      <FormAlert message={rename.isError ? errorMessage(rename.error) : null} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={rename.isPending || !form.formState.isDirty}>
          {rename.isPending ? "Saving…" : "Save name"}
        </Button>
        {rename.isSuccess && !form.formState.isDirty && (
          <p role="status" className="text-sm text-muted-foreground">
            Saved.
          </p>
        )}
      </div>
    </form>
  );
}
