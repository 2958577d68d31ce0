import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The current window of each rate limit's key (REST API keys, survey links), shared by every app
 * process on the database. Global like `login_attempts`: a key starts with the limit's name and,
 * where there is one, the organisation's id (`api-key:<orgId>:<keyId>`). A window starts with the
 * key's first request after the last one ended; ended windows are pruned now and then.
 */
export const rateLimitWindows = pgTable(
  "rate_limit_windows",
  {
    key: text().primaryKey(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    windowEnd: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull(),
  },
  (t) => [index().on(t.windowEnd)],
);
