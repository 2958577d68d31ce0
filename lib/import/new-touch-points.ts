import { fnv1a64 } from "./hash";
import { normalizeName } from "./names";
import { isNewTouchPoint, NEW_TOUCH_POINT, type ColumnRole, type ImportTargets, type Mapping, type ScaleRange } from "./types";

/** The key of a file's saved mapping: its header names, normalised, hashed, and their number. */
export function headerSignature(header: string[]): string {
  return `${fnv1a64(header.map(normalizeName).join("\u001f"))}:${header.length}`;
}

type ScaleOf = { scaleMin?: number; scaleMax?: number };

/** What the server must make before the import (imports.prepare): new touch points, and rating KPIs that are missing. */
export function preparationOf(mapping: Mapping, targets: ImportTargets): { newTouchPoints: ({ name: string } & ScaleOf)[]; ratingScales: { touchPointId: string; scaleMin: number; scaleMax: number }[] } {
  const rated: { id: string; scale: ScaleRange | null }[] = mapping.columns.flatMap((c) => (c.kind === "touchPointRating" ? [{ id: c.touchPointId, scale: c.scale }] : []));
  const rowRating = mapping.columns.find((c): c is Extract<ColumnRole, { kind: "rating" }> => c.kind === "rating");
  if (mapping.shape === "response" && mapping.touchPointId && !mapping.columns.some((c) => c.kind === "touchPoint")) {
    // The row's touch point gets a rating KPI only when a column rates it; a comment alone needs none.
    rated.push({ id: mapping.touchPointId, scale: rowRating?.scale ?? null });
  }
  const scaleOf = (scale: ScaleRange | null) => (scale ? { scaleMin: scale.min, scaleMax: scale.max } : {});
  const known = new Map(targets.touchPoints.map((tp) => [tp.id, tp]));
  const seen = new Set<string>();
  const newTouchPoints: ({ name: string } & ScaleOf)[] = [];
  const ratingScales: { touchPointId: string; scaleMin: number; scaleMax: number }[] = [];
  for (const { id, scale } of rated) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (isNewTouchPoint(id)) newTouchPoints.push({ name: id.slice(NEW_TOUCH_POINT.length), ...scaleOf(scale) });
    else if (scale && known.has(id) && !known.get(id)!.ratingScale) ratingScales.push({ touchPointId: id, scaleMin: scale.min, scaleMax: scale.max });
  }
  return { newTouchPoints, ratingScales };
}

/** The mapping and targets once the server has made the touch points: "new:Name" becomes the id, with the scale chosen. */
export function resolveNewTouchPoints(mapping: Mapping, targets: ImportTargets, created: Record<string, string>): { mapping: Mapping; targets: ImportTargets } {
  const idOf = (id: string) => (isNewTouchPoint(id) ? (created[id.slice(NEW_TOUCH_POINT.length)] ?? id) : id);
  const columns = mapping.columns.map((c): ColumnRole => (c.kind === "touchPointRating" ? { ...c, touchPointId: idOf(c.touchPointId) } : c));
  const resolved: Mapping = { ...mapping, columns, touchPointId: mapping.touchPointId ? idOf(mapping.touchPointId) : mapping.touchPointId };
  const scales = new Map<string, ScaleRange>();
  for (const c of columns) if (c.kind === "touchPointRating") scales.set(c.touchPointId, c.scale);
  const rowRating = columns.find((c): c is Extract<ColumnRole, { kind: "rating" }> => c.kind === "rating");
  if (resolved.touchPointId && rowRating) scales.set(resolved.touchPointId, rowRating.scale);
  const known = new Set(targets.touchPoints.map((tp) => tp.id));
  const added = Object.entries(created)
    .filter(([, id]) => !known.has(id))
    .map(([name, id]) => ({ id, name, journeyName: "", stageName: "", channel: "other" as const, ownerTeamId: null, ratingScale: scales.get(id) ?? null }));
  // Existing touch points that just got a rating KPI: on the scale chosen for their column.
  const touchPoints = targets.touchPoints.map((tp) => (tp.ratingScale || !scales.has(tp.id) ? tp : { ...tp, ratingScale: scales.get(tp.id)! }));
  return { mapping: resolved, targets: { ...targets, touchPoints: [...touchPoints, ...added] } };
}

/**
 * A saved mapping, when it still fits: as many columns as the file, and every touch point it
 * names one the caller may import into. null otherwise (the page guesses instead).
 */
export function usableSavedMapping(saved: unknown, header: string[], targets: ImportTargets): Mapping | null {
  if (!saved || typeof saved !== "object") return null;
  const mapping = saved as Mapping;
  if (!Array.isArray(mapping.columns) || mapping.columns.length !== header.length || (mapping.shape !== "response" && mapping.shape !== "wide")) return null;
  const ids = new Set(targets.touchPoints.map((tp) => tp.id));
  const named = [...mapping.columns.flatMap((c) => (c?.kind === "touchPointRating" ? [c.touchPointId] : [])), ...(mapping.touchPointId ? [mapping.touchPointId] : [])];
  if (named.some((id) => !ids.has(id) && !(isNewTouchPoint(id) && targets.canCreateTouchPoints))) return null;
  return mapping;
}
