import { describe, expect, it } from "vitest";
import { SKYWARD_TOUCH_POINT_DEFINITIONS, SKYWARD_TOUCH_POINTS } from "@/db/seed/skyward-data";
import { guessMapping, mappingProblems } from "./guess";
import type { TouchPointOption } from "./types";

const touchPoints: TouchPointOption[] = SKYWARD_TOUCH_POINT_DEFINITIONS.map((tp, i) => ({
  id: `tp-${i}`,
  name: tp.name,
  journeyName: "Fly with us",
  stageName: tp.stage,
  channel: tp.channel,
  ownerTeamId: null,
}));
const idOf = (name: string) => touchPoints.find((tp) => tp.name === name)!.id;
const FIVE = { min: 1, max: 5 };

const AIRLINE_HEADERS =
  "id,Gender,Customer Type,Age,Type of Travel,Class,Flight Distance,Inflight wifi service,Departure/Arrival time convenient,Ease of Online booking,Gate location,Food and drink,Online boarding,Seat comfort,Inflight entertainment,On-board service,Leg room service,Baggage handling,Checkin service,Inflight service,Cleanliness,Departure Delay in Minutes,Arrival Delay in Minutes,satisfaction".split(",");
const AIRLINE_SAMPLE = [
  "70172,Male,Loyal Customer,13,Personal Travel,Eco Plus,460,3,4,3,1,5,3,5,5,4,3,4,4,5,5,25,18.0,neutral or dissatisfied",
  "5047,Male,disloyal Customer,25,Business travel,Business,235,3,2,3,3,1,3,1,1,1,5,3,1,4,1,1,6.0,neutral or dissatisfied",
  "110028,Female,Loyal Customer,26,Business travel,Business,1142,2,2,2,2,5,5,5,5,4,3,4,4,4,5,0,0.0,satisfied",
  "24026,Female,Loyal Customer,25,Business travel,Business,562,2,5,5,5,2,2,2,2,2,5,3,1,4,2,11,9.0,neutral or dissatisfied",
  "119299,Male,Loyal Customer,61,Business travel,Business,214,3,3,3,3,4,5,5,3,3,4,4,3,3,3,0,0.0,satisfied",
  ...Array.from({ length: 20 }, (_, i) => `${i + 1},Female,Loyal Customer,${20 + i * 3},Personal Travel,Eco,${300 + i * 211},0,1,2,3,4,5,1,2,3,4,5,1,2,3,${i * 7},${i * 5}.0,satisfied`),
].map((line) => line.split(","));

describe("guessMapping", () => {
  it("reads the airline survey as the wide shape with each rating column on its Skyward touch point", () => {
    const mapping = guessMapping(AIRLINE_HEADERS, touchPoints, AIRLINE_SAMPLE);
    expect(mapping.shape).toBe("wide");
    const byHeader = Object.fromEntries(AIRLINE_HEADERS.map((h, i) => [h, mapping.columns[i]]));
    for (const [column, name] of Object.entries(SKYWARD_TOUCH_POINTS)) {
      expect(byHeader[column], column).toEqual({ kind: "touchPointRating", touchPointId: idOf(name), scale: FIVE });
    }
    expect(byHeader.id).toEqual({ kind: "customerRef" });
    for (const header of ["Gender", "Customer Type", "Type of Travel", "Class", "satisfaction"]) {
      expect(byHeader[header], header).toEqual({ kind: "segment", name: header });
    }
    expect(byHeader.Age).toEqual({ kind: "segmentBanded", name: "Age band", thresholds: [25, 40, 60] });
    expect(byHeader["Flight Distance"]).toEqual({ kind: "ignore" });
    expect(byHeader["Departure Delay in Minutes"]).toEqual({ kind: "ignore" });
    expect(byHeader["Arrival Delay in Minutes"]).toEqual({ kind: "ignore" });
    expect(mappingProblems(mapping)).toEqual([]);
  });

  it("leaves out, for a team lead, the rating columns of other teams' touch points", () => {
    const cabin = touchPoints.filter((_, i) => SKYWARD_TOUCH_POINT_DEFINITIONS[i]!.ownerTeam === "Cabin Crew");
    const others = touchPoints.filter((tp) => !cabin.includes(tp)).map((tp) => tp.name);
    const mapping = guessMapping(AIRLINE_HEADERS, cabin, AIRLINE_SAMPLE, undefined, others);
    const byHeader = Object.fromEntries(AIRLINE_HEADERS.map((h, i) => [h, mapping.columns[i]]));
    expect(mapping.shape).toBe("wide");
    expect(byHeader["Seat comfort"]).toEqual({ kind: "touchPointRating", touchPointId: idOf("Seat comfort"), scale: FIVE });
    expect(byHeader["Checkin service"]).toEqual({ kind: "ignore" });
    expect(byHeader["Inflight wifi service"]).toEqual({ kind: "ignore" });
  });

  it("reads a file of responses by its headers, whatever their case and punctuation", () => {
    const headers = ["Touch Point", "Date", "Channel", "Staff email", "Customer ID", "NPS", "CSAT", "Rating", "Comments", "Region"];
    const sample = [["Check-in", "03/11/2026 14:05", "web", "a@b.example", "c1", "9", "4", "5", "Nice", "North"], ["Check-in", "25/11/2026", "", "", "c2", "", "", "3", "", "South"]];
    const mapping = guessMapping(headers, touchPoints, sample);
    expect(mapping.shape).toBe("response");
    expect(mapping.columns.map((c) => c.kind)).toEqual(["touchPoint", "occurredAt", "channel", "staff", "customerRef", "npsScore", "csatScore", "rating", "comment", "segment"]);
    expect(mapping.dateOrder).toBe("dmy");
  });

  it("sees month-first dates when a second part is above 12", () => {
    const mapping = guessMapping(["Touch point", "Date", "Rating"], touchPoints, [["Check-in", "11/25/2026", "4"]]);
    expect(mapping.dateOrder).toBe("mdy");
  });

  it("does not take a column of seat numbers for the seat comfort ratings", () => {
    const mapping = guessMapping(["Seat", "Seat comfort", "Leg room"], touchPoints, [["12A", "4", "3"]]);
    expect(mapping.columns).toEqual([
      { kind: "segment", name: "Seat" },
      { kind: "touchPointRating", touchPointId: idOf("Seat comfort"), scale: FIVE },
      { kind: "touchPointRating", touchPointId: idOf("Leg room"), scale: FIVE },
    ]);
  });

  it("keeps several ratings per row in the response shape too, each on its touch point", () => {
    const mapping = guessMapping(AIRLINE_HEADERS, touchPoints, AIRLINE_SAMPLE, "response");
    const rated = mapping.columns.flatMap((c) => (c.kind === "touchPointRating" ? [c.touchPointId] : []));
    expect(rated.sort()).toEqual(Object.values(SKYWARD_TOUCH_POINTS).map(idOf).sort());
    expect(mappingProblems(mapping)).toEqual([]);
  });

  it("says what a mapping lacks", () => {
    const mapping = guessMapping(["Region", "Notes"], touchPoints, [["North", "x"], ["South", "y"]], "response");
    expect(mappingProblems(mapping)).toEqual(["Map at least one column to a score, a rating or the comment."]);
    const rated = { ...mapping, columns: [{ kind: "rating" as const, scale: FIVE }, { kind: "ignore" as const }] };
    expect(mappingProblems(rated)).toEqual(["Map one column to the touch point, or choose the touch point of every row."]);
  });
});

