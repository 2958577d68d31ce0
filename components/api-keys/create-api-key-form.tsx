"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { API_KEY_SCOPE_DESCRIPTIONS, API_KEY_SCOPES, type ApiKeyScope } from "@/lib/domain/api-keys";
import { apiKeyScopesSchema } from "@/lib/schemas/api-keys";
import { requiredText } from "@/lib/schemas/common";

const apiKeySchema = z.object({ name: requiredText("Key name", 80), scopes: apiKeyScopesSchema });

const FIELDS = ["name", "scopes"] as const;

export type CreatedApiKey = { name: string; key: string };

/** Creates a key and hands it back whole, for the dialog to show once. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // gcTime 0: the finished mutation, with the key in its result, leaves the cache at once.
  const create = useMutation(trpc.apiKeys.create.mutationOptions({ gcTime: 0 }));
  const form = useForm({
    resolver: zodResolver(apiKeySchema),
    defaultValues: { name: "", scopes: [] as ApiKeyScope[] },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const scopesError = errors.scopes?.message ?? errors.scopes?.root?.message;

  const onSubmit = submit(async (values) => {
    const created = await create.mutateAsync(values);
    await queryClient.invalidateQueries(trpc.apiKeys.list.pathFilter());
    onCreated({ name: created.name, key: created.key });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField
        id="api-key-name"
        label="Key name"
        autoComplete="off"
        description="Name the system that will use it, such as your survey tool."
        error={errors.name?.message}
        {...form.register("name")}
      />
      <fieldset
        className="grid gap-3"
        aria-invalid={scopesError ? true : undefined}
        aria-describedby={scopesError ? "api-key-scopes-error" : undefined}
      >
        <legend className="mb-2 text-sm font-medium">Scopes</legend>
        <Controller
          control={form.control}
          name="scopes"
          render={({ field }) => (
            <>
              {API_KEY_SCOPES.map((scope, index) => {
                const id = `api-key-scope-${scope.replace(":", "-")}`;
                return (
                  <div key={scope} className="flex items-start gap-3 rounded-md border px-3 py-2">
                    <Checkbox
                      id={id}
                      ref={index === 0 ? field.ref : undefined}
                      className="mt-0.5"
                      checked={field.value.includes(scope)}
                      onBlur={field.onBlur}
                      aria-describedby={`${id}-description`}
                      onCheckedChange={(checked) =>
                        field.onChange(
                          checked === true
                            ? API_KEY_SCOPES.filter((known) => known === scope || field.value.includes(known))
                            : field.value.filter((chosen) => chosen !== scope),
                        )
                      }
                    />
                    <div className="grid gap-1">
                      <Label htmlFor={id} className="font-mono">
                        {scope}
                      </Label>
                      <p id={`${id}-description`} className="text-sm text-muted-foreground">
                        {API_KEY_SCOPE_DESCRIPTIONS[scope]}
                      </p>
                    </div>
                  </div>
                );
              })}
            </>
          )}
        />
        {scopesError && (
          <p role="alert" id="api-key-scopes-error" className="text-sm text-destructive">
            {scopesError}
          </p>
        )}
      </fieldset>
      <DialogFormFooter pending={create.isPending} submitLabel="Create key" pendingLabel="Creating…" />
    </form>
  );
}
