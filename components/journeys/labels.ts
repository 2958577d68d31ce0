import type { KpiDirection } from "@/lib/domain/kpis";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "warn below 70" when higher is better: the threshold is where a KPI stops being near target. */
export function warningText(direction: KpiDirection, threshold: number): string {
  return `${direction === "higher_is_better" ? "warning below" : "warning above"} ${formatNumber(threshold)}`;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/** A calendar date ("YYYY-MM-DD") shown without a time zone shift. */
export function formatIsoDate(value: string): string {
  const [year, month, day] = value.split("-").map(Number);
  if (!year || !month || !day) return value;
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** Today in the browser's time zone, as "YYYY-MM-DD". */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