describe("sentiment label columns", () => {
  const TWEET_HEADERS = ["tweet_id", "airline_sentiment", "airline_sentiment_confidence", "negativereason", "airline", "text", "tweet_created"];
  const TWEETS = [
    ["570306133677760513", "neutral", "1.0", "", "Virgin America", "@VirginAmerica What @dhepburn said.", "2015-02-24 11:35:52 -0800"],
    ["570300767074181121", "negative", "1.0", "Can't Tell", "Virgin America", "seriously would pay $30 a flight for seats", "2015-02-24 11:14:33 -0800"],
    ["570299953286942721", "positive", "0.6559", "", "Virgin America", "Well, I didn't but NOW I DO! :-D", "2015-02-24 11:11:19 -0800"],
  ];

  it("takes the labelled tweets' sentiment as the label and the text as the comment, and then only asks for a touch point", () => {
    const mapping = guessMapping(TWEET_HEADERS, touchPoints, TWEETS);
    expect(mapping.shape).toBe("response");
    expect(mapping.columns[1]).toEqual({ kind: "sentimentLabel", numbers: "words" });
    expect(mapping.columns[5]).toEqual({ kind: "comment" });
    expect(mapping.columns[2]!.kind).not.toBe("sentimentLabel");
    expect(mappingProblems(mapping)).toEqual(["Map one column to the touch point, or choose the touch point of every row."]);
    expect(mappingProblems({ ...mapping, touchPointId: touchPoints[0]!.id })).toEqual([]);
  });

  it("guesses label headers only when most values read as labels, and numbers only from a column that writes -1", () => {
    const guess = (header: string, values: string[]) => guessMapping([header, "Comment"], touchPoints, values.map((v) => [v, "text"])).columns[0];
    expect(guess("Sentiment", ["POS", "neg", "Neutral"])).toEqual({ kind: "sentimentLabel", numbers: "words" });
    expect(guess("sentiment_label", ["-1", "0", "1", "1"])).toEqual({ kind: "sentimentLabel", numbers: "signed" });
    expect(guess("Label", ["positive", "positive", "negative", "typo"])).toEqual({ kind: "sentimentLabel", numbers: "words" });
    // A 0/1 flag or a 1-5 score is not a label column, whatever its header.
    expect(guess("label", ["0", "1", "1"])!.kind).not.toBe("sentimentLabel");
    expect(guess("sentiment", ["1", "5", "4", "2"])!.kind).not.toBe("sentimentLabel");
    expect(guess("label", ["VIP", "Economy", "VIP"])).toEqual({ kind: "segment", name: "label" });
  });

  it("asks for the comment when there is a label column", () => {
    const mapping = guessMapping(["Touch point", "Sentiment", "Rating"], touchPoints, [["Check-in", "positive", "4"]]);
    expect(mapping.columns[1]).toEqual({ kind: "sentimentLabel", numbers: "words" });
    expect(mappingProblems(mapping)).toEqual(["A sentiment label says what a comment means: map one column to the comment too."]);
  });
});
