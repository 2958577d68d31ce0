"use client";

import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { API_KEY_SCOPE_DESCRIPTIONS, API_KEY_SCOPES, apiKeyScopesSchema, type ApiKeyScope } from "@/server/services/api-keys/scopes";
import { requiredText } from "@/server/services/common/schemas";

const apiKeySchema = z.object({ name: requiredText("Key name", 80), scopes: apiKeyScopesSchema });

const FIELDS = ["name", "scopes"] as const;

export type CreatedApiKey = { name: string; key: string };

/** Creates a key and hands it back whole, for the dialog to show once. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  // gcTime 0: the finished mutation, with the key in its result, leaves the cache at once.
  const create = useMutation(trpc.apiKeys.create.mutationOptions({ gcTime: 0 }));
  const form = useForm({
    resolver: zodResolver(apiKeySchema),
    defaultValues: { name: "", scopes: [] as ApiKeyScope[] },
  });
  const { errors } = form.formState;
  const scopesError = errors.scopes?.message ?? errors.scopes?.root?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const created = await create.mutateAsync(values);
      await queryClient.invalidateQueries(trpc.apiKeys.list.pathFilter());
      onCreated({ name: created.name, key: created.key });
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
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
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create key"}
        </Button>
      </DialogFooter>
    </form>
  );
}
