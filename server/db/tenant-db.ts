import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable, SelectedFields } from "drizzle-orm/pg-core";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import type { Executor, Transaction } from "@/db/client";
import { organizations } from "@/db/schema";

/** Any table that carries `org_id`. */
export type TenantTable = PgTable & { orgId: PgColumn };

/**
 * The only way services read and write tenant tables: every statement it builds is limited to
 * one organisation, so a service cannot forget the tenant filter. Joins go through `joinOn`, which
 * adds the organisation to the join condition as well. See docs/decisions/0003-tenant-query-layer.md.
 */
export function tenantDb(db: Executor, orgId: string): TenantDb {
  return {
    ...tenantQueries(db, orgId),
    transaction: (work) => db.transaction((tx) => work(tenantTransaction(tx, orgId))),
  };
}

/**
 * The tenant handle on an open transaction, for code that had to start the transaction on the raw
 * database (sign-up, accepting an invitation: the organisation is only known inside it).
 */
export function tenantTransaction(tx: Transaction, orgId: string): TenantTx {
  return { ...tenantDb(tx, orgId), inTransaction: true };
}

export type TenantDb = ReturnType<typeof tenantQueries> & {
  /** Runs `work` in one transaction, still limited to the same organisation. */
  transaction<T>(work: (tenantTx: TenantTx) => Promise<T>): Promise<T>;
};

/**
 * A TenantDb that is known to be inside a transaction. Writes that must commit together with
 * their audit row take this type (see recordAudit); a plain TenantDb lacks the mark, so it does
 * not compile there. Usable anywhere a TenantDb is.
 */
export type TenantTx = TenantDb & { readonly inTransaction: true };

function tenantQueries(db: Executor, orgId: string) {
  const owned = (table: TenantTable, where?: SQL): SQL =>
    where ? (and(eq(table.orgId, orgId), where) as SQL) : eq(table.orgId, orgId);

  return {
    orgId,

    /** The tenant's own organisation row (the tenant root, keyed by its id). */
    async organization() {
      const [row] = await db
        .select({ id: organizations.id, name: organizations.name, timeZone: organizations.timeZone })
        .from(organizations)
        .where(eq(organizations.id, orgId));
      return row;
    },

    updateOrganization(set: { name?: string; timeZone?: string }) {
      return db.update(organizations).set(set).where(eq(organizations.id, orgId));
    },

    select<TTable extends TenantTable>(table: TTable, where?: SQL) {
      const query = db.select().from(table as PgTable).where(owned(table, where)).$dynamic();
      return query as unknown as RowQuery<TTable["$inferSelect"]>;
    },

    selectFields<TFields extends SelectedFields, TTable extends TenantTable>(
      fields: TFields,
      table: TTable,
      where?: SQL,
    ) {
      const query = db.select(fields).from(table as PgTable).where(owned(table, where)).$dynamic();
      return query as unknown as FieldQuery<SelectResultFields<TFields>>;
    },

    /** Join condition that also requires the joined row to belong to the organisation. */
    joinOn(table: TenantTable, on: SQL): SQL {
      return and(eq(table.orgId, orgId), on) as SQL;
    },

    insert<TTable extends TenantTable>(
      table: TTable,
      values: Omit<TTable["$inferInsert"], "orgId"> | Omit<TTable["$inferInsert"], "orgId">[],
    ) {
      const rows = (Array.isArray(values) ? values : [values]).map((row) => ({ ...row, orgId }));
      return db.insert(table).values(rows as TTable["$inferInsert"][]);
    },

    update<TTable extends TenantTable>(
      table: TTable,
      set: Partial<Omit<TTable["$inferInsert"], "orgId" | "id">>,
      where: SQL,
    ) {
      return db
        .update(table)
        .set(set as never)
        .where(owned(table, where));
    },

    /**
     * Raw SQL for what the builder cannot say (set-based rebuilds). The statement is built from
     * the organisation's id and must filter every tenant table by it.
     */
    execute(build: (orgId: string) => SQL) {
      return db.execute(build(orgId));
    },

    delete<TTable extends TenantTable>(table: TTable, where: SQL) {
      return db.delete(table).where(owned(table, where));
    },
  };
}

/** A full-row select that can still be ordered and paged before it runs. */
export type RowQuery<Row> = Promise<Row[]> & {
  orderBy: (...columns: (PgColumn | SQL)[]) => RowQuery<Row>;
  limit: (count: number) => RowQuery<Row>;
  offset: (count: number) => RowQuery<Row>;
  /** Locks the rows read until the transaction ends (SELECT ... FOR UPDATE). */
  for: (strength: "update") => RowQuery<Row>;
};

/**
 * A select of chosen fields; inner joins must use `joinOn`. Left joins are left out on purpose:
 * their fields would be typed as never null.
 */
export type FieldQuery<Row> = Promise<Row[]> & {
  innerJoin: (table: PgTable, on: SQL) => FieldQuery<Row>;
  orderBy: (...columns: (PgColumn | SQL)[]) => FieldQuery<Row>;
  groupBy: (...columns: (PgColumn | SQL)[]) => FieldQuery<Row>;
  limit: (count: number) => FieldQuery<Row>;
  offset: (count: number) => FieldQuery<Row>;
};
