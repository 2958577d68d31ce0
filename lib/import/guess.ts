import { nameSimilarity, normalizeName } from "./names";
import { profileOf, ratingScaleOfValues, type Profile } from "./profile";
import { looksLikeLabels, sentimentLabelRoleFor } from "./sentiment-label";
import { NEW_TOUCH_POINT, type ColumnRole, type ColumnRoleKind, type ImportShape, type Mapping, type ScaleRange, type TouchPointOption } from "./types";
import { AGE_THRESHOLDS, guessDateOrder, guessNumberFormat, roundThresholds } from "./values";

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
  ["rating", ["rating", "score", "stars", "overallrating", "overallscore", "overall"]],
  ["comment", ["comment", "comments", "feedback", "text", "review", "reviewtext", "verbatim", "remarks", "message", "content"]],
];

/** Headers of a column of sentiment labels (taken only when its values read as labels). */
const LABEL_ALIASES = ["sentiment", "sentimentlabel", "airlinesentiment", "label", "polarity", "sentimentclass", "sentimentpolarity", "tone"];

/** Roles a column may take in each shape, in the order the mapping table offers them. */
export const ROLES_BY_SHAPE: Record<ImportShape, ColumnRoleKind[]> = {
  response: ["touchPoint", "occurredAt", "channel", "staff", "customerRef", "npsScore", "csatScore", "cesScore", "rating", "touchPointRating", "comment", "sentimentLabel", "segment", "segmentBanded", "ignore"],
  wide: ["touchPointRating", "occurredAt", "channel", "staff", "customerRef", "comment", "segment", "segmentBanded", "ignore"],
};

/** Only one column may hold each of these. */
const SINGLE = new Set<ColumnRoleKind>(["touchPoint", "occurredAt", "channel", "staff", "customerRef", "npsScore", "csatScore", "cesScore", "rating", "comment", "sentimentLabel"]);

/** Numbers that count things rather than rate them: never a rating, whatever their range. */
const NOT_A_RATING = /count|number|qty|quantity|year|(^|[^a-z])age([^a-z]|$)|distance|delay|minutes|seconds|duration|price|amount|confidence|(^|[^a-z])id$/i;
/** "ReviewID", "CustomerId": an identifier in camel case. */
const CAMEL_ID = /[a-z]I[dD]$/;
const notARating = (header: string) => NOT_A_RATING.test(header) || CAMEL_ID.test(header);
const isIdentifier = (header: string) => /(^|[^a-z])id$/i.test(header) || CAMEL_ID.test(header);

/** Share of values below which a column does not count as dates or as free text. */
const MOST = 0.8;

const isAgeHeader = (header: string) => ["age", "ageyears", "customerage", "passengerage"].includes(normalizeName(header));
const percent = (share: number) => `${Math.round(share * 100)}%`;
const quote = (value: string) => `"${value.length > 30 ? `${value.slice(0, 29)}…` : value}"`;

/** A banded role for a numeric column: age bands for an age, four round bands otherwise. */
export function bandedRoleFor(header: string, samples: string[][], column: number): ColumnRole {
  if (isAgeHeader(header)) return { kind: "segmentBanded", name: "Age band", thresholds: AGE_THRESHOLDS };
  return { kind: "segmentBanded", name: `${header.trim().slice(0, 55)} band`, thresholds: roundThresholds(profileOf(samples, column).max) };
}

/** "SeatComfort" -> "Seat comfort", "Food&Beverages" -> "Food & beverages", "OverallRating" -> "Overall experience". */
export function touchPointNameOf(header: string): string {
  const words = header
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_&]+/g, (m) => (m.includes("&") ? " & " : " "))
    .replace(/\b(rating|score|stars|grade)\b/gi, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!words || /^overall$/i.test(words)) return "Overall experience";
  return (words[0]!.toUpperCase() + words.slice(1).toLowerCase()).slice(0, 120);
}

/** A name for the touch point of a file's rows from the file's name: "consumer-complaints.csv" -> "Consumer complaints". */
export function touchPointNameOfFile(fileName: string): string {
  const stem = fileName.replace(/\.[a-z0-9]+$/i, "").replace(/[-_.]+/g, " ").trim();
  return stem ? (stem[0]!.toUpperCase() + stem.slice(1)).slice(0, 120) : "Imported responses";
}

