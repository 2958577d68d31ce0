"use client";

import { useState, type ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { CheckboxList } from "@/components/forms/checkbox-list";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { addDays } from "@/lib/days";
import { todayIn } from "@/lib/day-in";
import { assignSchema, DEFAULT_DUE_DAYS } from "@/lib/schemas/training";
import { useTRPC } from "@/lib/trpc/react";
import { AssignResults, type AssignResult } from "./assign-results";

const formSchema = z.object({ userIds: z.array(z.string()).min(1, "Choose at least one person"), dueOn: assignSchema.shape.dueOn });

/** Assign a module to people of the caller's teams (a director: anyone active) by a due date. */
export function AssignDialog({ moduleId, moduleTitle, trigger }: { moduleId: string; moduleTitle: string; trigger: ReactNode }) {
  return (
    <FormDialog trigger={trigger} title={`Assign ${moduleTitle}`} description="Each person sees it on their home with its due date, a day in your organisation's time zone.">
      {() => <AssignForm moduleId={moduleId} />}
    </FormDialog>
  );
}

function AssignForm({ moduleId }: { moduleId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useOrgTimeZone();
  const people = useQuery(trpc.users.list.queryOptions({}));
  const assign = useMutation(trpc.training.assign.mutationOptions());
  const [done, setDone] = useState<AssignResult[] | null>(null);
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { userIds: [] as string[], dueOn: addDays(todayIn(timeZone), DEFAULT_DUE_DAYS) } });
  const { formError, submit } = useServerSubmit(form, ["userIds", "dueOn"]);
  const { errors } = form.formState;

  const onSubmit = submit(async (values) => {
    const result = await assign.mutateAsync({ moduleId, ...values });
    setDone(result.results);
    form.setValue("userIds", []);
    await queryClient.invalidateQueries(trpc.training.pathFilter());
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      {done && <AssignResults results={done} />}
      <FormField label="People" htmlFor="assign-people" error={errors.userIds?.message}>
        <div id="assign-people">
          {people.isPending ? (
            <p className="text-sm text-muted-foreground">Loading people…</p>
          ) : (people.data ?? []).length === 0 ? (
            <Alert>
              <AlertDescription>No one in the teams you lead to assign.</AlertDescription>
            </Alert>
          ) : (
            <Controller
              control={form.control}
              name="userIds"
              render={({ field }) => (
                <CheckboxList
                  className="max-h-60 overflow-y-auto sm:grid-cols-2"
                  options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name, id: `assign-${p.id}` }))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </div>
      </FormField>
      <TextField id="assign-due" label="Due on" type="date" error={errors.dueOn?.message} {...form.register("dueOn")} />
      <DialogFormFooter pending={assign.isPending} submitLabel="Assign" pendingLabel="Assigning…" />
    </form>
  );
}
