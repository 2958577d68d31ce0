import { describe, expect, it } from "vitest";
import { feedbackItemSchema } from "@/server/services/feedback/schemas";
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

const wide: Mapping = {
  shape: "wide",
  dateOrder: "dmy",
  columns: [
    { kind: "customerRef" },
    { kind: "segment", name: "Class" },
    { kind: "segmentBanded", name: "Age band", thresholds: [25, 40, 60] },
    { kind: "touchPointRating", touchPointId: CHECK_IN },
    { kind: "touchPointRating", touchPointId: WIFI },
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

  it("reports a rating cell that is not a number and keeps the others", () => {
    const outcome = createRowMapper(wide, targets, { defaultOccurredAt: DEFAULT })({ line: 9, cells: ["7", "Eco", "30", "good", "5", ""] });
    expect(outcome.issues).toEqual(['Check-in: "good" is not a rating']);
    expect(outcome.items.map((m) => m.item.touchPointId)).toEqual([WIFI]);
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
    columns: [{ kind: "touchPoint" }, { kind: "occurredAt" }, { kind: "staff" }, { kind: "rating" }, { kind: "comment" }, { kind: "channel" }],
  };
  const map = () => createRowMapper(mapping, targets, { defaultOccurredAt: DEFAULT });

  it("finds the touch point by name and the staff member by email", () => {
    const outcome = map()({ line: 2, cells: ["check in", "03/11/2026 14:05", "Ethan@Skyward.example", "5", "Lovely crew", ""] });
    expect(outcome.items[0]!.item).toMatchObject({ touchPointId: CHECK_IN, occurredAt: "2026-11-03T14:05:00Z", staffId: ETHAN, rating: 5, comment: "Lovely crew", channel: "in_person" });
  });

  it("rejects a row with an unknown touch point, date, staff member or channel, saying which", () => {
    const issues = (cells: string[]) => map()({ line: 4, cells }).issues;
    expect(issues(["Lounge", "2026-11-03", "", "4", "", ""])).toEqual(['Touch point "Lounge" is not one of the touch points you may import into']);
    expect(issues(["Check-in", "31/02/2026", "", "4", "", ""])).toEqual(['Date "31/02/2026" is not a date (use 2026-11-03 or 03/11/2026 14:05)']);
    expect(issues(["Check-in", "", "nobody@x.example", "4", "", ""])).toEqual(['No staff member with the email "nobody@x.example" in your teams']);
    expect(issues(["Check-in", "", "", "4", "", "fax"])).toEqual(['Channel "fax" is not one of web, app, phone, email, chat, in person, social, other']);
    expect(issues(["Check-in", "", "", "four", "", ""])).toEqual(['Rating "four" is not a number']);
  });

  it("leaves range checks to the item schema, which names the field", () => {
    const item = map()({ line: 2, cells: ["Check-in", "", "", "9", "", ""] }).items[0]!.item;
    const parsed = feedbackItemSchema.safeParse(item);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["rating", "rating is 0-5"]]);
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
    expect(map()({ line: 4, cells: ["meh", "So so"] })).toMatchObject({ line: 4, items: [], issues: ['Sentiment label "meh" is not positive, neutral or negative'] });
  });

  it("asks for a touch point when neither a column nor the file names one", () => {
    const outcome = createRowMapper({ ...mapping, touchPointId: null }, targets, { defaultOccurredAt: DEFAULT })({ line: 2, cells: ["positive", "Good"] });
    expect(outcome.issues).toEqual(["Choose the touch point of every row, or map a column to the touch point"]);
  });

  it("leaves a label without a comment to the item schema, which names the field", () => {
    const item = map()({ line: 5, cells: ["positive", ""] }).items[0]!.item;
    const parsed = feedbackItemSchema.safeParse(item);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain("sentimentLabel");
  });
});
