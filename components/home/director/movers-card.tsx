"use client";

import { MoversList, type Mover } from "@/components/charts/movers-list";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import type { RouterOutputs } from "@/lib/trpc/types";

type Movers = RouterOutputs["dashboards"]["movers"];

/** The server's comparisons as the list draws them; the server's Benjamini-Hochberg flag decides "significant". */
export function MoversCard({ movers, loading, periodLabel, hrefOf }: { movers: Movers | undefined; loading: boolean; periodLabel: string; hrefOf: (touchPointId: string) => string }) {
  const list: Mover[] = (movers?.all ?? []).flatMap((c) =>
    c.current.value === null || c.previous.value === null
      ? []
      : [
          {
            id: c.kpiId,
            name: c.touchPointName,
            href: hrefOf(c.touchPointId),
            kpiLabel: c.kpiName,
            unit: unitOfKind(c.kind),
            previous: c.previous.value,
            current: c.current.value,
            change: c.change,
            low: c.interval.low,
            high: c.interval.high,
            significant: c.discovery,
            lowerIsBetter: c.direction === "lower_is_better",
          },
        ],
  );
  return <MoversList title="Biggest significant movers" movers={list} comparisons={movers?.comparisons ?? 0} periodLabel={periodLabel} loading={loading} />;
}
