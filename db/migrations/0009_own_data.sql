CREATE TABLE "import_mappings" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"header_signature" text NOT NULL,
	"shape" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "import_mappings_signature" UNIQUE("org_id","header_signature")
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "scale_min" integer;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "scale_max" integer;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "scale_min_label" text;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "scale_max_label" text;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "top_box_from" integer;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "import_run_id" uuid;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "removable" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "removal_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "removed_by" uuid;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "removed_responses" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_org_id_saved_by_users_org_id_id_fk" FOREIGN KEY ("org_id","saved_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_org_id_import_run_id_import_runs_org_id_id_fk" FOREIGN KEY ("org_id","import_run_id") REFERENCES "public"."import_runs"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_org_id_removed_by_users_org_id_id_fk" FOREIGN KEY ("org_id","removed_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_org_id_import_run_id_index" ON "feedback" USING btree ("org_id","import_run_id");--> statement-breakpoint
-- Existing data, before the check below holds: rating KPIs were 1-5 with 4-5 as the top box.
UPDATE "kpis" SET "scale_min" = 1, "scale_max" = 5, "top_box_from" = 4 WHERE "kind" = 'rating';--> statement-breakpoint
-- A rating of 0 meant "not applicable" on the fixed 1-5 scale; on a 0-10 scale 0 is an answer, so not applicable is null.
UPDATE "feedback" SET "rating" = NULL WHERE "rating" = 0;--> statement-breakpoint
-- Imports run before this migration did not mark their responses, so they cannot be removed.
UPDATE "import_runs" SET "removable" = false;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_rating_scale" CHECK ("kpis"."kind" <> 'rating' or ("kpis"."scale_min" >= 0 and "kpis"."scale_max" > "kpis"."scale_min" and "kpis"."scale_max" <= 100 and "kpis"."top_box_from" > "kpis"."scale_min" and "kpis"."top_box_from" <= "kpis"."scale_max"));