import { nameSimilarity, normalizeName } from "./names";
import { looksLikeLabels, sentimentLabelRoleFor } from "./sentiment-label";
import type { ColumnRole, ColumnRoleKind, ImportShape, Mapping, TouchPointOption } from "./types";
import { AGE_THRESHOLDS, guessDateOrder, roundThresholds } from "./values";

/** Headers that name a field of the response shape, after normalizeName. */
const FIELD_ALIASES: [ColumnRoleKind, string[]][] = [
  ["touchPoint", ["touchpoint", "touchpointname", "touchpoints"]],
  ["occurredAt", ["date", "time", "datetime", "timestamp", "occurredat", "submitted", "submittedat", "createdat", "respondedat", "responsedate", "surveydate", "when"]],
  ["channel", ["channel", "sourcechannel", "medium"]],
  ["staff", ["staff", "staffemail", "agent", "agentemail", "employee", "employeeemail", "handledby"]],
  ["customerRef", ["id", "customer", "customerid", "customerref", "customerreference", "passengerid", "respondentid", "clientid", "ref", "reference"]],
  ["npsScore", ["nps", "npsscore", "likelytorecommend", "recommend", "recommendation"]],
  ["csatScore", ["csat", "csatscore"]],
  ["cesScore", ["ces", "cesscore", "effort", "customereffort", "customereffortscore"]],
  ["rating", ["rating", "score", "stars", "overallrating"]],
  ["comment", ["comment", "comments", "feedback", "text", "review", "verbatim", "remarks", "message"]],
];

/** Headers of a column of sentiment labels (taken only when its values read as labels). */
const LABEL_ALIASES = ["sentiment", "sentimentlabel", "airlinesentiment", "label", "polarity", "sentimentclass", "sentimentpolarity", "tone"];

/** Roles a column may take in each shape, in the order the mapping table offers them. */
export const ROLES_BY_SHAPE: Record<ImportShape, ColumnRoleKind[]> = {
  response: ["touchPoint", "occurredAt", "channel", "staff", "customerRef", "npsScore", "csatScore", "cesScore", "rating", "comment", "sentimentLabel", "segment", "segmentBanded", "ignore"],
  wide: ["touchPointRating", "occurredAt", "channel", "customerRef", "segment", "segmentBanded", "ignore"],
};

/** Only one column may hold each of these. */
const SINGLE = new Set<ColumnRoleKind>(["touchPoint", "occurredAt", "channel", "staff", "customerRef", "npsScore", "csatScore", "cesScore", "rating", "comment", "sentimentLabel"]);

const isNumber = (v: string) => v.trim() !== "" && Number.isFinite(Number(v.trim()));

type Profile = { values: string[]; numeric: boolean; distinct: number; max: number; ratingLike: boolean };

function profileOf(samples: string[][], column: number): Profile {
  const values = samples.map((row) => (row[column] ?? "").trim()).filter(Boolean);
  const numeric = values.length > 0 && values.every(isNumber);
  const numbers = numeric ? values.map(Number) : [];
  return {
    values,
    numeric,
    distinct: new Set(values).size,
    max: numbers.length ? Math.max(...numbers) : 0,
    ratingLike: values.every((v) => /^\d+$/.test(v) && Number(v) <= 10),
  };
}

const isAgeHeader = (header: string) => ["age", "ageyears", "customerage", "passengerage"].includes(normalizeName(header));

/** A banded role for a numeric column: age bands for an age, four round bands otherwise. */
export function bandedRoleFor(header: string, samples: string[][], column: number): ColumnRole {
  if (isAgeHeader(header)) return { kind: "segmentBanded", name: "Age band", thresholds: AGE_THRESHOLDS };
  return { kind: "segmentBanded", name: `${header.trim().slice(0, 55)} band`, thresholds: roundThresholds(profileOf(samples, column).max) };
}

