"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import { usePathname, useSearchParams } from "next/navigation";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { arrayMove } from "@dnd-kit/sortable";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, Columns3, MoveHorizontal, Pencil, Plus, SearchX } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useScrollEdges } from "@/components/ui/use-scroll-edges";
import { FormAlert } from "@/components/forms/form-alert";
import { PeriodPicker, usePeriod } from "@/components/dashboard/period-picker";
import { usePeriodHref } from "@/components/dashboard/use-period-href";
import { useTRPC } from "@/lib/trpc/react";
import { errorCode, errorMessage } from "@/lib/trpc/errors";
import { JourneyFormDialog } from "./journey-form-dialog";
import { JourneyStatusBadge } from "./journey-status-badge";
import { MapFiguresProvider } from "./map-figures";
import {
  isBelow,
  landing,
  mapAnnouncements,
  mapCollisionDetection,
  mapKeyboardCoordinates,
  SCREEN_READER_INSTRUCTIONS,
} from "./map-dnd";
import {
  applyMove,
  serverPosition,
  sortedStages,
  sortedTouchPoints,
  stageOf,
  visibleColumns,
  type Columns,
  type JourneyMapData,
  type MapTouchPoint,
} from "./map-model";
import { StageColumn } from "./stage-column";
import { touchPointActionsId } from "./touch-point-actions";
import { StageFormDialog } from "./stage-form-dialog";

export function JourneyMap({ journeyId }: { journeyId: string }) {
  const trpc = useTRPC();
  const map = useQuery(trpc.journeys.map.queryOptions({ journeyId }));

  if (map.isPending) return <MapSkeleton />;
  if (map.isError) {
    if (errorCode(map.error) === "NOT_FOUND") {
      return (
        <EmptyState
          icon={<SearchX />}
          title="Journey not found"
          description="It may have been removed, or it is not active yet."
          action={
            <Button asChild variant="outline">
              <Link href="/journeys">Back to journeys</Link>
            </Button>
          }
        />
      );
    }
    return <FormAlert message={errorMessage(map.error)} />;
  }
  return <JourneyMapView journeyId={journeyId} data={map.data} />;
}

