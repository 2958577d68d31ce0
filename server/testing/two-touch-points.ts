import type { Database } from "@/db/client";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "./fixtures";

/**
 * An organisation whose director made one active journey ("Visit", stage "Arrive") with two touch
 * points, "Front desk" and "Phone line", owned by the organisation's first team: the smallest map
 * on which ingest and rollup tests can tell touch points apart.
 */
export async function orgWithTwoTouchPoints(db: Database, label: string): Promise<{ org: OrgFixture; tenant: TenantDb; touchPointIds: string[] }> {
  const org = await createOrgFixture(db, label);
  const director = await callerAs(db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Visit", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  const touchPointIds: string[] = [];
  for (const name of ["Front desk", "Phone line"]) {
    touchPointIds.push((await director.touchPoints.create({ stageId, name, channel: "in_person", ownerTeamId: org.teamId })).id);
  }
  return { org, tenant: tenantDb(db, org.orgId), touchPointIds };
}