/** Columns whose header names one of the touch points and whose values look like ratings. */
function touchPointColumns(headers: string[], touchPoints: TouchPointOption[], samples: string[][]): Map<number, string> {
  const candidates: { column: number; touchPointId: string; score: number; order: number }[] = [];
  headers.forEach((header, column) => {
    if (!profileOf(samples, column).ratingLike) return;
    touchPoints.forEach((tp, order) => {
      const score = nameSimilarity(header, tp.name);
      if (score >= 0.6) candidates.push({ column, touchPointId: tp.id, score, order });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  const byColumn = new Map<number, string>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (byColumn.has(c.column) || taken.has(c.touchPointId)) continue;
    byColumn.set(c.column, c.touchPointId);
    taken.add(c.touchPointId);
  }
  return byColumn;
}

/**
 * A first mapping from the headers and a sample of rows: the shape (wide when two or more
 * headers name touch points), each column's role, and the date order. The user can change all.
 */
export function guessMapping(
  headers: string[],
  touchPoints: TouchPointOption[],
  samples: string[][] = [],
  shape?: ImportShape,
  otherTouchPointNames: string[] = [],
): Mapping {
  const others = otherTouchPointNames.map((name, i) => ({ id: `other:${i}`, name, journeyName: "", stageName: "", channel: "other" as const, ownerTeamId: null }));
  const matched = touchPointColumns(headers, [...touchPoints, ...others], samples);
  const ratingColumns = new Map([...matched].filter(([, id]) => !id.startsWith("other:")));
  const otherColumns = new Set([...matched].filter(([, id]) => id.startsWith("other:")).map(([column]) => column));
  const chosenShape = shape ?? (matched.size >= 2 ? "wide" : "response");
  const allowed = ROLES_BY_SHAPE[chosenShape];
  const used = new Set<ColumnRoleKind>();

  const columns = headers.map((header, column): ColumnRole => {
    if (chosenShape === "wide" && ratingColumns.has(column)) return { kind: "touchPointRating", touchPointId: ratingColumns.get(column)! };
    if (chosenShape === "wide" && otherColumns.has(column)) return { kind: "ignore" };
    const key = normalizeName(header);
    if (allowed.includes("sentimentLabel") && !used.has("sentimentLabel") && LABEL_ALIASES.includes(key) && looksLikeLabels(samples, column)) {
      used.add("sentimentLabel");
      return sentimentLabelRoleFor(samples, column);
    }
    const field = FIELD_ALIASES.find(([kind, aliases]) => allowed.includes(kind) && !used.has(kind) && aliases.includes(key))?.[0];
    if (field) {
      if (SINGLE.has(field)) used.add(field);
      return { kind: field } as ColumnRole;
    }
    const profile = profileOf(samples, column);
    if (isAgeHeader(header) && profile.numeric) return bandedRoleFor(header, samples, column);
    if (/delay|duration|minutes|seconds/i.test(header)) return { kind: "ignore" };
    if (profile.values.length === 0) return { kind: "ignore" };
    // Many distinct numbers or texts would make one rollup row per value: not a segment.
    if (profile.distinct > (profile.numeric ? 12 : 30)) return { kind: "ignore" };
    return { kind: "segment", name: header.trim().slice(0, 60) || `Column ${column + 1}` };
  });

  const dateColumn = columns.findIndex((c) => c.kind === "occurredAt");
  const dateOrder = guessDateOrder(dateColumn < 0 ? [] : samples.map((row) => row[dateColumn] ?? ""));
  return { shape: chosenShape, columns, dateOrder };
}

/** What is missing for a mapping to import anything, in words; empty when it is complete. */
export function mappingProblems(mapping: Mapping): string[] {
  const kinds = mapping.columns.map((c) => c.kind);
  const problems: string[] = [];
  if (mapping.shape === "wide") {
    if (!kinds.includes("touchPointRating")) problems.push("Map at least one column to a touch point's ratings.");
  } else {
    if (!kinds.includes("touchPoint") && !mapping.touchPointId) problems.push("Map one column to the touch point, or choose the touch point of every row.");
    if (!kinds.some((k) => ["npsScore", "csatScore", "cesScore", "rating", "comment"].includes(k))) {
      problems.push("Map at least one column to a score or the comment.");
    }
  }
  if (kinds.includes("sentimentLabel") && !kinds.includes("comment")) problems.push("A sentiment label says what a comment means: map one column to the comment too.");
  for (const kind of SINGLE) {
    if (kinds.filter((k) => k === kind).length > 1) problems.push(`Only one column can be the ${ROLE_LABELS[kind].toLowerCase()}.`);
  }
  const segments = mapping.columns.filter((c) => c.kind === "segment" || c.kind === "segmentBanded");
  if (segments.length > 20) problems.push("Keep at most 20 segment attributes.");
  const names = segments.map((c) => ("name" in c ? c.name.trim().toLowerCase() : ""));
  if (new Set(names).size !== names.length) problems.push("Give each segment attribute its own name.");
  const points = mapping.columns.flatMap((c) => (c.kind === "touchPointRating" ? [c.touchPointId] : []));
  if (new Set(points).size !== points.length) problems.push("Map each touch point to one column only.");
  return problems;
}

export const ROLE_LABELS: Record<ColumnRoleKind, string> = {
  ignore: "Ignore",
  touchPoint: "Touch point",
  occurredAt: "Date and time",
  channel: "Channel",
  staff: "Staff (email)",
  customerRef: "Customer reference",
  npsScore: "NPS score (0-10)",
  csatScore: "CSAT score (1-5)",
  cesScore: "CES score (1-7)",
  rating: "Rating (1-5)",
  comment: "Comment",
  sentimentLabel: "Sentiment label",
  segment: "Segment attribute",
  segmentBanded: "Segment attribute (banded)",
  touchPointRating: "Touch point rating",
};
