import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { Archive, CircleDashed, Plus, Star, Users } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { scaleDescription, topBoxText } from "@/lib/rating-scale";
import { cn } from "@/lib/utils";
import { cardHealth, HEALTH_EDGE } from "./health-status";
import { KpiResult } from "./kpi-result";
import { KpiFormDialog } from "./kpi-form-dialog";
import { CHANNEL_LABELS } from "@/lib/domain/channels";
import { formatNumber, warningText } from "./labels";
import { useMapFigures, type MapFigures } from "./map-figures";
import type { MapKpi, MapTeam, MapTouchPoint, MapViewer } from "./map-model";
import { TargetsDialog } from "./targets-dialog";

type TouchPointCardProps = {
  point: MapTouchPoint;
  viewer: MapViewer;
  teams: readonly MapTeam[];
  /** The drag handle, for directors. */
  handle?: ReactNode;
  /** The actions menu, for directors. */
  actions?: ReactNode;
};

export function TouchPointCard({ point, viewer, teams, handle, actions }: TouchPointCardProps) {
  const { figures, hrefOf } = useMapFigures();
  const mine = viewer.role !== "director" && point.isMine;
  const figureOf = (kpiId: string) => (figures.state === "ready" ? figures.byKpi.get(kpiId) : undefined);
  const health = point.archived ? "none" : cardHealth(point.kpis.flatMap((kpi) => figureOf(kpi.id)?.status ?? []));
  return (
    <article
      aria-label={point.name}
      className={cn(
        "grid gap-2.5 rounded-lg border border-l-4 bg-card p-3 text-sm shadow-xs",
        HEALTH_EDGE[health],
        mine && "ring-2 ring-primary ring-offset-1 ring-offset-background",
        point.archived && "border-dashed bg-muted/40",
      )}
    >
      <div className="flex items-start gap-1">
        {handle}
        <h3 className="min-w-0 flex-1 self-center leading-snug font-semibold break-words">
          <Link href={hrefOf(point.id)} className="underline-offset-2 hover:underline">
            {point.name}
          </Link>
        </h3>
        {actions}
      </div>
      <div className="flex flex-wrap gap-1.5">
        <Badge variant="outline">
          <span className="sr-only">Channel: </span>
          {CHANNEL_LABELS[point.channel]}
        </Badge>
        {point.isMomentOfTruth && (
          <Badge variant="warning">
            <Star aria-hidden="true" className="fill-current" />
            Moment of truth
          </Badge>
        )}
        {mine && (
          <Badge>
            <Users aria-hidden="true" />
            Your team
          </Badge>
        )}
        {point.archived && (
          <Badge variant="secondary">
            <Archive aria-hidden="true" />
            Archived
          </Badge>
        )}
      </div>
      <p className="text-xs text-muted-foreground">
        Owner team: <span className="text-foreground">{point.ownerTeamName ?? "None"}</span>
      </p>
      {point.promise && (
        <p className="border-l-2 pl-2 text-xs text-muted-foreground italic">
          <span className="sr-only">Promise: </span>
          {point.promise}
        </p>
      )}
      {point.kpis.length === 0 ? (
        <div className="grid justify-items-start gap-1.5">
          <p className="flex items-center gap-1 text-xs font-medium text-muted-foreground">
            <CircleDashed aria-hidden="true" className="size-3.5 shrink-0" />
            No KPI: nothing is measured here
          </p>
          {viewer.role === "director" && !point.archived && (
            <KpiFormDialog
              touchPoint={point}
              trigger={
                <Button type="button" variant="outline" size="sm" aria-label={`Add KPI to ${point.name}`}>
                  <Plus aria-hidden="true" />
                  Add KPI
                </Button>
              }
            />
          )}
        </div>
      ) : (
        <div className="grid gap-1.5">
          {point.kpis.map((kpi) => (
            <KpiLine key={kpi.id} kpi={kpi} point={point} viewer={viewer} teams={teams} figures={figures} />
          ))}
        </div>
      )}
      {viewer.role === "director" && (
        // Other systems name the touch point by this id when they send feedback (REST API, CSV).
        <p className="text-xs text-muted-foreground">
          API id <code className="break-all text-foreground select-all" aria-label={`API id of ${point.name}`}>{point.id}</code>
        </p>
      )}
    </article>
  );
}

// Avoids the words "your team", which belong to the card's badge alone.
const EFFECTIVE_LABEL = { director: "Target", team_lead: "Team target", frontline: "Your target" } as const;

type KpiLineProps = { kpi: MapKpi; point: MapTouchPoint; viewer: MapViewer; teams: readonly MapTeam[]; figures: MapFigures };

function KpiLine({ kpi, point, viewer, teams, figures }: KpiLineProps) {
  const unit = kpi.unit ? ` ${kpi.unit}` : "";
  const overridden = kpi.effective.source !== "organisation";
  const canSetTargets = viewer.role === "director" || viewer.role === "team_lead";
  return (
    <div className="grid gap-0.5 rounded-md bg-muted/60 px-2 py-1.5 text-xs">
      <div className="flex items-center justify-between gap-2">
        <span className="font-medium">{kpi.name}</span>
        {canSetTargets && <TargetsDialog kpi={kpi} touchPointName={point.name} viewer={viewer} teams={teams} />}
      </div>
      {kpi.scale && (
        <p className="text-muted-foreground">
          Scale {scaleDescription(kpi.scale)} · top box {topBoxText(kpi.scale)}
        </p>
      )}
      <p className="text-muted-foreground">
        Target <span className="font-medium text-foreground tabular-nums">{formatNumber(kpi.target)}</span>
        {unit} · {warningText(kpi.direction, kpi.warningThreshold)}
      </p>
      {overridden && (
        <p className="text-muted-foreground">
          {EFFECTIVE_LABEL[viewer.role]}{" "}
          <span className="font-medium text-foreground tabular-nums">{formatNumber(kpi.effective.target)}</span>
          {kpi.effective.warningThreshold !== kpi.warningThreshold &&
            ` (${warningText(kpi.direction, kpi.effective.warningThreshold)})`}{" "}
          from {kpi.effective.sourceLabel}
        </p>
      )}
      <KpiResult figure={figures.state === "ready" ? figures.byKpi.get(kpi.id) : undefined} figures={figures} archived={point.archived} />
    </div>
  );
}
