import { describe, expect, it } from "vitest";
import { feedbackItemSchema } from "@/lib/schemas/feedback";
import { createRowMapper } from "./row-to-items";
import type { ImportTargets, Mapping } from "./types";

const CHECK_IN = "11111111-1111-4111-8111-111111111111";
const WIFI = "22222222-2222-4222-8222-222222222222";
const ETHAN = "33333333-3333-4333-8333-333333333333";
const targets: ImportTargets = {
  touchPoints: [
    { id: CHECK_IN, name: "Check-in", journeyName: "Fly", stageName: "Airport", channel: "in_person", ownerTeamId: null },
    { id: WIFI, name: "In-flight wifi", journeyName: "Fly", stageName: "In flight", channel: "app", ownerTeamId: null },
  ],
  staff: [{ id: ETHAN, name: "Ethan Brooks", email: "ethan@skyward.example", teamIds: [] }],
};
const DEFAULT = "2026-11-20T12:00:00Z";
const FIVE = { min: 1, max: 5 };
const WIDE_HEADER = ["id", "Class", "Age", "Check-in", "In-flight wifi", "Delay"];

const wide: Mapping = {
  shape: "wide",
  dateOrder: "dmy",
  columns: [
    { kind: "customerRef" },
    { kind: "segment", name: "Class" },
    { kind: "segmentBanded", name: "Age band", thresholds: [25, 40, 60] },
    { kind: "touchPointRating", touchPointId: CHECK_IN, scale: FIVE },
    { kind: "touchPointRating", touchPointId: WIFI, scale: FIVE },
    { kind: "ignore" },
  ],
};

