import { describe, expect, it } from "vitest";
import { headerSignature, preparationOf, resolveNewTouchPoints, usableSavedMapping } from "./new-touch-points";
import type { ImportTargets, Mapping } from "./types";

const LOUNGE = "11111111-1111-4111-8111-111111111111";
const GATE = "22222222-2222-4222-8222-222222222222";
const targets: ImportTargets = {
  touchPoints: [
    { id: LOUNGE, name: "Lounge", journeyName: "Fly", stageName: "Airport", channel: "in_person", ownerTeamId: null, ratingScale: { min: 1, max: 5 } },
    { id: GATE, name: "Gate", journeyName: "Fly", stageName: "Airport", channel: "in_person", ownerTeamId: null, ratingScale: null },
  ],
  staff: [],
  canCreateTouchPoints: true,
};
const mapping: Mapping = {
  shape: "response",
  dateOrder: "dmy",
  touchPointId: "new:Overall experience",
  columns: [
    { kind: "rating", scale: { min: 1, max: 10 } },
    { kind: "comment" },
    { kind: "touchPointRating", touchPointId: "new:Seat comfort", scale: { min: 1, max: 5 } },
    { kind: "touchPointRating", touchPointId: LOUNGE, scale: { min: 1, max: 5 } },
    { kind: "touchPointRating", touchPointId: GATE, scale: { min: 0, max: 10 } },
  ],
};

describe("what an import makes before it starts", () => {
  it("asks for each new touch point on its column's scale, and a rating KPI only where one is missing", () => {
    expect(preparationOf(mapping, targets)).toEqual({
      newTouchPoints: [
        { name: "Seat comfort", scaleMin: 1, scaleMax: 5 },
        { name: "Overall experience", scaleMin: 1, scaleMax: 10 },
      ],
      ratingScales: [{ touchPointId: GATE, scaleMin: 0, scaleMax: 10 }],
    });
  });

  it("asks for no rating KPI on a new touch point that only gets comments", () => {
    const comments: Mapping = { shape: "response", dateOrder: "dmy", touchPointId: "new:Complaints", columns: [{ kind: "comment" }] };
    expect(preparationOf(comments, targets)).toEqual({ newTouchPoints: [{ name: "Complaints" }], ratingScales: [] });
  });

  it("puts the ids made in place of the new names, with the scales chosen", () => {
    const made = { "Seat comfort": "33333333-3333-4333-8333-333333333333", "Overall experience": "44444444-4444-4444-8444-444444444444" };
    const resolved = resolveNewTouchPoints(mapping, targets, made);
    expect(resolved.mapping.touchPointId).toBe(made["Overall experience"]);
    expect(resolved.mapping.columns[2]).toEqual({ kind: "touchPointRating", touchPointId: made["Seat comfort"], scale: { min: 1, max: 5 } });
    const scales = Object.fromEntries(resolved.targets.touchPoints.map((tp) => [tp.name, tp.ratingScale]));
    expect(scales).toEqual({ Lounge: { min: 1, max: 5 }, Gate: { min: 0, max: 10 }, "Seat comfort": { min: 1, max: 5 }, "Overall experience": { min: 1, max: 10 } });
  });
});

describe("saved mappings", () => {
  it("are keyed by the header names, whatever their case, spaces and punctuation", () => {
    expect(headerSignature(["Overall Rating", "Review_Body"])).toBe(headerSignature(["overallrating", "review body"]));
    expect(headerSignature(["Overall Rating", "Review_Body"])).not.toBe(headerSignature(["Overall Rating", "Review_Body", "Date"]));
    expect(headerSignature(["a"])).toMatch(/^[0-9a-f]{16}:1$/);
  });

  it("are used only when they fit the file and name touch points the caller may import into", () => {
    const header = ["a", "b", "c", "d", "e"];
    expect(usableSavedMapping(mapping, header, targets)).toEqual(mapping);
    expect(usableSavedMapping(mapping, header.slice(1), targets)).toBeNull();
    expect(usableSavedMapping(mapping, header, { ...targets, canCreateTouchPoints: false })).toBeNull();
    expect(usableSavedMapping(mapping, header, { ...targets, touchPoints: targets.touchPoints.slice(1) })).toBeNull();
    expect(usableSavedMapping("nonsense", header, targets)).toBeNull();
  });
});
