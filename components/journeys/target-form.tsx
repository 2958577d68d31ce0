"use client";

import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { isoDateSchema } from "@/lib/schemas/kpis";
import { formatNumber, todayIso } from "./labels";
import type { MapKpi, MapTeam, MapViewer } from "./map-model";
import type { TargetRow } from "./targets-dialog";

const numberText = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter a ${label.toLowerCase()}`)
    .transform(Number)
    .pipe(z.number().finite(`${label} must be a number`));

const targetFormSchema = z
  .object({
    appliesTo: z.enum(["team", "person"]),
    teamId: z.string(),
    userId: z.string(),
    target: numberText("Target"),
    // Empty means "the KPI's own warning threshold".
    warningThreshold: z
      .string()
      .trim()
      .transform((value) => (value === "" ? null : Number(value)))
      .pipe(z.number().finite("Warning threshold must be a number").nullable()),
    validFrom: isoDateSchema,
    validTo: z.union([z.literal(""), isoDateSchema]),
  })
  .superRefine((values, ctx) => {
    if (values.appliesTo === "team" && !values.teamId) ctx.addIssue({ code: "custom", path: ["teamId"], message: "Choose a team" });
    if (values.appliesTo === "person" && !values.userId) ctx.addIssue({ code: "custom", path: ["userId"], message: "Choose a person" });
    if (values.validTo && values.validTo < values.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "The end date must not be before the start date" });
    }
  });

const FIELDS = ["teamId", "userId", "target", "warningThreshold", "validFrom", "validTo"] as const;

type TargetFormProps = {
  kpi: MapKpi;
  /** The override to change; absent when adding one. */
  row?: TargetRow;
  subject?: { kind: "Team" | "Person"; name: string };
  viewer: MapViewer;
  /** The teams the viewer may set targets for. */
  teams: readonly MapTeam[];
  onCancel: () => void;
  onSaved: () => Promise<void>;
};

export function TargetForm({ kpi, row, subject, viewer, teams, onCancel, onSaved }: TargetFormProps) {
  const trpc = useTRPC();
  const [today] = useState(todayIso);
  const setTarget = useMutation(trpc.kpis.setTarget.mutationOptions());
  const updateTarget = useMutation(trpc.kpis.updateTarget.mutationOptions());
  const ownTeam = viewer.role === "director" ? undefined : teams.find((team) => viewer.leadTeamIds.includes(team.id));
  const form = useForm({
    resolver: zodResolver(targetFormSchema),
    defaultValues: {
      appliesTo: row?.userId ? ("person" as const) : ("team" as const),
      teamId: row?.teamId ?? ownTeam?.id ?? "",
      userId: row?.userId ?? "",
      target: String(row?.target ?? kpi.target),
      warningThreshold: row?.warningThreshold === null || row?.warningThreshold === undefined ? "" : String(row.warningThreshold),
      validFrom: row?.validFrom ?? today,
      validTo: row?.validTo ?? "",
    },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const appliesTo = useWatch({ control: form.control, name: "appliesTo" });
  const people = useQuery({ ...trpc.users.list.queryOptions({}), enabled: !row && appliesTo === "person" });
  const pending = setTarget.isPending || updateTarget.isPending;
  const idPrefix = row ? `target-${row.id}` : `new-target-${kpi.id}`;
  const id = (field: string) => `${idPrefix}-${field}`;
  const headingId = id("heading");

  // The form replaces the button that opened it; start where the person will type.
  useEffect(() => {
    form.setFocus(row ? "target" : "appliesTo");
  }, [form, row]);

  const onSubmit = submit(async (values) => {
    const period = {
      target: values.target,
      warningThreshold: values.warningThreshold,
      validFrom: values.validFrom,
      validTo: values.validTo || null,
    };
    if (row) {
      await updateTarget.mutateAsync({ targetId: row.id, ...period });
    } else {
      await setTarget.mutateAsync({
        kpiId: kpi.id,
        teamId: values.appliesTo === "team" ? values.teamId : null,
        userId: values.appliesTo === "person" ? values.userId : null,
        ...period,
      });
    }
    await onSaved();
  });

  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded-lg border bg-muted/30 p-4">
      <h3 id={headingId} className="font-semibold">
        {row && subject ? `Change the override for ${subject.kind.toLowerCase()} ${subject.name}` : "New override"}
      </h3>
      <form noValidate onSubmit={onSubmit} className="grid gap-4">
        <FormAlert message={formError} />
        {!row && (
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Applies to" htmlFor={id("applies-to")}>
              <NativeSelect id={id("applies-to")} {...form.register("appliesTo")}>
                <option value="team">Team</option>
                <option value="person">Person</option>
              </NativeSelect>
            </FormField>
            {appliesTo === "team" ? (
              <FormField label="Team" htmlFor={id("team")} error={errors.teamId?.message}>
                <NativeSelect
                  id={id("team")}
                  aria-invalid={errors.teamId ? true : undefined}
                  aria-describedby={describedBy(id("team"), errors.teamId?.message)}
                  {...form.register("teamId")}
                >
                  <option value="">Choose a team</option>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            ) : (
              <FormField
                label="Person"
                htmlFor={id("person")}
                error={errors.userId?.message}
                description={people.isError ? "People could not be loaded." : undefined}
              >
                <NativeSelect
                  id={id("person")}
                  aria-invalid={errors.userId ? true : undefined}
                  aria-describedby={describedBy(id("person"), errors.userId?.message, people.isError)}
                  {...form.register("userId")}
                >
                  <option value="">{people.isPending ? "Loading people…" : "Choose a person"}</option>
                  {people.data?.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.teams.length > 0 ? `${person.name} (${person.teams.map((team) => team.name).join(", ")})` : person.name}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            )}
          </div>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id={id("target")}
            label="Target"
            type="number"
            step="any"
            inputMode="decimal"
            error={errors.target?.message}
            {...form.register("target")}
          />
          <TextField
            id={id("warning")}
            label="Warning threshold"
            type="number"
            step="any"
            inputMode="decimal"
            error={errors.warningThreshold?.message}
            description={`Leave empty to use the KPI's (${formatNumber(kpi.warningThreshold)}).`}
            {...form.register("warningThreshold")}
          />
          <TextField
            id={id("valid-from")}
            label="Valid from"
            type="date"
            error={errors.validFrom?.message}
            {...form.register("validFrom")}
          />
          <TextField
            id={id("valid-to")}
            label="Valid to"
            type="date"
            error={errors.validTo?.message}
            description="Leave empty for no end."
            {...form.register("validTo")}
          />
        </div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="outline" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save target"}
          </Button>
        </div>
      </form>
    </section>
  );
}
