CREATE TABLE "feedback_segment_daily_rollups" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"day" date NOT NULL,
	"attribute" text NOT NULL,
	"value" text NOT NULL,
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
	CONSTRAINT "feedback_segment_daily_rollups_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "feedback_segment_daily_rollups_key" UNIQUE("org_id","touch_point_id","attribute","day","value")
);
--> statement-breakpoint
ALTER TABLE "feedback_segment_daily_rollups" ADD CONSTRAINT "feedback_segment_daily_rollups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_segment_daily_rollups" ADD CONSTRAINT "feedback_segment_daily_rollups_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing data: each segment attribute's value from the rollups by segment combination.
INSERT INTO "feedback_segment_daily_rollups" ("org_id", "touch_point_id", "day", "attribute", "value", "responses", "nps_n", "nps_promoters", "nps_passives", "nps_detractors", "csat_n", "csat_sum", "csat_sum_sq", "csat_top_two", "ces_n", "ces_sum", "ces_sum_sq", "ces_agree", "rating_n", "rating_sum", "rating_sum_sq", "rating_top_two", "sentiment_n", "sentiment_sum", "positive_n", "neutral_n", "negative_n", "comments_n")
SELECT r."org_id", r."touch_point_id", r."day", split_part(a.pair, '=', 1), substr(a.pair, length(split_part(a.pair, '=', 1)) + 2), sum("responses"), sum("nps_n"), sum("nps_promoters"), sum("nps_passives"), sum("nps_detractors"), sum("csat_n"), sum("csat_sum"), sum("csat_sum_sq"), sum("csat_top_two"), sum("ces_n"), sum("ces_sum"), sum("ces_sum_sq"), sum("ces_agree"), sum("rating_n"), sum("rating_sum"), sum("rating_sum_sq"), sum("rating_top_two"), sum("sentiment_n"), sum("sentiment_sum"), sum("positive_n"), sum("neutral_n"), sum("negative_n"), sum("comments_n")
FROM "feedback_daily_rollups" r CROSS JOIN LATERAL unnest(string_to_array(nullif(r."segment_key", ''), '|')) AS a(pair)
GROUP BY 1, 2, 3, 4, 5;
