CREATE TABLE "feedback_daily_rollups" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"staff_id" uuid,
	"segment_key" text DEFAULT '' NOT NULL,
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
	CONSTRAINT "feedback_daily_rollups_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "feedback_daily_rollups_key" UNIQUE NULLS NOT DISTINCT("org_id","touch_point_id","day","staff_id","segment_key")
);
--> statement-breakpoint
ALTER TABLE "feedback_daily_rollups" ADD CONSTRAINT "feedback_daily_rollups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_daily_rollups" ADD CONSTRAINT "feedback_daily_rollups_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_daily_rollups" ADD CONSTRAINT "feedback_daily_rollups_org_id_staff_id_users_org_id_id_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;