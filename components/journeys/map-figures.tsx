"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { RouterOutputs } from "@/lib/trpc/types";

type Health = RouterOutputs["dashboards"]["journeyHealth"];
export type MapFigure = Health["stages"][number]["touchPoints"][number]["kpis"][number];

/**
 * What the map's cards know of the period's results. Frontline staff are not shown touch point
 * results (the procedure is for directors and leads), so their cards say where their own are.
 */
export type MapFigures =
  | { state: "hidden" }
  | { state: "loading" }
  | { state: "ready"; byKpi: ReadonlyMap<string, MapFigure> };

type MapFiguresValue = { figures: MapFigures; hrefOf: (touchPointId: string) => string };

const MapFiguresContext = createContext<MapFiguresValue>({ figures: { state: "hidden" }, hrefOf: (id) => `/touch-points/${id}` });

export function MapFiguresProvider({
  health,
  hidden,
  hrefOf,
  children,
}: {
  health: Health | undefined;
  hidden: boolean;
  hrefOf: (touchPointId: string) => string;
  children: ReactNode;
}) {
  const value = useMemo<MapFiguresValue>(() => {
    if (hidden) return { figures: { state: "hidden" }, hrefOf };
    if (!health) return { figures: { state: "loading" }, hrefOf };
    const byKpi = new Map(health.stages.flatMap((stage) => stage.touchPoints.flatMap((point) => point.kpis.map((kpi) => [kpi.kpiId, kpi] as const))));
    return { figures: { state: "ready", byKpi }, hrefOf };
  }, [health, hidden, hrefOf]);
  return <MapFiguresContext.Provider value={value}>{children}</MapFiguresContext.Provider>;
}

/** The period's figures and the link that keeps the period; drag overlays and cards read them alike. */
export const useMapFigures = () => useContext(MapFiguresContext);
