"use client";

import type { ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Separator } from "@/components/ui/separator";
import { Textarea } from "@/components/ui/textarea";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { optionalText } from "@/lib/schemas/common";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/domain/channels";
import { touchPointFieldsSchema } from "@/lib/schemas/journeys";
import { KpiListEditor } from "./kpi-list-editor";
import type { MapTeam, MapTouchPoint } from "./map-model";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

const touchPointFormSchema = z.object({
  name: touchPointFieldsSchema.shape.name,
  description: optionalText("Description", 2000),
  channel: z.enum(CHANNELS, "Choose a channel"),
  // "" is the select's "No owner team"; it becomes null for the server.
  ownerTeamId: z.string(),
  isMomentOfTruth: z.boolean(),
  promise: optionalText("Promise", 1000),
});

const FIELDS = ["name", "description", "channel", "ownerTeamId", "isMomentOfTruth", "promise"] as const;

type TouchPointFormDialogProps = {
  teams: readonly MapTeam[];
  /** Where a new touch point goes; absent when editing. */
  stage?: { id: string; name: string };
  /** The touch point to edit; absent when adding. */
  touchPoint?: MapTouchPoint;
  /** A trigger makes the dialog open itself; without one, the caller controls it (always open). */
  trigger?: ReactNode;
  onOpenChange?: (open: boolean) => void;
};

export function TouchPointFormDialog({ teams, stage, touchPoint, trigger, onOpenChange }: TouchPointFormDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      onOpenChange={onOpenChange}
      className="sm:max-w-2xl"
      title={touchPoint ? `Edit ${touchPoint.name}` : `New touch point in ${stage?.name ?? "this stage"}`}
      description="A moment where a customer meets your organisation. Its promise says what they should experience there."
    >
      {(close) => (
        <>
          <TouchPointForm teams={teams} stage={stage} touchPoint={touchPoint} onDone={close} />
          {touchPoint && (
            <>
              <Separator />
              <KpiListEditor touchPoint={touchPoint} />
            </>
          )}
        </>
      )}
    </FormDialog>
  );
}

type TouchPointFormProps = Pick<TouchPointFormDialogProps, "teams" | "stage" | "touchPoint"> & { onDone: () => void };

function TouchPointForm({ teams, stage, touchPoint, onDone }: TouchPointFormProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const create = useMutation(trpc.touchPoints.create.mutationOptions());
  const update = useMutation(trpc.touchPoints.update.mutationOptions());
  const form = useForm({
    resolver: zodResolver(touchPointFormSchema),
    defaultValues: {
      name: touchPoint?.name ?? "",
      description: touchPoint?.description ?? "",
      channel: touchPoint?.channel ?? "web",
      ownerTeamId: touchPoint?.ownerTeamId ?? "",
      isMomentOfTruth: touchPoint?.isMomentOfTruth ?? false,
      promise: touchPoint?.promise ?? "",
    },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const pending = create.isPending || update.isPending;
  const idPrefix = touchPoint ? `touch-point-${touchPoint.id}` : `new-touch-point-${stage?.id ?? ""}`;
  const id = (field: string) => `${idPrefix}-${field}`;

  const onSubmit = submit(async ({ ownerTeamId, ...values }) => {
    const fields = { ...values, ownerTeamId: ownerTeamId || null };
    if (touchPoint) await update.mutateAsync({ touchPointId: touchPoint.id, ...fields });
    else if (stage) await create.mutateAsync({ stageId: stage.id, ...fields });
    await invalidate();
    onDone();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField
        id={id("name")}
        label="Touch point name"
        autoComplete="off"
        error={errors.name?.message}
        {...form.register("name")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Channel" htmlFor={id("channel")} error={errors.channel?.message}>
          <NativeSelect
            id={id("channel")}
            aria-invalid={errors.channel ? true : undefined}
            aria-describedby={describedBy(id("channel"), errors.channel?.message)}
            {...form.register("channel")}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Owner team" htmlFor={id("owner")} error={errors.ownerTeamId?.message}>
          <NativeSelect
            id={id("owner")}
            aria-invalid={errors.ownerTeamId ? true : undefined}
            aria-describedby={describedBy(id("owner"), errors.ownerTeamId?.message)}
            {...form.register("ownerTeamId")}
          >
            <option value="">No owner team</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="grid gap-2">
        <div className="flex items-center gap-2">
          <Controller
            control={form.control}
            name="isMomentOfTruth"
            render={({ field }) => (
              <Checkbox
                id={id("moment")}
                ref={field.ref}
                checked={field.value}
                onBlur={field.onBlur}
                onCheckedChange={(checked) => field.onChange(checked === true)}
                aria-describedby={`${id("moment")}-description`}
              />
            )}
          />
          <Label htmlFor={id("moment")}>Moment of truth</Label>
        </div>
        <p id={`${id("moment")}-description`} className="text-sm text-muted-foreground">
          A moment where customers form their opinion of you; it is marked on the map.
        </p>
      </div>
      <FormField
        label="Promise"
        htmlFor={id("promise")}
        error={errors.promise?.message}
        description="What the customer should experience here, in their words."
      >
        <Textarea
          id={id("promise")}
          rows={2}
          aria-invalid={errors.promise ? true : undefined}
          aria-describedby={describedBy(id("promise"), errors.promise?.message, true)}
          {...form.register("promise")}
        />
      </FormField>
      <FormField label="Description" htmlFor={id("description")} error={errors.description?.message}>
        <Textarea
          id={id("description")}
          rows={2}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(id("description"), errors.description?.message)}
          {...form.register("description")}
        />
      </FormField>
      <DialogFormFooter pending={pending} submitLabel="Save touch point" />
    </form>
  );
}
