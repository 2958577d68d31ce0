import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/** 20 attributes of 200 random characters: each one valid, together a rollup key no btree index row can hold. */
export const hugeSegment = () =>
  Object.fromEntries(
    Array.from({ length: 20 }, (_, a) => [`attribute${a}`, Array.from({ length: 200 }, () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 20_000))).join("")]),
  );

/**
 * Makes the database refuse every feedback row whose customer reference starts with "REFUSE-"
 * (SQLSTATE 22023 on customer_ref): a refusal no validation foresaw. Returns the undo.
 */
export async function refuseMarkedFeedback(db: Database): Promise<() => Promise<void>> {
  await db.execute(sql`
    create or replace function refuse_marked_feedback() returns trigger language plpgsql as $$
    begin
      if new.customer_ref like 'REFUSE-%' then raise exception 'refused for the test' using errcode = '22023', column = 'customer_ref'; end if;
      return new;
    end $$`);
  await db.execute(sql`create or replace trigger refuse_marked_feedback before insert on feedback for each row execute function refuse_marked_feedback()`);
  return async () => {
    await db.execute(sql`drop trigger refuse_marked_feedback on feedback`);
  };
}
