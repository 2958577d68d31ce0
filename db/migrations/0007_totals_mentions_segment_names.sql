CREATE TABLE "feedback_daily_totals" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"staff_id" uuid,
	"day" date NOT NULL,
	"responses" integer DEFAULT 0 NOT NULL,
	"nps_n" integer DEFAULT 0 NOT NULL,
	"nps_promoters" integer DEFAULT 0 NOT NULL,
	"nps_passives" integer DEFAULT 0 NOT NULL,
	"nps_detractors" integer DEFAULT 0 NOT NULL,
	"csat_n" integer DEFAULT 0 NOT NULL,
	"csat_sum" double precision DEFAULT 0 NOT NULL,
	"csat_sum_sq" double precision DEFAULT 0 NOT NULL,
	"csat_top_two" integer DEFAULT 0 NOT NULL,
	"ces_n" integer DEFAULT 0 NOT NULL,
	"ces_sum" double precision DEFAULT 0 NOT NULL,
	"ces_sum_sq" double precision DEFAULT 0 NOT NULL,
	"ces_agree" integer DEFAULT 0 NOT NULL,
	"rating_n" integer DEFAULT 0 NOT NULL,
	"rating_sum" double precision DEFAULT 0 NOT NULL,
	"rating_sum_sq" double precision DEFAULT 0 NOT NULL,
	"rating_top_two" integer DEFAULT 0 NOT NULL,
	"sentiment_n" integer DEFAULT 0 NOT NULL,
	"sentiment_sum" double precision DEFAULT 0 NOT NULL,
	"positive_n" integer DEFAULT 0 NOT NULL,
	"neutral_n" integer DEFAULT 0 NOT NULL,
	"negative_n" integer DEFAULT 0 NOT NULL,
	"comments_n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "feedback_daily_totals_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "feedback_daily_totals_key" UNIQUE NULLS NOT DISTINCT("org_id","touch_point_id","day","staff_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_segment_attributes" (
	"org_id" uuid NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "feedback_segment_attributes_org_id_touch_point_id_name_pk" PRIMARY KEY("org_id","touch_point_id","name")
);
--> statement-breakpoint
CREATE TABLE "feedback_theme_mentions" (
	"org_id" uuid NOT NULL,
	"feedback_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"staff_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_theme_mentions_org_id_feedback_id_theme_pk" PRIMARY KEY("org_id","feedback_id","theme")
);
--> statement-breakpoint
ALTER TABLE "feedback_daily_totals" ADD CONSTRAINT "feedback_daily_totals_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_daily_totals" ADD CONSTRAINT "feedback_daily_totals_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_daily_totals" ADD CONSTRAINT "feedback_daily_totals_org_id_staff_id_users_org_id_id_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_segment_attributes" ADD CONSTRAINT "feedback_segment_attributes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_segment_attributes" ADD CONSTRAINT "feedback_segment_attributes_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_theme_mentions" ADD CONSTRAINT "feedback_theme_mentions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_theme_mentions" ADD CONSTRAINT "feedback_theme_mentions_org_id_feedback_id_feedback_org_id_id_fk" FOREIGN KEY ("org_id","feedback_id") REFERENCES "public"."feedback"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_theme_mentions_org_id_theme_occurred_at_feedback_id_index" ON "feedback_theme_mentions" USING btree ("org_id","theme","occurred_at","feedback_id");--> statement-breakpoint
CREATE INDEX "feedback_org_id_occurred_at_id_index" ON "feedback" USING btree ("org_id","occurred_at","id");--> statement-breakpoint
-- Existing data: the segment-free totals from the segment rollups, the mentions from feedback.
INSERT INTO "feedback_daily_totals" ("org_id", "touch_point_id", "staff_id", "day", "responses", "nps_n", "nps_promoters", "nps_passives", "nps_detractors", "csat_n", "csat_sum", "csat_sum_sq", "csat_top_two", "ces_n", "ces_sum", "ces_sum_sq", "ces_agree", "rating_n", "rating_sum", "rating_sum_sq", "rating_top_two", "sentiment_n", "sentiment_sum", "positive_n", "neutral_n", "negative_n", "comments_n")
SELECT "org_id", "touch_point_id", "staff_id", "day", sum("responses"), sum("nps_n"), sum("nps_promoters"), sum("nps_passives"), sum("nps_detractors"), sum("csat_n"), sum("csat_sum"), sum("csat_sum_sq"), sum("csat_top_two"), sum("ces_n"), sum("ces_sum"), sum("ces_sum_sq"), sum("ces_agree"), sum("rating_n"), sum("rating_sum"), sum("rating_sum_sq"), sum("rating_top_two"), sum("sentiment_n"), sum("sentiment_sum"), sum("positive_n"), sum("neutral_n"), sum("negative_n"), sum("comments_n")
FROM "feedback_daily_rollups" GROUP BY "org_id", "touch_point_id", "staff_id", "day";
--> statement-breakpoint
INSERT INTO "feedback_theme_mentions" ("org_id", "feedback_id", "theme", "touch_point_id", "staff_id", "occurred_at")
SELECT DISTINCT f."org_id", f."id", t.theme, f."touch_point_id", f."staff_id", f."occurred_at"
FROM "feedback" f CROSS JOIN LATERAL unnest(f."themes") AS t(theme);
--> statement-breakpoint
INSERT INTO "feedback_segment_attributes" ("org_id", "touch_point_id", "name")
SELECT DISTINCT "org_id", "touch_point_id", split_part(a.pair, '=', 1)
FROM "feedback_daily_rollups" CROSS JOIN LATERAL unnest(string_to_array(nullif("segment_key", ''), '|')) AS a(pair)
WHERE split_part(a.pair, '=', 1) <> '';