describe("wide rows", () => {
  it("makes one response per applicable rating, with the other columns as segment attributes", () => {
    const map = createRowMapper(wide, targets, { defaultOccurredAt: DEFAULT });
    const outcome = map({ line: 2, cells: ["70172", "Eco Plus", "13", "4", "0", "25"] });
    expect(outcome.issues).toEqual([]);
    expect(outcome.items.map((m) => m.item)).toEqual([
      {
        touchPointId: CHECK_IN,
        channel: "in_person",
        staffId: null,
        customerRef: "70172",
        segment: { Class: "Eco Plus", "Age band": "under 25" },
        npsScore: null,
        csatScore: null,
        cesScore: null,
        rating: 4,
        comment: null,
        occurredAt: DEFAULT,
        idempotencyKey: expect.stringMatching(/^csv:[0-9a-f]{16}#0:3$/),
      },
    ]);
    expect(feedbackItemSchema.safeParse(outcome.items[0]!.item).success).toBe(true);
  });

  it("bands ages at 25, 40 and 60", () => {
    const map = createRowMapper(wide, targets, { defaultOccurredAt: DEFAULT });
    const band = (age: string) => map({ line: 2, cells: ["1", "Eco", age, "3", "3", ""] }).items[0]!.item.segment["Age band"];
    expect(["24", "25", "39", "40", "59", "60", "85"].map(band)).toEqual(["under 25", "25-39", "25-39", "40-59", "40-59", "60+", "60+"]);
  });

  it("uses the demo's hooks for time and staff", () => {
    const map = createRowMapper(wide, targets, {
      defaultOccurredAt: DEFAULT,
      occurredAt: (row) => `2026-10-0${row.line}T08:00:00Z`,
      staffFor: (tp) => (tp.id === WIFI ? ETHAN : null),
    });
    const items = map({ line: 3, cells: ["7", "Eco", "30", "2", "5", ""] }).items.map((m) => m.item);
    expect(items.map((i) => [i.occurredAt, i.staffId])).toEqual([["2026-10-03T08:00:00Z", null], ["2026-10-03T08:00:00Z", ETHAN]]);
  });

  it("reports a rating that is not a number or is off its scale, naming the column, the value and the range, and keeps the others", () => {
    const map = createRowMapper(wide, targets, { defaultOccurredAt: DEFAULT }, WIDE_HEADER);
    const notNumber = map({ line: 9, cells: ["7", "Eco", "30", "good", "5", ""] });
    expect(notNumber.issues).toEqual([`Column 'Check-in': "good" is not a number (a rating 1-5)`]);
    expect(notNumber.items.map((m) => m.item.touchPointId)).toEqual([WIFI]);
    expect(map({ line: 10, cells: ["7", "Eco", "30", "4", "9", ""] }).issues).toEqual(["Column 'In-flight wifi': 9 is outside 1-5"]);
    expect(map({ line: 11, cells: ["7", "Eco", "30", "4.5", "3", ""] }).issues).toEqual(["Column 'Check-in': 4.5 is not a whole number (a rating 1-5)"]);
  });
});

describe("idempotency keys", () => {
  it("are the same when the same file is read again, and differ for repeated identical rows", () => {
    const rows = [["1", "Eco", "30", "4", "4", ""], ["2", "Eco", "30", "4", "4", ""], ["1", "Eco", "30", "4", "4", ""]];
    const keys = () => {
      const map = createRowMapper(wide, targets, { defaultOccurredAt: DEFAULT });
      return rows.flatMap((cells, i) => map({ line: i + 2, cells }).items.map((m) => m.item.idempotencyKey));
    };
    const first = keys();
    expect(keys()).toEqual(first);
    expect(new Set(first).size).toBe(6);
    expect(first[4]).toBe(first[0]!.replace("#0:", "#1:"));
  });
});

describe("response rows", () => {
  const mapping: Mapping = {
    shape: "response",
    dateOrder: "dmy",
    columns: [{ kind: "touchPoint" }, { kind: "occurredAt" }, { kind: "staff" }, { kind: "rating", scale: FIVE }, { kind: "comment" }, { kind: "channel" }],
  };
  const HEADER = ["Touch point", "Date", "Staff", "Overall Rating", "Comment", "Channel"];
  const map = () => createRowMapper(mapping, targets, { defaultOccurredAt: DEFAULT }, HEADER);

  it("finds the touch point by name and the staff member by email", () => {
    const outcome = map()({ line: 2, cells: ["check in", "03/11/2026 14:05", "Ethan@Skyward.example", "5", "Lovely crew", ""] });
    expect(outcome.items[0]!.item).toMatchObject({ touchPointId: CHECK_IN, occurredAt: "2026-11-03T14:05:00Z", staffId: ETHAN, rating: 5, comment: "Lovely crew", channel: "in_person" });
  });

  it("rejects a row with an unknown touch point, date, staff member, channel or rating, naming the column and the value", () => {
    const issues = (cells: string[]) => map()({ line: 4, cells }).issues;
    expect(issues(["Lounge", "2026-11-03", "", "4", "", ""])).toEqual([`Column 'Touch point': "Lounge" is not one of the touch points you may import into`]);
    expect(issues(["Check-in", "31/02/2026", "", "4", "", ""])).toEqual([`Column 'Date': "31/02/2026" is not a date (use 2026-11-03, 03/11/2026 14:05 or 3 November 2026)`]);
    expect(issues(["Check-in", "", "nobody@x.example", "4", "", ""])).toEqual([`Column 'Staff': no staff member with the email "nobody@x.example" in your teams`]);
    expect(issues(["Check-in", "", "", "4", "", "fax"])).toEqual([`Column 'Channel': "fax" is not one of web, app, phone, email, chat, in person, social, other`]);
    expect(issues(["Check-in", "", "", "four", "", ""])).toEqual([`Column 'Overall Rating': "four" is not a number (a rating 1-5)`]);
    expect(issues(["Check-in", "", "", "11", "", ""])).toEqual(["Column 'Overall Rating': 11 is outside 1-5"]);
  });

  it("checks a rating against the scale of its touch point's rating KPI, over the column's", () => {
    const tenScale: ImportTargets = { ...targets, touchPoints: targets.touchPoints.map((tp) => ({ ...tp, ratingScale: { min: 1, max: 10 } })) };
    const ten = createRowMapper(mapping, tenScale, { defaultOccurredAt: DEFAULT }, HEADER);
    expect(ten({ line: 2, cells: ["Check-in", "", "", "9", "", ""] }).items[0]!.item.rating).toBe(9);
    expect(ten({ line: 3, cells: ["Check-in", "", "", "11", "", ""] }).issues).toEqual(["Column 'Overall Rating': 11 is outside 1-10"]);
    // 0 on a scale from 1 is "not applicable": the row keeps its comment, without a rating.
    expect(ten({ line: 4, cells: ["Check-in", "", "", "0", "Fine", ""] }).items[0]!.item).toMatchObject({ rating: null, comment: "Fine" });
  });

  it("reads a decimal comma when the mapping says so", () => {
    const comma = createRowMapper({ ...mapping, columns: mapping.columns.map((c) => (c.kind === "rating" ? { kind: "rating", scale: { min: 1, max: 10 } } : c)), numberFormat: { decimal: ",", thousands: "." } }, targets, { defaultOccurredAt: DEFAULT }, HEADER);
    expect(comma({ line: 2, cells: ["Check-in", "", "", "10,0", "", ""] }).items[0]!.item.rating).toBe(10);
    expect(map()({ line: 2, cells: ["Check-in", "", "", "10,0", "", ""] }).issues).toEqual([`Column 'Overall Rating': "10,0" is not a number (a rating 1-5)`]);
  });
});

describe("several ratings per row", () => {
  const mapping: Mapping = {
    shape: "response",
    dateOrder: "dmy",
    touchPointId: CHECK_IN,
    columns: [
      { kind: "rating", scale: { min: 1, max: 10 } },
      { kind: "comment" },
      { kind: "occurredAt" },
      { kind: "touchPointRating", touchPointId: WIFI, scale: FIVE },
      { kind: "touchPointRating", touchPointId: "new:Seat comfort", scale: FIVE },
    ],
  };
  const HEADER = ["OverallRating", "ReviewBody", "Datetime", "Wifi", "SeatComfort"];
  const map = () => createRowMapper(mapping, targets, { defaultOccurredAt: DEFAULT }, HEADER);

  it("makes one response for the row's touch point with the comment, and one per other rating", () => {
    const outcome = map()({ line: 2, cells: ["9", "Great flight", "19th November 2023", "2", "4"] });
    expect(outcome.issues).toEqual([]);
    expect(outcome.items.map(({ item }) => [item.touchPointId, item.rating, item.comment, item.occurredAt])).toEqual([
      [CHECK_IN, 9, "Great flight", "2023-11-19T00:00:00Z"],
      [WIFI, 2, null, "2023-11-19T00:00:00Z"],
      ["new:Seat comfort", 4, null, "2023-11-19T00:00:00Z"],
    ]);
    const keys = outcome.items.map(({ item }) => item.idempotencyKey);
    expect(new Set(keys).size).toBe(3);
    expect(keys[1]).toBe(`${keys[0]}:3`);
  });

  it("skips blank and not-applicable ratings, and refuses only the ratings off their scale", () => {
    expect(map()({ line: 3, cells: ["9", "ok", "", "", "0"] }).items).toHaveLength(1);
    expect(map()({ line: 3, cells: ["9", "ok", "", "N/A", "n/a"] })).toMatchObject({ issues: [], items: [{ item: { rating: 9 } }] });
    expect(map()({ line: 4, cells: ["", "", "", "3", ""] }).items.map(({ item }) => item.touchPointId)).toEqual([WIFI]);
    const outcome = map()({ line: 5, cells: ["11", "ok", "", "6", "4"] });
    expect(outcome.issues).toEqual(["Column 'Wifi': 6 is outside 1-5", "Column 'OverallRating': 11 is outside 1-10"]);
    expect(outcome.items.map(({ item }) => [item.touchPointId, item.rating])).toEqual([["new:Seat comfort", 4]]);
  });
});

describe("the wide shape's date, comment, staff and customer", () => {
  const mapping: Mapping = {
    shape: "wide",
    dateOrder: "mdy",
    columns: [{ kind: "customerRef" }, { kind: "occurredAt" }, { kind: "staff" }, { kind: "comment" }, { kind: "touchPointRating", touchPointId: CHECK_IN, scale: FIVE }, { kind: "touchPointRating", touchPointId: WIFI, scale: FIVE }],
  };

  it("dates every rating of the row, gives them its staff member, and stores the comment once, with the first rating", () => {
    const outcome = createRowMapper(mapping, targets, { defaultOccurredAt: DEFAULT })({ line: 2, cells: ["c9", "11/25/2026", "ethan@skyward.example", "Slow wifi", "5", "2"] });
    expect(outcome.items.map(({ item }) => [item.touchPointId, item.rating, item.comment, item.occurredAt, item.staffId, item.customerRef])).toEqual([
      [CHECK_IN, 5, "Slow wifi", "2026-11-25T00:00:00Z", ETHAN, "c9"],
      [WIFI, 2, null, "2026-11-25T00:00:00Z", ETHAN, "c9"],
    ]);
  });
});

describe("text that did not decode", () => {
  it("is never stored: the row is refused, naming the column, the value and the encoding", () => {
    const mapping: Mapping = { shape: "response", dateOrder: "dmy", touchPointId: CHECK_IN, columns: [{ kind: "segment", name: "City" }, { kind: "comment" }, { kind: "ignore" }] };
    const map = createRowMapper(mapping, targets, { defaultOccurredAt: DEFAULT, encoding: "utf-8" }, ["City", "Comment", "Notes"]);
    expect(map({ line: 7, cells: ["Montr\uFFFDal", "Paid \uFFFD50", "x\uFFFD"] })).toMatchObject({
      items: [],
      issues: [`Column 'City': "Montr\uFFFDal" has characters that do not read as UTF-8: choose the file's encoding`, `Column 'Comment': "Paid \uFFFD50" has characters that do not read as UTF-8: choose the file's encoding`],
    });
  });
});

describe("labelled rows", () => {
  const mapping: Mapping = {
    shape: "response",
    dateOrder: "dmy",
    columns: [{ kind: "sentimentLabel", numbers: "words" }, { kind: "comment" }],
    touchPointId: WIFI,
  };
  const map = () => createRowMapper(mapping, targets, { defaultOccurredAt: DEFAULT });

  it("sends every row to the touch point chosen for the file, on the default date, with its label", () => {
    const outcome = map()({ line: 2, cells: ["Negative", "No wifi all flight"] });
    expect(outcome.issues).toEqual([]);
    const item = outcome.items[0]!.item;
    expect(item).toMatchObject({ touchPointId: WIFI, channel: "app", occurredAt: DEFAULT, comment: "No wifi all flight", sentimentLabel: "negative" });
    expect(feedbackItemSchema.parse(item).sentimentLabel).toBe("negative");
  });

  it("carries no label key for an empty label cell, so an unlabelled row keeps its idempotent body", () => {
    const item = map()({ line: 3, cells: ["", "Fine"] }).items[0]!.item;
    expect("sentimentLabel" in item).toBe(false);
  });

  it("rejects a row with a label that is not one, saying which", () => {
    expect(map()({ line: 4, cells: ["meh", "So so"] })).toMatchObject({ line: 4, items: [], issues: [`Column '1': Sentiment label "meh" is not positive, neutral or negative`] });
  });

  it("asks for a touch point when neither a column nor the file names one", () => {
    const outcome = createRowMapper({ ...mapping, touchPointId: null }, targets, { defaultOccurredAt: DEFAULT })({ line: 2, cells: ["positive", "Good"] });
    expect(outcome.issues).toEqual(["Choose the touch point of every row, or map a column to the touch point"]);
  });

  it("refuses a label without a comment, saying which column is empty", () => {
    const outcome = createRowMapper(mapping, targets, { defaultOccurredAt: DEFAULT }, ["airline_sentiment", "text"])({ line: 5, cells: ["positive", ""] });
    expect(outcome).toMatchObject({ items: [], issues: ["Nothing to store: Column 'text' is empty (or not applicable)"] });
  });
});