function MapSkeleton() {
  return (
    <div role="status" aria-label="Loading journey map" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="flex gap-4 overflow-hidden">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="grid w-72 shrink-0 content-start gap-3 rounded-xl border p-3">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-40 w-full" />
            <Skeleton className="h-32 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}

type Origin = { stageId: string; index: number; count: number };

function JourneyMapView({ journeyId, data }: { journeyId: string; data: JourneyMapData }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const { journey, canEdit, viewer, teams } = data;
  const [showArchived, setShowArchived] = useState(() => searchParams.get("archived") === "1");
  const [status, setStatus] = useState("");
  const [alert, setAlert] = useState<string | null>(null);
  const [dragColumns, setDragColumns] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [hasMoved, setHasMoved] = useState(false);
  // After a move from a card's menu, focus goes back to that card's menu button once the card
  // shows in its new place (it may be a new element in another stage).
  const pendingFocus = useRef<{ elementId: string; stageId: string; index: number } | null>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const element = document.getElementById(pending.elementId);
    const item = element?.closest("li");
    const inPlace =
      element?.closest(`[data-stage="${pending.stageId}"]`) &&
      item?.parentElement &&
      Array.from(item.parentElement.children).indexOf(item) === pending.index;
    if (element && inPlace) {
      element.focus();
      pendingFocus.current = null;
    }
  });

  // The toggle lives in the URL so a view can be shared; replaceState avoids a server round trip.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (showArchived) params.set("archived", "1");
    else params.delete("archived");
    const query = params.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  }, [showArchived, pathname]);

  const stages = useMemo(() => sortedStages(data), [data]);
  const baseColumns = useMemo(() => visibleColumns(stages, showArchived), [stages, showArchived]);
  const columns = dragColumns ?? baseColumns;
  const pointsById = useMemo(
    () => new Map<string, MapTouchPoint>(stages.flatMap((stage) => stage.touchPoints.map((point) => [point.id, point]))),
    [stages],
  );
  const stageNames = useMemo(() => new Map(stages.map((stage) => [stage.id, stage.name])), [stages]);
  const archivedCount = stages.reduce((sum, stage) => sum + stage.touchPoints.filter((point) => point.archived).length, 0);
  const showsOwnTeam = viewer.role !== "director" && stages.some((stage) => stage.touchPoints.some((point) => point.isMine));

  const period = usePeriod();
  const periodHref = usePeriodHref();
  const hrefOf = (touchPointId: string) => periodHref(`/touch-points/${touchPointId}`);
  // Touch point results are for directors and leads (dashboards.journeyHealth); frontline staff
  // find their own figures on each touch point's page.
  const showsResults = viewer.role !== "frontline";
  const health = useQuery(
    trpc.dashboards.journeyHealth.queryOptions({ from: period.from, to: period.to, journeyId }, { enabled: showsResults }),
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: mapKeyboardCoordinates }),
  );

  const describe = {
    name: (id: string) => pointsById.get(id)?.name ?? "The touch point",
    stageName: (id: string) => stageNames.get(id) ?? "a stage",
  };

  const queryKey = trpc.journeys.map.queryKey({ journeyId });
  const move = useMutation(
    trpc.touchPoints.move.mutationOptions({
      onError: (error, variables) =>
        setAlert(`${describe.name(variables.touchPointId)} could not be moved: ${errorMessage(error)}`),
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey }),
          queryClient.invalidateQueries(trpc.journeys.list.pathFilter()),
        ]),
    }),
  );

  /** Saves a move; `visibleAfter` is the target stage's shown cards in their new order. */
  const commitMove = (pointId: string, toStageId: string, visibleAfter: string[]) => {
    const current = queryClient.getQueryData(queryKey);
    const target = current?.stages.find((stage) => stage.id === toStageId);
    if (!current || !target) return;
    const toPosition = serverPosition(
      sortedTouchPoints(target).map((point) => point.id),
      pointId,
      visibleAfter,
    );
    setAlert(null);
    // Show the new order at once; the refetch after the call settles brings the server's truth.
    void queryClient.cancelQueries({ queryKey });
    queryClient.setQueryData(queryKey, applyMove(current, pointId, toStageId, toPosition));
    move.mutate({ touchPointId: pointId, toStageId, toPosition });
  };

  /** A move from the card's menu (no dragging): announce it, since dnd-kit does not. */
  const moveFromMenu = (pointId: string, toStageId: string, visibleIndex: number) => {
    const others = (baseColumns[toStageId] ?? []).filter((id) => id !== pointId);
    const index = Math.max(0, Math.min(visibleIndex, others.length));
    const visibleAfter = [...others.slice(0, index), pointId, ...others.slice(index)];
    pendingFocus.current = { elementId: touchPointActionsId(pointId), stageId: toStageId, index };
    commitMove(pointId, toStageId, visibleAfter);
    setStatus(
      `Moved ${describe.name(pointId)} to position ${index + 1} of ${visibleAfter.length} in ${describe.stageName(toStageId)}.`,
    );
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    const id = String(active.id);
    setAlert(null);
    setStatus("");
    setActiveId(id);
    setDragColumns(baseColumns);
    setOrigin(landing(baseColumns, id, id, false));
    setHasMoved(false);
  };

  // Across stages the card changes list while it is dragged; within a stage, sorting does it.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const id = String(active.id);
    const overId = String(over.id);
    if (overId !== id) setHasMoved(true);
    const below = isBelow(active, over);
    setDragColumns((previous) => {
      const current = previous ?? baseColumns;
      const from = stageOf(current, id);
      const spot = landing(current, id, overId, below);
      if (!from || !spot || spot.stageId === from) return previous;
      const target = (current[spot.stageId] ?? []).filter((each) => each !== id);
      return {
        ...current,
        [from]: (current[from] ?? []).filter((each) => each !== id),
        [spot.stageId]: [...target.slice(0, spot.index), id, ...target.slice(spot.index)],
      };
    });
  };

  const endDrag = () => {
    setActiveId(null);
    setDragColumns(null);
    setOrigin(null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id);
    const current = dragColumns ?? baseColumns;
    const stageId = stageOf(current, id);
    if (!over || !stageId || !origin) {
      endDrag();
      return;
    }
    const column = current[stageId] ?? [];
    const from = column.indexOf(id);
    const overId = String(over.id);
    const to = overId === stageId || !column.includes(overId) ? from : column.indexOf(overId);
    const finalColumn = from === to ? column : arrayMove(column, from, to);
    if (stageId !== origin.stageId || finalColumn.indexOf(id) !== origin.index) commitMove(id, stageId, finalColumn);
    endDrag();
  };

  const active = activeId ? pointsById.get(activeId) : undefined;
  const [rowRef, edges] = useScrollEdges<HTMLDivElement>();

  const stagesView = (
    <div className="-mx-4">
      {edges.overflows && (
        <p id={`${journeyId}-scroll-cue`} className="mb-2 flex items-center gap-1.5 px-4 text-sm text-muted-foreground">
          <MoveHorizontal aria-hidden="true" className="size-4 shrink-0" />
          {stages.length} stages: scroll sideways in this box (or focus it and use the arrow keys) to see them all.
        </p>
      )}
      <div className="relative">
        <div
          ref={rowRef}
          role="group"
          aria-label="Stages"
          aria-describedby={edges.overflows ? `${journeyId}-scroll-cue` : undefined}
          tabIndex={0}
          // relative: absolutely placed text inside a card (screen-reader-only words) scrolls with the row instead of widening the page.
          className="relative flex items-start gap-4 overflow-x-auto px-4 pb-4 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {stages.map((stage, index) => (
            <StageColumn
              key={stage.id}
              journeyId={journeyId}
              stage={stage}
              index={index}
              stages={stages}
              columns={columns}
              pointsById={pointsById}
              viewer={viewer}
              teams={teams}
              canEdit={canEdit}
              onMove={moveFromMenu}
              onMessage={setStatus}
            />
          ))}
        </div>
        {/* Shadows at the edges that hide more stages: the cue stays visible while scrolling. */}
        {edges.moreLeft && <div aria-hidden="true" className="pointer-events-none absolute top-0 bottom-4 left-0 w-8 bg-gradient-to-r from-background to-transparent" />}
        {edges.moreRight && <div aria-hidden="true" className="pointer-events-none absolute top-0 right-0 bottom-4 w-8 bg-gradient-to-l from-background to-transparent" />}
      </div>
    </div>
  );

  return (
    <MapFiguresProvider health={health.data} hidden={!showsResults} hrefOf={hrefOf}>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/journeys" className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          All journeys
        </Link>
      </nav>
      <PageHeader
        title={journey.name}
        description={journey.description || undefined}
        actions={
          canEdit ? (
            <>
              <JourneyFormDialog
                journey={journey}
                trigger={
                  <Button variant="outline" disabled={journey.status === "archived"}>
                    <Pencil aria-hidden="true" />
                    Edit journey
                  </Button>
                }
              />
              <StageFormDialog
                journeyId={journeyId}
                trigger={
                  <Button id="add-stage">
                    <Plus aria-hidden="true" />
                    Add stage
                  </Button>
                }
                onSaved={(stageId) =>
                  requestAnimationFrame(() => document.getElementById(`stage-${stageId}-heading`)?.scrollIntoView({ block: "nearest", inline: "nearest" }))
                }
              />
            </>
          ) : undefined
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-3">
        <div className="flex flex-wrap items-center gap-1.5 text-sm">
          <JourneyStatusBadge status={journey.status} />
          {Object.entries(journey.segment ?? {}).map(([key, value]) => (
            <Badge key={key} variant="secondary" className="font-normal">
              {key}: {value}
            </Badge>
          ))}
        </div>
        <div className="flex items-center gap-2">
          <Checkbox id="show-archived-touch-points" checked={showArchived} onCheckedChange={(checked) => setShowArchived(checked === true)} />
          <Label htmlFor="show-archived-touch-points">
            Show archived{archivedCount > 0 ? ` (${archivedCount})` : ""}
          </Label>
        </div>
        {showsOwnTeam && (
          <p className="text-sm text-muted-foreground">Cards with a ring and a badge are owned by a team you belong to.</p>
        )}
      </div>
      <div className="mb-4 grid gap-2">
        <PeriodPicker />
        <p className="text-sm text-muted-foreground">
          {showsResults
            ? "Each KPI's status against the organisation's target for this period, with the number of answers (n) and its 95% interval. Open a touch point for its history and staff."
            : "Touch point results are shown to directors and team leads. Open a touch point to see your own results there."}
        </p>
      </div>
      {health.isError && (
        <div className="mb-4">
          <FormAlert message={`The period's results could not be loaded: ${errorMessage(health.error)}`} />
        </div>
      )}
      {alert && (
        <div className="mb-4">
          <FormAlert message={alert} />
        </div>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      {stages.length === 0 ? (
        <EmptyState
          icon={<Columns3 />}
          title="No stages yet"
          description={
            canEdit
              ? "Add the first stage with “Add stage”: the first step your customers take, such as Book or Check in. Then add its touch points."
              : "This journey has no stages yet. Your director adds them."
          }
        />
      ) : canEdit ? (
        <DndContext
          id={`journey-map-${journeyId}`}
          sensors={sensors}
          collisionDetection={mapCollisionDetection}
          measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
          accessibility={{
            announcements: mapAnnouncements(columns, origin, hasMoved, describe),
            screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
          }}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDragEnd={onDragEnd}
          onDragCancel={endDrag}
        >
          {stagesView}
          <DragOverlay>
            {active ? (
              <div className="rounded-lg border bg-card p-3 text-sm font-semibold shadow-lg ring-2 ring-primary">{active.name}</div>
            ) : null}
          </DragOverlay>
        </DndContext>
      ) : (
        stagesView
      )}
    </MapFiguresProvider>
  );
}
