CREATE TABLE "theme_journeys" (
	"org_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	CONSTRAINT "theme_journeys_org_id_theme_id_journey_id_pk" PRIMARY KEY("org_id","theme_id","journey_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_rebuilds" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"reason" text NOT NULL,
	"time_zone" text NOT NULL,
	"previous_time_zone" text,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"touch_points_total" integer DEFAULT 0 NOT NULL,
	"touch_points_done" integer DEFAULT 0 NOT NULL,
	"last_touch_point_id" uuid,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "rollup_rebuilds_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "theme_preset" text DEFAULT 'airline' NOT NULL;--> statement-breakpoint
ALTER TABLE "theme_journeys" ADD CONSTRAINT "theme_journeys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_journeys" ADD CONSTRAINT "theme_journeys_org_id_theme_id_themes_org_id_id_fk" FOREIGN KEY ("org_id","theme_id") REFERENCES "public"."themes"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_journeys" ADD CONSTRAINT "theme_journeys_org_id_journey_id_journeys_org_id_id_fk" FOREIGN KEY ("org_id","journey_id") REFERENCES "public"."journeys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_rebuilds" ADD CONSTRAINT "rollup_rebuilds_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_rebuilds" ADD CONSTRAINT "rollup_rebuilds_org_id_requested_by_users_org_id_id_fk" FOREIGN KEY ("org_id","requested_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;