import type { RouterOutputs } from "@/lib/trpc/types";

export type JourneyMapData = RouterOutputs["journeys"]["map"];
export type MapStage = JourneyMapData["stages"][number];
export type MapTouchPoint = MapStage["touchPoints"][number];
export type MapKpi = MapTouchPoint["kpis"][number];
export type MapViewer = JourneyMapData["viewer"];
export type MapTeam = JourneyMapData["teams"][number];

/** Stage id -> the ids of the touch points shown in it, in order. */
export type Columns = Record<string, string[]>;

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

export function sortedStages(data: JourneyMapData): MapStage[] {
  return [...data.stages].sort(byPosition);
}

export function sortedTouchPoints(stage: MapStage): MapTouchPoint[] {
  return [...stage.touchPoints].sort(byPosition);
}

export function visibleColumns(stages: readonly MapStage[], showArchived: boolean): Columns {
  return Object.fromEntries(
    stages.map((stage) => [
      stage.id,
      sortedTouchPoints(stage)
        .filter((point) => showArchived || !point.archived)
        .map((point) => point.id),
    ]),
  );
}

export function stageOf(columns: Columns, id: string): string | undefined {
  if (id in columns) return id;
  return Object.keys(columns).find((stageId) => columns[stageId]?.includes(id));
}

/**
 * The server counts positions among all of a stage's touch points, archived ones too, after
 * taking the moved one out. With archived ones hidden, place the moved touch point right after
 * the visible one it now follows (or right before the one it now precedes).
 */
export function serverPosition(allIds: readonly string[], movedId: string, visibleAfter: readonly string[]): number {
  const rest = allIds.filter((id) => id !== movedId);
  const index = visibleAfter.indexOf(movedId);
  const before = index > 0 ? visibleAfter[index - 1] : undefined;
  if (before !== undefined && rest.includes(before)) return rest.indexOf(before) + 1;
  const after = visibleAfter[index + 1];
  if (after !== undefined && rest.includes(after)) return rest.indexOf(after);
  return rest.length;
}

/** The map as it will be once the server has made the same move: for an optimistic update. */
export function applyMove(data: JourneyMapData, touchPointId: string, toStageId: string, toPosition: number): JourneyMapData {
  const moving = data.stages.flatMap((stage) => stage.touchPoints).find((point) => point.id === touchPointId);
  if (!moving) return data;
  return {
    ...data,
    stages: data.stages.map((stage) => {
      const remaining = sortedTouchPoints(stage).filter((point) => point.id !== touchPointId);
      if (stage.id === toStageId) remaining.splice(Math.min(Math.max(toPosition, 0), remaining.length), 0, moving);
      else if (remaining.length === stage.touchPoints.length) return stage;
      return { ...stage, touchPoints: remaining.map((point, position) => ({ ...point, position })) };
    }),
  };
}

export function findTouchPoint(data: JourneyMapData, id: string): { point: MapTouchPoint; stage: MapStage } | undefined {
  for (const stage of data.stages) {
    const point = stage.touchPoints.find((each) => each.id === id);
    if (point) return { point, stage };
  }
  return undefined;
}
