import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRuns } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { setBackgroundLoad, type BackgroundLoad } from "./background-load";

describe("the demo's background load, as the shell reads it", () => {
  let testDb: TestDb;
  let demo: OrgFixture;
  let other: OrgFixture;
  let load: BackgroundLoad;

  beforeAll(async () => {
    testDb = await createTestDb();
    demo = await createOrgFixture(testDb.db, "Demo");
    other = await createOrgFixture(testDb.db, "Other");
    // A run stopped by a restart and the run that resumed it: both count, once each.
    await tenantDb(testDb.db, demo.orgId).insert(importRuns, [
      { userId: demo.director.id, fileName: "survey.csv", shape: "wide", status: "cancelled", stored: 1200 },
      { userId: demo.director.id, fileName: "survey.csv", shape: "wide", status: "running", stored: 800 },
      { userId: demo.director.id, fileName: "something-else.csv", shape: "long", status: "completed", stored: 50 },
    ]);
    load = { orgId: demo.orgId, fileName: "survey.csv", total: 5000, status: "loading" };
    setBackgroundLoad(load);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("tells every role of the demo organisation how many responses of the file are in", async () => {
    for (const user of [demo.director, demo.lead, demo.frontline]) {
      const caller = await callerAs(testDb.db, user);
      expect(await caller.organization.demoLoad()).toEqual({ loaded: 2000, total: 5000, status: "loading" });
    }
  });

  it("says nothing to another organisation", async () => {
    expect(await (await callerAs(testDb.db, other.director)).organization.demoLoad()).toBeNull();
  });

  it("says when it is done", async () => {
    load.status = "done";
    expect(await (await callerAs(testDb.db, demo.director)).organization.demoLoad()).toMatchObject({ status: "done" });
  });
});
