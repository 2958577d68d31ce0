import { describe, expect, it } from "vitest";
import type { RouterOutputs } from "@/lib/trpc/types";
import { responsesCsv } from "./response-csv";

type ResponseRow = RouterOutputs["responses"]["list"]["rows"][number];

const row: ResponseRow = {
  id: "00000000-0000-4000-8000-000000000001",
  occurredAt: new Date("2026-05-14T08:30:00Z"),
  touchPointId: "00000000-0000-4000-8000-000000000002",
  touchPointName: "Check-in desk",
  staffId: "00000000-0000-4000-8000-000000000003",
  staffName: "Ethan Brooks",
  channel: "in_person",
  source: "survey",
  npsScore: 9,
  csatScore: null,
  cesScore: null,
  rating: 0,
  ratingScale: "0-10",
  comment: "Quick, friendly",
  sentiment: 0.8,
  sentimentLabel: "positive",
  sentimentSource: "label",
  themes: ["Staff", "Speed"],
  themesCorrected: true,
  language: "eng",
  lastCorrection: { source: "person", byName: "Grace Nolan", at: new Date("2026-05-15T09:00:00Z") },
  segment: { class: "Business", loyalty: "Gold" },
  customerRef: "PNR-42",
};

describe("responsesCsv", () => {
  it("writes one column per score and a rating beside its scale (0 is an answer on 0-10)", () => {
    const { headers, rows } = responsesCsv([row], { showCustomer: true });
    const byHeader = Object.fromEntries(headers.map((header, index) => [header, rows[0]![index]]));
    expect(byHeader).toEqual({
      "When (UTC)": row.occurredAt,
      "Touch point": "Check-in desk",
      Staff: "Ethan Brooks",
      "NPS (0-10)": 9,
      "CSAT (1-5)": null,
      "CES (1-7)": null,
      Rating: 0,
      "Rating scale": "0-10",
      Comment: "Quick, friendly",
      Language: "English",
      Sentiment: "positive",
      "Sentiment by": "corrected",
      Themes: "Staff, Speed",
      Segment: "class: Business; loyalty: Gold",
      Customer: "PNR-42",
      Source: "Survey link",
    });
  });

  it("leaves the customer column out for a role that does not see it", () => {
    const { headers, rows } = responsesCsv([row], { showCustomer: false });
    expect(headers).not.toContain("Customer");
    expect(rows[0]).not.toContain("PNR-42");
    expect(rows[0]).toHaveLength(headers.length);
  });
});
