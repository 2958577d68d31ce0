import { describe, expect, it } from "vitest";
import { guessImport, mappingProblems } from "./guess";
import type { TouchPointOption } from "./types";

const LONG = [
  "4 Hours before takeoff we received a Mail stating a cryptic message that there are disruptions to be expected at Heathrow.",
  "I recently had a delay on British Airways from BRU to LHR that was due to staff shortages, and we waited two hours on board.",
  "The flight was on time, the crew were friendly and attentive, and the food in Club World was better than I expected it to be.",
  "Check in was slow and the lounge was crowded, but the seat was comfortable and I slept most of the way to Johannesburg.",
  "Paid for premium economy and got a broken seat and no apology. The cabin crew did their best but the aircraft is tired.",
  "Excellent service from start to finish. The new A350 cabin is a big improvement, and boarding by group worked smoothly.",
];
const BA_HEADERS = ["ReviewID", "OverallRating", "ReviewHeader", "Name", "Datetime", "VerifiedReview", "ReviewBody", "TypeOfTraveller", "SeatType", "Route", "DateFlown", "SeatComfort", "CabinStaffService", "ValueForMoney", "Recommended", "Wifi&Connectivity"];
const BA_ROWS = [
  ["0", "1", '"Service level far worse then Ryanair"', "L Keele", "19th November 2023", "TRUE", LONG[0]!, "Couple Leisure", "Economy Class", "London to Stuttgart", "23-Nov", "1", "1", "1", "no", ""],
  ["1", "3", '"do not upgrade members"', "Austin Jones", "19th November 2023", "TRUE", LONG[1]!, "Business", "Business Class", "Brussels to London", "23-Nov", "2", "3", "2", "no", "1"],
  ["2", "10", '"Overall a good flight"', "A Smith", "2nd October 2023", "FALSE", LONG[2]!, "Solo Leisure", "Business Class", "London to New York", "23-Oct", "5", "5", "4", "yes", ""],
  ["3", "7", '"slept most of the way"', "B Jones", "28th September 2023", "TRUE", LONG[3]!, "Couple Leisure", "Premium Economy", "London to Johannesburg", "23-Sep", "4", "4", "0", "yes", ""],
  ["4", "2", '"tired aircraft"', "C Brown", "1st September 2023", "FALSE", LONG[4]!, "Family Leisure", "Premium Economy", "London to Cape Town", "23-Aug", "1", "3", "1", "no", "3"],
  ["5", "9", '"a big improvement"', "D White", "20th August 2023", "TRUE", LONG[5]!, "Solo Leisure", "Economy Class", "London to Toronto", "23-Aug", "4", "5", "5", "yes", ""],
];
const byHeader = (headers: string[], values: unknown[]) => Object.fromEntries(headers.map((h, i) => [h, values[i]]));

describe("guessing from values, for a new organisation", () => {
  const { mapping, reasons } = guessImport(BA_HEADERS, [], BA_ROWS, { canCreateTouchPoints: true, fileName: "british-airways-reviews.csv" });
  const role = byHeader(BA_HEADERS, mapping.columns);
  const why = byHeader(BA_HEADERS, reasons) as Record<string, string>;

  it("takes the long free text as the comment, and says why", () => {
    expect(role.ReviewBody).toEqual({ kind: "comment" });
    expect(why.ReviewBody).toBe("100% of values are text over 60 characters");
    expect(role.ReviewHeader).not.toEqual({ kind: "comment" });
  });

  it("takes a column of dates written '19th November 2023' as the date", () => {
    expect(role.Datetime).toEqual({ kind: "occurredAt" });
    expect(why.Datetime).toBe('Header "Datetime" names the date and time');
    expect(role.DateFlown).toEqual({ kind: "segment", name: "DateFlown" });
  });

  it("reads 1-10 numbers as a rating on a 1-10 scale for the row's new touch point, and 1-5 sub-ratings as new touch points of their own", () => {
    expect(role.OverallRating).toEqual({ kind: "rating", scale: { min: 1, max: 10 } });
    expect(why.OverallRating).toMatch(/1-10/);
    expect(mapping.touchPointId).toBe("new:Overall experience");
    expect(role.SeatComfort).toEqual({ kind: "touchPointRating", touchPointId: "new:Seat comfort", scale: { min: 1, max: 5 } });
    expect(role.CabinStaffService).toEqual({ kind: "touchPointRating", touchPointId: "new:Cabin staff service", scale: { min: 1, max: 5 } });
    expect(role.ValueForMoney).toEqual({ kind: "touchPointRating", touchPointId: "new:Value for money", scale: { min: 1, max: 5 } });
    expect(why.ValueForMoney).toContain("0 = not applicable");
    expect(role["Wifi&Connectivity"]).toEqual({ kind: "touchPointRating", touchPointId: "new:Wifi & connectivity", scale: { min: 1, max: 5 } });
  });

  it("keeps yes/no and a few categories as segments, ids and names out", () => {
    expect(role.Recommended).toEqual({ kind: "segment", name: "Recommended" });
    expect(why.Recommended).toBe("Yes / no values: a segment");
    expect(role.VerifiedReview).toEqual({ kind: "segment", name: "VerifiedReview" });
    expect(role.TypeOfTraveller).toEqual({ kind: "segment", name: "TypeOfTraveller" });
    expect(role.SeatType).toEqual({ kind: "segment", name: "SeatType" });
    expect(role.ReviewID).toEqual({ kind: "ignore" });
    expect(mappingProblems(mapping)).toEqual([]);
  });

  it("names the new touch point of a file of comments after the file", () => {
    const guess = guessImport(["Date received", "Product", "Consumer complaint narrative"], [], [
      ["2020/3/18", "Mortgage", LONG[0]!],
      ["2019/9/24", "Debt collection", LONG[1]!],
    ], { canCreateTouchPoints: true, fileName: "consumer-complaints-sample.csv" });
    expect(guess.mapping.columns).toEqual([{ kind: "occurredAt" }, { kind: "segment", name: "Product" }, { kind: "comment" }]);
    expect(guess.mapping.touchPointId).toBe("new:Consumer complaints sample");
  });

  it("leaves a team lead's unmatched rating columns for them to choose, creating nothing", () => {
    const lead = guessImport(BA_HEADERS, [], BA_ROWS, { canCreateTouchPoints: false });
    expect(byHeader(BA_HEADERS, lead.mapping.columns).SeatComfort).toEqual({ kind: "ignore" });
    expect(byHeader(BA_HEADERS, lead.reasons).SeatComfort).toMatch(/choose one/);
    expect(lead.mapping.touchPointId).toBeNull();
  });
});

