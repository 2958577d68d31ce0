"use client";

import type { ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { KPI_DIRECTION_LABELS, KPI_DIRECTIONS, KPI_KIND_LABELS, KPI_KINDS, type KpiKind } from "@/lib/domain/kpis";
import { KPI_DEFAULTS, kpiFieldsSchema, kpiRange } from "@/lib/schemas/kpis";
import { DEFAULT_RATING_SCALE, resolveRatingScale, type RatingScale } from "@/lib/rating-scale";
import { formatNumber } from "./labels";
import type { MapKpi } from "./map-model";
import { RatingScaleFields } from "./rating-scale-fields";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

const FIELDS = ["kind", "name", "unit", "direction", "target", "warningThreshold", "minSampleSize", "scaleMin", "scaleMax", "scaleMinLabel", "scaleMaxLabel", "topBoxFrom"] as const;

const DEFAULT_KIND: KpiKind = "csat";
const DEFAULT_MIN_SAMPLE = 30;

type KpiFormDialogProps = {
  touchPoint: { id: string; name: string };
  /** The KPI to edit; absent when adding one. */
  kpi?: MapKpi;
  /** A trigger makes the dialog open itself; without one, the caller controls it (always open). */
  trigger?: ReactNode;
  onOpenChange?: (open: boolean) => void;
};

export function KpiFormDialog({ touchPoint, kpi, trigger, onOpenChange }: KpiFormDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      onOpenChange={onOpenChange}
      title={kpi ? `Edit ${kpi.name}` : `New KPI for ${touchPoint.name}`}
      description="What good means at this touch point, and when it needs attention."
    >
      {(close) => <KpiForm touchPoint={touchPoint} kpi={kpi} onDone={close} />}
    </FormDialog>
  );
}

function rangeText(kind: KpiKind, scale: RatingScale | null): string {
  const { min, max } = kpiRange(kind, scale);
  return kind === "operational" ? "Any number, in the unit above." : `Between ${formatNumber(min)} and ${formatNumber(max)}.`;
}

/** The scale fields of the form: the KPI's own scale, or the default one to start from. */
const scaleDefaults = (scale: RatingScale | null | undefined) => {
  const { scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, topBoxFrom } = scale ?? DEFAULT_RATING_SCALE;
  return { scaleMin, scaleMax, scaleMinLabel: scaleMinLabel ?? "", scaleMaxLabel: scaleMaxLabel ?? "", topBoxFrom };
};

function KpiForm({ touchPoint, kpi, onDone }: { touchPoint: { id: string; name: string }; kpi?: MapKpi; onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const create = useMutation(trpc.kpis.create.mutationOptions());
  const update = useMutation(trpc.kpis.update.mutationOptions());
  const defaults = KPI_DEFAULTS[DEFAULT_KIND];
  const form = useForm({
    resolver: zodResolver(kpiFieldsSchema),
    defaultValues: kpi
      ? {
          kind: kpi.kind,
          name: kpi.name,
          unit: kpi.unit,
          direction: kpi.direction,
          target: kpi.target,
          warningThreshold: kpi.warningThreshold,
          minSampleSize: kpi.minSampleSize,
          ...scaleDefaults(kpi.scale),
        }
      : {
          kind: DEFAULT_KIND,
          name: defaults.name,
          unit: defaults.unit,
          direction: defaults.direction,
          target: defaults.target,
          warningThreshold: defaults.warningThreshold,
          minSampleSize: DEFAULT_MIN_SAMPLE,
          ...scaleDefaults(null),
        },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const scaleFields = useWatch({ control: form.control, name: ["scaleMin", "scaleMax"] });
  const scale = kind === "rating" ? resolveRatingScale({ scaleMin: scaleFields[0], scaleMax: scaleFields[1] }) : null;
  const pending = create.isPending || update.isPending;
  const idPrefix = kpi ? `kpi-${kpi.id}` : `new-kpi-${touchPoint.id}`;
  const id = (field: string) => `${idPrefix}-${field}`;

  const onSubmit = submit(async (values) => {
    if (kpi) await update.mutateAsync({ kpiId: kpi.id, ...values });
    else await create.mutateAsync({ touchPointId: touchPoint.id, ...values });
    await invalidate();
    onDone();
  });

  // A new kind brings its own scale: start from its usual name, unit, direction and targets.
  const prefill = (next: KpiKind) => {
    const preset = KPI_DEFAULTS[next];
    const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    form.setValue("name", preset.name, options);
    form.setValue("unit", preset.unit, options);
    form.setValue("direction", preset.direction, options);
    form.setValue("target", preset.target, options);
    form.setValue("warningThreshold", preset.warningThreshold, options);
    if (next === "rating") {
      const start = scaleDefaults(null);
      form.setValue("scaleMin", start.scaleMin, options);
      form.setValue("scaleMax", start.scaleMax, options);
      form.setValue("topBoxFrom", start.topBoxFrom, options);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <FormField
        label="KPI kind"
        htmlFor={id("kind")}
        error={errors.kind?.message}
        description="Changing the kind fills in its usual name, unit and targets."
      >
        <NativeSelect
          id={id("kind")}
          aria-invalid={errors.kind ? true : undefined}
          aria-describedby={describedBy(id("kind"), errors.kind?.message, true)}
          {...form.register("kind", { onChange: (event) => prefill(event.target.value as KpiKind) })}
        >
          {KPI_KINDS.map((value) => (
            <option key={value} value={value}>
              {KPI_KIND_LABELS[value]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id("name")} label="KPI name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
        <TextField id={id("unit")} label="Unit" autoComplete="off" error={errors.unit?.message} {...form.register("unit")} />
      </div>
      <FormField label="Direction" htmlFor={id("direction")} error={errors.direction?.message}>
        <NativeSelect
          id={id("direction")}
          aria-invalid={errors.direction ? true : undefined}
          aria-describedby={describedBy(id("direction"), errors.direction?.message)}
          {...form.register("direction")}
        >
          {KPI_DIRECTIONS.map((value) => (
            <option key={value} value={value}>
              {KPI_DIRECTION_LABELS[value]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {kind === "rating" && <RatingScaleFields form={form} id={id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id("target")}
          label="Target"
          type="number"
          step="any"
          inputMode="decimal"
          error={errors.target?.message}
          description={rangeText(kind, scale)}
          {...form.register("target", { valueAsNumber: true })}
        />
        <TextField
          id={id("warning")}
          label="Warning threshold"
          type="number"
          step="any"
          inputMode="decimal"
          error={errors.warningThreshold?.message}
          description="Between the target and failing: results past it are flagged."
          {...form.register("warningThreshold", { valueAsNumber: true })}
        />
      </div>
      <TextField
        id={id("min-sample")}
        label="Minimum sample size"
        type="number"
        step={1}
        min={1}
        inputMode="numeric"
        error={errors.minSampleSize?.message}
        description="With fewer responses in a period, the KPI shows “not enough data” instead of a number."
        {...form.register("minSampleSize", { valueAsNumber: true })}
      />
      <DialogFormFooter pending={pending} submitLabel="Save KPI" />
    </form>
  );
}
