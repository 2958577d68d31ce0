/** What a KPI measures (DESIGN.md): four from feedback, operational ones from observations. */
export const KPI_KINDS = ["nps", "csat", "ces", "rating", "operational"] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

export const KPI_KIND_LABELS: Record<KpiKind, string> = {
  nps: "NPS (net promoter score)",
  csat: "CSAT (customer satisfaction)",
  ces: "CES (customer effort)",
  rating: "Rating (on a scale you choose)",
  operational: "Operational measure",
};

export const KPI_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const KPI_DIRECTION_LABELS: Record<KpiDirection, string> = {
  higher_is_better: "Higher is better",
  lower_is_better: "Lower is better",
};