/** Columns whose header names one of the touch points and whose values look like ratings. */
function touchPointColumns(headers: string[], touchPoints: TouchPointOption[], profiles: Profile[]): Map<number, string> {
  const candidates: { column: number; touchPointId: string; score: number; order: number }[] = [];
  headers.forEach((header, column) => {
    if (!profiles[column]!.wholeSmall) return;
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

export type GuessOptions = {
  /** The shape the user chose; guessed when absent. */
  shape?: ImportShape;
  /** A lead's import: the organisation's touch points that are not theirs, whose columns are left out. */
  otherTouchPointNames?: string[];
  /** A director's import: rating columns with no touch point of their name get a new one. */
  canCreateTouchPoints?: boolean;
  /** The file's name, for the name of a new touch point of its rows. */
  fileName?: string;
};

/** A mapping and, for each column, why it was guessed (shown in the mapping table's "Why" column). */
export type Guess = { mapping: Mapping; reasons: string[] };

/**
 * A first mapping from the headers and a sample of rows: the shape (wide when two or more
 * headers name touch points), each column's role from its header or, failing that, its values
 * (long free text is the comment, a column of dates the date, whole numbers 1-10 a rating on
 * their scale, yes/no and a few distinct values a segment), the date order and the number
 * format. The user can change all.
 */
export function guessImport(headers: string[], touchPoints: TouchPointOption[], samples: string[][] = [], options: GuessOptions = {}): Guess {
  const numberFormat = guessNumberFormat(samples.flat());
  const profiles = headers.map((_, column) => profileOf(samples, column, numberFormat));
  const others = (options.otherTouchPointNames ?? []).map((name, i) => ({ id: `other:${i}`, name, journeyName: "", stageName: "", channel: "other" as const, ownerTeamId: null }));
  const matched = touchPointColumns(headers, [...touchPoints, ...others], profiles);
  const ratingColumns = new Map([...matched].filter(([, id]) => !id.startsWith("other:")));
  const otherColumns = new Set([...matched].filter(([, id]) => id.startsWith("other:")).map(([column]) => column));
  const shape = options.shape ?? (ratingColumns.size >= 2 ? "wide" : "response");
  const allowed = ROLES_BY_SHAPE[shape];
  const used = new Set<ColumnRoleKind>();
  const takenTouchPoints = new Set(ratingColumns.values());
  const reasons: string[] = headers.map(() => "");

  // The comment: the column of free text with the longest values, when no header names one.
  const commentByHeader = headers.findIndex((h) => FIELD_ALIASES.find(([kind]) => kind === "comment")![1].includes(normalizeName(h)));
  const freeText = profiles.map((p, column) => ({ p, column })).filter(({ p }) => p.longTextShare >= 0.5 && p.distinctShare >= 0.8);
  const commentColumn = commentByHeader >= 0 ? commentByHeader : (freeText.sort((a, b) => b.p.meanLength - a.p.meanLength)[0]?.column ?? -1);
  // The row's own rating (response shape): a header that says "overall", else the only rating column.
  const ratingLike = profiles.map((p, column) => ({ p, column })).filter(({ p, column }) => p.ratingLike && !notARating(headers[column]!) && !matched.has(column));
  const overall = ratingLike.find(({ column }) => /overall|^rating$|^score$|^stars$/i.test(normalizeName(headers[column]!)))?.column ?? (ratingLike.length === 1 ? ratingLike[0]!.column : -1);

  const ratingTarget = (column: number): string | null => {
    let best: { id: string; score: number } | null = null;
    for (const tp of touchPoints) {
      const score = nameSimilarity(headers[column]!, tp.name);
      if (score >= 0.6 && !takenTouchPoints.has(tp.id) && (!best || score > best.score)) best = { id: tp.id, score };
    }
    if (best) return best.id;
    return options.canCreateTouchPoints ? `${NEW_TOUCH_POINT}${touchPointNameOf(headers[column]!)}` : null;
  };

  const roleOf = (header: string, column: number): ColumnRole => {
    const p = profiles[column]!;
    const why = (text: string) => (reasons[column] = text);
    const scale = ratingScaleOfValues(p);
    if (ratingColumns.has(column)) {
      const tp = touchPoints.find((t) => t.id === ratingColumns.get(column))!;
      why(`Header names the touch point "${tp.name}"; values are whole numbers ${p.min}-${p.max}`);
      return { kind: "touchPointRating", touchPointId: tp.id, scale: tp.ratingScale ?? scale };
    }
    if (otherColumns.has(column)) {
      why("Header names a touch point that is not yours to import into");
      return { kind: "ignore" };
    }
    const key = normalizeName(header);
    if (allowed.includes("sentimentLabel") && !used.has("sentimentLabel") && LABEL_ALIASES.includes(key) && looksLikeLabels(samples, column)) {
      used.add("sentimentLabel");
      why("Header names a sentiment, and values are positive / neutral / negative");
      return sentimentLabelRoleFor(samples, column);
    }
    const field = FIELD_ALIASES.find(([kind, aliases]) => allowed.includes(kind) && !used.has(kind) && aliases.includes(key))?.[0];
    if (field && !(field === "occurredAt" && p.values.length > 0 && p.dateShare < MOST) && !(field === "rating" && p.values.length > 0 && !p.wholeSmall)) {
      used.add(field);
      if (field === "rating") {
        why(`Header "${header.trim()}" names a rating; values are whole numbers ${p.min}-${p.max}: a ${scale.min}-${scale.max} scale`);
        return { kind: "rating", scale };
      }
      why(`Header "${header.trim()}" names the ${ROLE_LABELS[field].toLowerCase()}`);
      return { kind: field } as ColumnRole;
    }
    if (p.values.length === 0) {
      why("No values in the first rows");
      return { kind: "ignore" };
    }
    if (column === commentColumn && allowed.includes("comment") && !used.has("comment")) {
      used.add("comment");
      why(`${percent(p.longTextShare)} of values are text over 60 characters`);
      return { kind: "comment" };
    }
    if (p.dateShare >= MOST && allowed.includes("occurredAt")) {
      if (used.has("occurredAt")) {
        why(`Dates too (${quote(p.values[0]!)}), but another column is the date`);
        return { kind: "ignore" };
      }
      used.add("occurredAt");
      why(`${percent(p.dateShare)} of values read as dates (${quote(p.values[0]!)})`);
      return { kind: "occurredAt" };
    }
    if (p.ratingLike && !notARating(header)) {
      if (/recommend|likely|nps/i.test(header) && p.max > 5 && p.min >= 0 && allowed.includes("npsScore") && !used.has("npsScore")) {
        used.add("npsScore");
        why(`Whole numbers ${p.min}-${p.max} under a header about recommending: NPS (0-10)`);
        return { kind: "npsScore" };
      }
      const zeroNote = p.min === 0 && scale.min === 1 ? " (0 = not applicable)" : "";
      if (shape === "response" && column === overall && !used.has("rating")) {
        used.add("rating");
        why(`Whole numbers ${p.min}-${p.max}${zeroNote}: the row's rating on a ${scale.min}-${scale.max} scale`);
        return { kind: "rating", scale };
      }
      const target = ratingTarget(column);
      if (target) {
        takenTouchPoints.add(target);
        const tp = touchPoints.find((t) => t.id === target);
        why(`Whole numbers ${p.min}-${p.max}${zeroNote}: a ${scale.min}-${scale.max} rating of ${tp ? `"${tp.name}"` : `a new touch point "${target.slice(NEW_TOUCH_POINT.length)}"`}`);
        return { kind: "touchPointRating", touchPointId: target, scale: tp?.ratingScale ?? scale };
      }
      why(`Whole numbers ${p.min}-${p.max}: a rating, but no touch point has a name like it; choose one`);
      return { kind: "ignore" };
    }
    if (isAgeHeader(header) && p.numeric) {
      why("An age: kept as age bands");
      return bandedRoleFor(header, samples, column);
    }
    if (/delay|duration|minutes|seconds/i.test(header)) {
      why("A duration: not a segment or a score");
      return { kind: "ignore" };
    }
    if (p.numeric && /count|number|qty|quantity|amount|price/i.test(header)) {
      why("A count or an amount: not a segment or a score");
      return { kind: "ignore" };
    }
    if (isIdentifier(header)) {
      why("An identifier: one value per row, not a segment");
      return { kind: "ignore" };
    }
    if (p.yesNo) {
      why("Yes / no values: a segment");
      return { kind: "segment", name: header.trim().slice(0, 60) || `Column ${column + 1}` };
    }
    // Many distinct numbers or texts would make one rollup row per value: not a segment.
    if (p.distinct > (p.numeric ? 12 : 30)) {
      why(`${p.distinct} different values in the first ${samples.length} rows: too many for a segment`);
      return { kind: "ignore" };
    }
    why(`${p.distinct} distinct values (${p.top.slice(0, 3).map(quote).join(", ")}): a segment`);
    return { kind: "segment", name: header.trim().slice(0, 60) || `Column ${column + 1}` };
  };

  const columns = headers.map(roleOf);
  keepTwentySegments(columns, reasons);
  const dateColumn = columns.findIndex((c) => c.kind === "occurredAt");
  const dateOrder = guessDateOrder(dateColumn < 0 ? [] : samples.map((row) => row[dateColumn] ?? ""));
  const mapping: Mapping = { shape, columns, dateOrder, numberFormat };
  if (shape === "response" && !columns.some((c) => c.kind === "touchPoint") && columns.some((c) => PRIMARY.has(c.kind))) {
    mapping.touchPointId = rowTouchPoint(headers, columns, touchPoints, options);
  }
  return { mapping, reasons };
}

/** Roles that make a response of the row's own touch point (the others are ratings of named touch points). */
const PRIMARY = new Set<ColumnRoleKind>(["npsScore", "csatScore", "cesScore", "rating", "comment"]);

/** The touch point of every row of a file without a touch point column: one named like its rating column, else the only one, else a new one. */
function rowTouchPoint(headers: string[], columns: ColumnRole[], touchPoints: TouchPointOption[], options: GuessOptions): string | null {
  const ratingColumn = columns.findIndex((c) => c.kind === "rating");
  const taken = new Set(columns.flatMap((c) => (c.kind === "touchPointRating" ? [c.touchPointId] : [])));
  if (ratingColumn >= 0) {
    const named = touchPoints.find((tp) => !taken.has(tp.id) && nameSimilarity(headers[ratingColumn]!, tp.name) >= 0.6);
    if (named) return named.id;
  }
  if (touchPoints.length === 1 && !taken.has(touchPoints[0]!.id)) return touchPoints[0]!.id;
  if (!options.canCreateTouchPoints) return null;
  if (ratingColumn >= 0) return `${NEW_TOUCH_POINT}${touchPointNameOf(headers[ratingColumn]!)}`;
  // A file of comments alone: an organisation with touch points chooses one; a new one gets one named after the file.
  return touchPoints.length === 0 ? `${NEW_TOUCH_POINT}${touchPointNameOfFile(options.fileName ?? "")}` : null;
}

function keepTwentySegments(columns: ColumnRole[], reasons: string[]) {
  let segments = 0;
  columns.forEach((c, i) => {
    if (c.kind !== "segment" && c.kind !== "segmentBanded") return;
    if (++segments <= 20) return;
    columns[i] = { kind: "ignore" };
    reasons[i] = "A segment too, but 20 segment attributes are the most a response keeps";
  });
}

/** guessImport's mapping alone (the demo seed and older callers). */
export function guessMapping(headers: string[], touchPoints: TouchPointOption[], samples: string[][] = [], shape?: ImportShape, otherTouchPointNames: string[] = []): Mapping {
  return guessImport(headers, touchPoints, samples, { shape, otherTouchPointNames }).mapping;
}

/** What is missing for a mapping to import anything, in words; empty when it is complete. */
export function mappingProblems(mapping: Mapping): string[] {
  const kinds = mapping.columns.map((c) => c.kind);
  const problems: string[] = [];
  if (mapping.shape === "wide") {
    if (!kinds.includes("touchPointRating")) problems.push("Map at least one column to a touch point's ratings.");
  } else {
    const primary = kinds.some((k) => PRIMARY.has(k));
    if (primary && !kinds.includes("touchPoint") && !mapping.touchPointId) problems.push("Map one column to the touch point, or choose the touch point of every row.");
    if (!primary && !kinds.includes("touchPointRating")) problems.push("Map at least one column to a score, a rating or the comment.");
  }
  if (kinds.includes("occurredAt") && mapping.dateOrder === null) {
    problems.push("Every date of the first rows reads both ways (such as 03/04/2026): choose whether the day or the month comes first.");
  }
  if (kinds.includes("sentimentLabel") && !kinds.includes("comment")) problems.push("A sentiment label says what a comment means: map one column to the comment too.");
  for (const kind of SINGLE) {
    if (kinds.filter((k) => k === kind).length > 1) {
      problems.push(kind === "rating" ? "Only one column can be the rating of the row's touch point: map the others to the ratings of their own touch points." : `Only one column can be the ${ROLE_LABELS[kind].toLowerCase()}.`);
    }
  }
  const segments = mapping.columns.filter((c) => c.kind === "segment" || c.kind === "segmentBanded");
  if (segments.length > 20) problems.push("Keep at most 20 segment attributes.");
  const names = segments.map((c) => ("name" in c ? c.name.trim().toLowerCase() : ""));
  if (new Set(names).size !== names.length) problems.push("Give each segment attribute its own name.");
  const points = mapping.columns.flatMap((c) => (c.kind === "touchPointRating" ? [c.touchPointId] : []));
  if (mapping.shape === "response" && mapping.touchPointId && kinds.includes("rating")) points.push(mapping.touchPointId);
  if (new Set(points).size !== points.length) problems.push("Map each touch point to one rating column only.");
  return problems;
}

/** A scale's words: "1-10". */
export const scaleText = (scale: ScaleRange) => `${scale.min}-${scale.max}`;

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
  rating: "Rating of the row's touch point",
  touchPointRating: "Rating of a touch point",
  comment: "Comment",
  sentimentLabel: "Sentiment label",
  segment: "Segment attribute",
  segmentBanded: "Segment attribute (banded)",
};
