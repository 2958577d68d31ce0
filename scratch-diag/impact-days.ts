import { eq } from "drizzle-orm";
import { trainingModules } from "@/db/schema";
import { seedSkyward } from "@/db/seed/skyward";
import { seedSkywardTraining } from "@/db/seed/skyward-training";
import { seedSkywardFeedback } from "@/db/seed/skyward-feedback";
import { tenantDb } from "@/server/db/tenant-db";
import { moduleImpact } from "@/server/services/training/impact/impact";
import { createTestDb } from "@/server/testing/test-db";
import { users } from "@/db/schema";

const rows = Number(process.argv[2] ?? 1500);
for (const day of process.argv.slice(3)) {
  const now = new Date(`${day}T12:00:00Z`);
  const t = await createTestDb();
  const { orgId } = await seedSkyward(t.db);
  await seedSkywardTraining(t.db, orgId, now);
  await seedSkywardFeedback(t.db, orgId, { now, maxRows: rows });
  const tenant = tenantDb(t.db, orgId);
  const [m] = await tenant.selectFields({ id: trainingModules.id }, trainingModules, eq(trainingModules.title, "Calm under pressure"));
  const [d] = await tenant.selectFields({ id: users.id }, users, eq(users.role, "director"));
  const r = await moduleImpact(tenant, { orgId, userId: d!.id, role: "director", teamIds: [], leadTeamIds: [] }, { moduleId: m!.id });
  for (const tp of r.touchPoints) for (const k of tp.kpis) {
    const x = k.result as any;
    console.log(day, tp.touchPointName, k.kpiName, x.status, x.estimate?.toFixed?.(3), x.low?.toFixed?.(3), x.high?.toFixed?.(3), x.counts?.treatedPeople, x.counts?.controlPeople);
  }
  await t.close();
}
