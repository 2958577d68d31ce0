/** npm run db:rebuild-rollups: recomputes every organisation's daily rollups (feedback, themes, observations) from raw rows. */
import { openDatabase } from "@/db/client";
import { organizations } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { rebuildRollups } from "@/server/services/feedback/rebuild";

const handle = openDatabase();
try {
  const orgs = await handle.db.select({ id: organizations.id, name: organizations.name }).from(organizations);
  for (const org of orgs) {
    const started = Date.now();
    const rows = await rebuildRollups(tenantDb(handle.db, org.id));
    console.log(
      `${org.name}: ${rows.rollupRows} feedback rollup rows (${rows.totalRows} without segments), ${rows.themeRollupRows} theme rollup rows and ${rows.mentionRows} theme mentions, ${rows.observationRollupRows} observation rollup rows in ${Date.now() - started} ms`,
    );
  }
} finally {
  await handle.close();
}
