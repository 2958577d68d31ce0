import type { Database } from "@/db/client";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type TextAnalyser } from "@/server/services/feedback/ingest";
import { createJourney } from "@/server/services/journeys/journeys";
import { addStage } from "@/server/services/journeys/stages";
import type { Scope } from "@/server/services/scope";
import type { LabelledText } from "@/server/services/text/classifier/types";
import { createTouchPoint } from "@/server/services/touch-points/touch-points";
import type { OrgFixture } from "./fixtures";

let unique = 0;

/** A journey with one touch point in the organisation, made the way the designer makes one. */
export async function touchPointIn(db: Database, org: OrgFixture): Promise<string> {
  const tenant = tenantDb(db, org.orgId);
  const scope: Scope = { orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] };
  const journey = await createJourney(tenant, scope, { name: `Trip ${++unique}`, description: "", segment: {}, status: "active" });
  const stage = await addStage(tenant, scope, { journeyId: journey.id, name: "Fly", description: "" });
  const point = await createTouchPoint(tenant, scope, {
    stageId: stage.id,
    name: "Cabin",
    description: "",
    channel: "in_person",
    ownerTeamId: org.teamId,
    isMomentOfTruth: false,
    promise: "",
  });
  return point.id;
}

const SCORE = { negative: -1, neutral: 0, positive: 1 } as const;

/** Stores the comments as responses whose sentiment a person decided (as an import with a label column does). */
export async function storeLabelledFeedback(
  db: Database,
  orgId: string,
  touchPointId: string,
  examples: LabelledText[],
  { day = new Date(Date.UTC(2026, 9, 1, 12)) }: { day?: Date } = {},
): Promise<string[]> {
  const byText = new Map(examples.map((example) => [example.text, example.label]));
  const labelled: TextAnalyser = (comment) => {
    const label = byText.get(comment)!;
    return { sentiment: SCORE[label], sentimentLabel: label, sentimentSource: "label", themes: [], language: "eng" };
  };
  const results = await ingestFeedback(
    tenantDb(db, orgId),
    examples.map((example) => ({ touchPointId, channel: "web" as const, comment: example.text, rating: 3, occurredAt: day })),
    { source: "import", analyse: labelled },
  );
  return results.map((result) => result.id);
}
