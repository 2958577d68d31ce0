"use client";

import { useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { describedBy, TextField } from "@/components/forms/text-field";
import { presetOf, RATING_SCALE_PRESETS, ratingUnit, resolveRatingScale, scaleRangeText, topBoxText, type RatingScale } from "@/lib/rating-scale";
import { rescaledTargets, type kpiFieldsSchema } from "@/lib/schemas/kpis";

type KpiForm = UseFormReturn<z.input<typeof kpiFieldsSchema>, unknown, z.output<typeof kpiFieldsSchema>>;

const CUSTOM = "custom";

const SCALE_NUMBERS = [
  { field: "scaleMin", slug: "scale-min", label: "Lowest answer", description: undefined },
  { field: "scaleMax", slug: "scale-max", label: "Highest answer", description: undefined },
  { field: "topBoxFrom", slug: "top-box", label: "Top box from", description: "Answers from this one up count as top box." },
] as const;

const SCALE_LABELS = [
  { field: "scaleMinLabel", slug: "scale-min-label", label: "Lowest answer means", placeholder: "Very poor" },
  { field: "scaleMaxLabel", slug: "scale-max-label", label: "Highest answer means", placeholder: "Excellent" },
] as const;

/**
 * A rating KPI's scale: a usual one (1-5, 1-7, 1-10, 0-10) or any min..max, what its ends mean
 * and where its top box starts. Choosing another scale moves the target and the warning threshold
 * to the same place on it, and a unit of the form "/5" follows.
 */
export function RatingScaleFields({ form, id }: { form: KpiForm; id: (field: string) => string }) {
  const { errors } = form.formState;
  const [scaleMin, scaleMax, topBoxFrom] = useWatch({ control: form.control, name: ["scaleMin", "scaleMax", "topBoxFrom"] });
  const known = typeof scaleMin === "number" && typeof scaleMax === "number" && Number.isInteger(scaleMin) && Number.isInteger(scaleMax) && scaleMax > scaleMin;
  const preset = known ? presetOf({ scaleMin, scaleMax }) : undefined;
  const topBoxKnown = known && typeof topBoxFrom === "number" && topBoxFrom > scaleMin && topBoxFrom <= scaleMax;

  const current = (): RatingScale => resolveRatingScale(form.getValues());
  const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
  const moveTo = (next: RatingScale) => {
    const before = current();
    const values = form.getValues();
    if (before.scaleMax > before.scaleMin && Number.isFinite(values.target) && Number.isFinite(values.warningThreshold)) {
      const moved = rescaledTargets(before, next, { target: values.target, warningThreshold: values.warningThreshold });
      form.setValue("target", moved.target, options);
      form.setValue("warningThreshold", moved.warningThreshold, options);
    }
    if (/^\/\d+$/.test(values.unit ?? "")) form.setValue("unit", ratingUnit(next), options);
    form.setValue("scaleMin", next.scaleMin, options);
    form.setValue("scaleMax", next.scaleMax, options);
    form.setValue("topBoxFrom", next.topBoxFrom, options);
  };
  const choosePreset = (value: string) => {
    const chosen = RATING_SCALE_PRESETS.find((p) => p.id === value);
    if (chosen) moveTo({ ...chosen.scale, scaleMinLabel: null, scaleMaxLabel: null });
  };

  return (
    <fieldset className="grid gap-4 rounded-md border p-3">
      <legend className="px-1 text-sm font-medium">Rating scale</legend>
      <FormField
        label="Scale"
        htmlFor={id("scale-preset")}
        description={known ? `Answers from ${scaleRangeText({ scaleMin, scaleMax })}${topBoxKnown ? `; the top box is ${topBoxText({ scaleMax, topBoxFrom })}` : ""}.` : undefined}
      >
        <NativeSelect
          id={id("scale-preset")}
          value={preset?.id ?? CUSTOM}
          aria-describedby={describedBy(id("scale-preset"), undefined, known)}
          onChange={(event) => choosePreset(event.target.value)}
        >
          {RATING_SCALE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM}>Custom (any lowest and highest answer)</option>
        </NativeSelect>
      </FormField>
      <div className="grid gap-4 sm:grid-cols-3">
        {SCALE_NUMBERS.map(({ field, slug, label, description }) => (
          <TextField
            key={field}
            id={id(slug)}
            label={label}
            type="number"
            step={1}
            inputMode="numeric"
            error={errors[field]?.message}
            description={description}
            {...form.register(field, { valueAsNumber: true })}
          />
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {SCALE_LABELS.map(({ field, slug, label, placeholder }) => (
          <TextField key={field} id={id(slug)} label={label} placeholder={placeholder} autoComplete="off" error={errors[field]?.message} {...form.register(field)} />
        ))}
      </div>
    </fieldset>
  );
}
