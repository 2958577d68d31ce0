"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { UUID_PARAM, useUrlFilters, validParam } from "@/components/filters/use-url-filters";

/** The KPI a trend chart shows, kept in the URL (`kpi=`); the first one when the link names none. */
export function useChosenKpi(kpiIds: readonly string[]) {
  const { params, setFilter } = useUrlFilters<"kpi">();
  const asked = validParam(params, "kpi", UUID_PARAM);
  const kpiId = kpiIds.includes(asked) ? asked : (kpiIds[0] ?? "");
  return { kpiId, choose: (id: string) => setFilter("kpi", id) };
}

export function KpiSelect({ options, value, onChange }: { options: readonly { id: string; label: string }[]; value: string; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div data-print-hidden className="grid w-full gap-2 sm:max-w-xs">
      <Label htmlFor={id}>KPI</Label>
      <NativeSelect id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