describe("scores and scales from values", () => {
  const tp = (id: string, name: string, ratingScale: { min: number; max: number } | null = null): TouchPointOption => ({ id, name, journeyName: "J", stageName: "S", channel: "web", ownerTeamId: null, ratingScale });
  const rows = (values: string[][]) => values;

  it("reads 0-10 under a header about recommending as NPS", () => {
    const { mapping, reasons } = guessImport(["How likely are you to recommend us?", "Feedback"], [tp("a", "Website")], rows([["0", "x"], ["10", "y"], ["7", "z"], ["9", "w"]]));
    expect(mapping.columns[0]).toEqual({ kind: "npsScore" });
    expect(reasons[0]).toMatch(/recommend/);
    expect(mapping.touchPointId).toBe("a");
  });

  it("puts a 0-10 rating without such a header on a 0-10 scale, and a 1-7 one on 1-7", () => {
    const { mapping } = guessImport(["Score A", "Ease"], [], rows([["0", "1"], ["10", "7"], ["5", "4"]]), { canCreateTouchPoints: true });
    expect(mapping.columns[0]).toEqual({ kind: "touchPointRating", touchPointId: "new:A", scale: { min: 0, max: 10 } });
    expect(mapping.columns[1]).toEqual({ kind: "touchPointRating", touchPointId: "new:Ease", scale: { min: 1, max: 7 } });
  });

  it("maps a rating column to the touch point of its name, on that touch point's own scale", () => {
    const { mapping } = guessImport(["Check-in", "Lounge", "Comment"], [tp("c", "Check-in", { min: 1, max: 10 }), tp("l", "Lounge")], rows([["8", "4", "fine"], ["10", "2", "ok"], ["3", "5", "meh"]]), { shape: "response" });
    expect(mapping.columns[0]).toEqual({ kind: "touchPointRating", touchPointId: "c", scale: { min: 1, max: 10 } });
    expect(mapping.columns[1]).toEqual({ kind: "touchPointRating", touchPointId: "l", scale: { min: 1, max: 5 } });
  });

  it("does not take counts, ids or a 0/1 flag for ratings", () => {
    const { mapping } = guessImport(["retweet_count", "Flag", "Item ID"], [], rows([["0", "0", "3"], ["0", "1", "7"], ["4", "1", "9"], ["0", "0", "2"]]), { canCreateTouchPoints: true });
    expect(mapping.columns.map((c) => c.kind)).not.toContain("touchPointRating");
    expect(mapping.columns.map((c) => c.kind)).not.toContain("rating");
  });

  it("fills in a decimal comma from the values", () => {
    const { mapping } = guessImport(["Rating", "Spend"], [], rows([["10,0", "1.234,50"], ["8,0", "12,75"], ["9,0", "3,10"]]));
    expect(mapping.numberFormat).toEqual({ decimal: ",", thousands: "." });
  });

  it("makes the user choose the day/month order when every slashed date reads both ways", () => {
    const { mapping } = guessImport(["Date", "Rating"], [tp("a", "Website")], rows([["03/04/2026", "4"], ["05/06/2026", "5"], ["01/12/2026", "2"]]));
    expect(mapping.columns[0]).toEqual({ kind: "occurredAt" });
    expect(mapping.dateOrder).toBeNull();
    expect(mappingProblems(mapping)).toEqual(["Every date of the first rows reads both ways (such as 03/04/2026): choose whether the day or the month comes first."]);
    expect(mappingProblems({ ...mapping, dateOrder: "dmy" })).toEqual([]);
  });
});
