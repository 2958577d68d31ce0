CREATE TABLE "feedback_theme_daily_rollups" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"staff_id" uuid,
	"theme" text NOT NULL,
	"day" date NOT NULL,
	"mentions" integer DEFAULT 0 NOT NULL,
	"sentiment_n" integer DEFAULT 0 NOT NULL,
	"sentiment_sum" double precision DEFAULT 0 NOT NULL,
	"positive_n" integer DEFAULT 0 NOT NULL,
	"neutral_n" integer DEFAULT 0 NOT NULL,
	"negative_n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "feedback_theme_daily_rollups_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "feedback_theme_daily_rollups_key" UNIQUE NULLS NOT DISTINCT("org_id","touch_point_id","day","staff_id","theme")
);
--> statement-breakpoint
CREATE TABLE "observation_daily_rollups" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"kpi_id" uuid,
	"metric" text NOT NULL,
	"staff_id" uuid,
	"day" date NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum" double precision DEFAULT 0 NOT NULL,
	"sum_sq" double precision DEFAULT 0 NOT NULL,
	"min" double precision,
	"max" double precision,
	CONSTRAINT "observation_daily_rollups_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "observation_daily_rollups_key" UNIQUE NULLS NOT DISTINCT("org_id","touch_point_id","day","metric","kpi_id","staff_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_theme_daily_rollups" ADD CONSTRAINT "feedback_theme_daily_rollups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_theme_daily_rollups" ADD CONSTRAINT "feedback_theme_daily_rollups_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_theme_daily_rollups" ADD CONSTRAINT "feedback_theme_daily_rollups_org_id_staff_id_users_org_id_id_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_daily_rollups" ADD CONSTRAINT "observation_daily_rollups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_daily_rollups" ADD CONSTRAINT "observation_daily_rollups_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_daily_rollups" ADD CONSTRAINT "observation_daily_rollups_org_id_kpi_id_kpis_org_id_id_fk" FOREIGN KEY ("org_id","kpi_id") REFERENCES "public"."kpis"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_daily_rollups" ADD CONSTRAINT "observation_daily_rollups_org_id_staff_id_users_org_id_id_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;