CREATE TYPE "public"."case_assignee_rule" AS ENUM('served_staff', 'team_lead', 'named_person');--> statement-breakpoint
CREATE TYPE "public"."case_event_kind" AS ENUM('opened', 'note', 'assigned', 'status', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."email_state" AS ENUM('pending', 'sent', 'kept', 'failed');--> statement-breakpoint
CREATE TYPE "public"."insight_category" AS ENUM('policy', 'process', 'product', 'tools', 'staffing', 'communication', 'other');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('case_assigned', 'case_overdue', 'training_due', 'training_overdue', 'kudos_received', 'insight_answered', 'webhook_disabled', 'digest');--> statement-breakpoint
CREATE TYPE "public"."sla_clock" AS ENUM('calendar', 'business');--> statement-breakpoint
CREATE TYPE "public"."webhook_delivery_state" AS ENUM('pending', 'delivered', 'failed');--> statement-breakpoint
ALTER TYPE "public"."recognition_source" ADD VALUE 'director';--> statement-breakpoint
CREATE TABLE "case_events" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "case_event_kind" NOT NULL,
	"actor_id" uuid,
	"note" text,
	"from_status" "case_status",
	"to_status" "case_status",
	"assignee_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_rule_runs" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rule_id" uuid NOT NULL,
	"from_day" text NOT NULL,
	"to_day" text NOT NULL,
	"responses" integer DEFAULT 0 NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_rule_runs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_rules" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"touch_point_id" uuid,
	"kpi_id" uuid,
	"score_at_most" real,
	"on_negative_sentiment" boolean DEFAULT false NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"first_action_hours" real NOT NULL,
	"resolution_hours" real NOT NULL,
	"clock" "sla_clock" DEFAULT 'calendar' NOT NULL,
	"assignee_rule" "case_assignee_rule" NOT NULL,
	"assignee_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_rules_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "insight_supports" (
	"org_id" uuid NOT NULL,
	"insight_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insight_supports_org_id_insight_id_user_id_pk" PRIMARY KEY("org_id","insight_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"kind" "notification_kind" NOT NULL,
	"state" "email_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"email" boolean NOT NULL,
	CONSTRAINT "notification_preferences_org_id_user_id_kind_pk" PRIMARY KEY("org_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"href" text,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "notifications_once" UNIQUE("org_id","user_id","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "scheduled_runs" (
	"job" text NOT NULL,
	"period_key" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"result" jsonb,
	CONSTRAINT "scheduled_runs_job_period_key_pk" PRIMARY KEY("job","period_key")
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"delivery_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"status" integer,
	"error" text,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_attempts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" "webhook_delivery_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_status" integer,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"replay_of" uuid,
	"test" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"event_types" text[] NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_secret_expires_at" timestamp with time zone,
	"enabled" boolean DEFAULT true NOT NULL,
	"disabled_at" timestamp with time zone,
	"disabled_reason" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_endpoints_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_org_id_feedback_id_feedback_org_id_id_fk";
--> statement-breakpoint
ALTER TABLE "recognitions" DROP CONSTRAINT "recognitions_org_id_feedback_id_feedback_org_id_id_fk";
--> statement-breakpoint
ALTER TABLE "insights" DROP CONSTRAINT "insights_org_id_touch_point_id_touch_points_org_id_id_fk";
--> statement-breakpoint
ALTER TABLE "insights" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "insights" ALTER COLUMN "status" SET DEFAULT 'new'::text;--> statement-breakpoint
UPDATE "insights" SET "status" = CASE "status" WHEN 'open' THEN 'new' WHEN 'acknowledged' THEN 'under_review' WHEN 'planned' THEN 'under_review' WHEN 'resolved' THEN 'changed' WHEN 'declined' THEN 'wont_change' ELSE "status" END;--> statement-breakpoint
DROP TYPE "public"."insight_status";--> statement-breakpoint
CREATE TYPE "public"."insight_status" AS ENUM('new', 'under_review', 'changed', 'wont_change');--> statement-breakpoint
ALTER TABLE "insights" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."insight_status";--> statement-breakpoint
ALTER TABLE "insights" ALTER COLUMN "status" SET DATA TYPE "public"."insight_status" USING "status"::"public"."insight_status";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "business_hours" jsonb DEFAULT '{"days":[1,2,3,4,5],"start":"09:00","end":"17:00"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "rule_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_action_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_action_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "overdue_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recognitions" ADD COLUMN "touch_point_id" uuid;--> statement-breakpoint
ALTER TABLE "insights" ADD COLUMN "stage_id" uuid;--> statement-breakpoint
ALTER TABLE "insights" ADD COLUMN "category" "insight_category" DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "insights" ADD COLUMN "changed_on" date;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_org_id_case_id_cases_org_id_id_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."cases"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_org_id_actor_id_users_org_id_id_fk" FOREIGN KEY ("org_id","actor_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_org_id_assignee_id_users_org_id_id_fk" FOREIGN KEY ("org_id","assignee_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rule_runs" ADD CONSTRAINT "case_rule_runs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rule_runs" ADD CONSTRAINT "case_rule_runs_org_id_rule_id_case_rules_org_id_id_fk" FOREIGN KEY ("org_id","rule_id") REFERENCES "public"."case_rules"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rule_runs" ADD CONSTRAINT "case_rule_runs_org_id_started_by_users_org_id_id_fk" FOREIGN KEY ("org_id","started_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rules" ADD CONSTRAINT "case_rules_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rules" ADD CONSTRAINT "case_rules_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rules" ADD CONSTRAINT "case_rules_org_id_kpi_id_kpis_org_id_id_fk" FOREIGN KEY ("org_id","kpi_id") REFERENCES "public"."kpis"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rules" ADD CONSTRAINT "case_rules_org_id_assignee_id_users_org_id_id_fk" FOREIGN KEY ("org_id","assignee_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rules" ADD CONSTRAINT "case_rules_org_id_created_by_users_org_id_id_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_supports" ADD CONSTRAINT "insight_supports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_supports" ADD CONSTRAINT "insight_supports_org_id_insight_id_insights_org_id_id_fk" FOREIGN KEY ("org_id","insight_id") REFERENCES "public"."insights"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_supports" ADD CONSTRAINT "insight_supports_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_org_id_delivery_id_webhook_deliveries_org_id_id_fk" FOREIGN KEY ("org_id","delivery_id") REFERENCES "public"."webhook_deliveries"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_org_id_endpoint_id_webhook_endpoints_org_id_id_fk" FOREIGN KEY ("org_id","endpoint_id") REFERENCES "public"."webhook_endpoints"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_org_id_created_by_users_org_id_id_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_org_id_case_id_created_at_index" ON "case_events" USING btree ("org_id","case_id","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_state_created_at_index" ON "email_outbox" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_org_id_created_at_index" ON "email_outbox" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_org_id_user_id_created_at_index" ON "notifications" USING btree ("org_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_attempts_org_id_delivery_id_index" ON "webhook_attempts" USING btree ("org_id","delivery_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_state_next_attempt_at_index" ON "webhook_deliveries" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_org_id_endpoint_id_created_at_index" ON "webhook_deliveries" USING btree ("org_id","endpoint_id","created_at");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_rule_id_case_rules_org_id_id_fk" FOREIGN KEY ("org_id","rule_id") REFERENCES "public"."case_rules"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_feedback_id_feedback_org_id_id_fk" FOREIGN KEY ("org_id","feedback_id") REFERENCES "public"."feedback"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_org_id_feedback_id_feedback_org_id_id_fk" FOREIGN KEY ("org_id","feedback_id") REFERENCES "public"."feedback"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_stage_id_journey_stages_org_id_id_fk" FOREIGN KEY ("org_id","stage_id") REFERENCES "public"."journey_stages"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_org_id_created_at_index" ON "cases" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "recognitions_org_id_created_at_index" ON "recognitions" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "insights_org_id_touch_point_id_index" ON "insights" USING btree ("org_id","touch_point_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_one_per_response" UNIQUE("org_id","feedback_id");--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_one_per_response" UNIQUE("org_id","feedback_id");