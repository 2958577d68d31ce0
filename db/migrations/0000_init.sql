CREATE TYPE "public"."assignment_status" AS ENUM('assigned', 'in_progress', 'completed');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('open', 'in_progress', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('web', 'app', 'phone', 'email', 'chat', 'in_person', 'social', 'other');--> statement-breakpoint
CREATE TYPE "public"."feedback_source" AS ENUM('survey', 'api', 'import', 'manual');--> statement-breakpoint
CREATE TYPE "public"."insight_status" AS ENUM('open', 'acknowledged', 'planned', 'resolved', 'declined');--> statement-breakpoint
CREATE TYPE "public"."journey_status" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."kpi_direction" AS ENUM('higher_is_better', 'lower_is_better');--> statement-breakpoint
CREATE TYPE "public"."kpi_kind" AS ENUM('nps', 'csat', 'ces', 'rating', 'operational');--> statement-breakpoint
CREATE TYPE "public"."recognition_source" AS ENUM('customer', 'lead', 'peer');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('director', 'team_lead', 'frontline');--> statement-breakpoint
CREATE TYPE "public"."sentiment_label" AS ENUM('positive', 'neutral', 'negative');--> statement-breakpoint
CREATE TYPE "public"."survey_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."training_category" AS ENUM('personal', 'organisational', 'professional');--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"role" "role" NOT NULL,
	"team_id" uuid,
	"token_hash" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_emails" (
	"email" text PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_members_org_id_team_id_user_id_pk" PRIMARY KEY("org_id","team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "journey_stages" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"journey_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journey_stages_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"segment" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "journey_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journeys_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "touch_points" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"journey_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"channel" "channel" NOT NULL,
	"owner_team_id" uuid,
	"is_moment_of_truth" boolean DEFAULT false NOT NULL,
	"promise" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "touch_points_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"kind" "kpi_kind" NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" "kpi_direction" DEFAULT 'higher_is_better' NOT NULL,
	"target" double precision NOT NULL,
	"warning_threshold" double precision NOT NULL,
	"min_sample_size" integer DEFAULT 30 NOT NULL,
	"case_threshold" double precision,
	"case_sla_hours" integer DEFAULT 48 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpis_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "kpis_min_sample_positive" CHECK ("kpis"."min_sample_size" >= 1)
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"team_id" uuid,
	"user_id" uuid,
	"target" double precision NOT NULL,
	"warning_threshold" double precision,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "targets_team_xor_user" CHECK (("targets"."team_id" is null) <> ("targets"."user_id" is null)),
	CONSTRAINT "targets_period_ordered" CHECK ("targets"."valid_to" is null or "targets"."valid_to" >= "targets"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"channel" "channel" NOT NULL,
	"staff_id" uuid,
	"customer_ref" text,
	"segment" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"nps_score" smallint,
	"csat_score" smallint,
	"ces_score" smallint,
	"rating" smallint,
	"comment" text,
	"sentiment" real,
	"sentiment_label" "sentiment_label",
	"themes" text[] DEFAULT '{}' NOT NULL,
	"language" text,
	"source" "feedback_source" NOT NULL,
	"idempotency_key" text,
	"body_hash" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"kpi_id" uuid,
	"staff_id" uuid,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	"source" "feedback_source" NOT NULL,
	"idempotency_key" text,
	"body_hash" text,
	"observed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"title" text NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"token_hash" text NOT NULL,
	"status" "survey_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "surveys_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"touch_point_id" uuid NOT NULL,
	"feedback_id" uuid,
	"kpi_id" uuid,
	"assignee_id" uuid,
	"opened_by" uuid,
	"reason" text NOT NULL,
	"status" "case_status" DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"resolution_note" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_assignments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" uuid,
	"due_at" timestamp with time zone,
	"status" "assignment_status" DEFAULT 'assigned' NOT NULL,
	"completed_at" timestamp with time zone,
	"score" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_assignments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_module_touch_points" (
	"org_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"touch_point_id" uuid NOT NULL,
	CONSTRAINT "training_module_touch_points_org_id_module_id_touch_point_id_pk" PRIMARY KEY("org_id","module_id","touch_point_id")
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" "training_category" NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"duration_minutes" integer DEFAULT 30 NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_modules_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "recognitions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"from_user_id" uuid,
	"feedback_id" uuid,
	"source" "recognition_source" NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recognitions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "insights" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"raised_by" uuid NOT NULL,
	"touch_point_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" "insight_status" DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insights_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_invited_by_users_org_id_id_fk" FOREIGN KEY ("org_id","invited_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_emails" ADD CONSTRAINT "login_emails_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_emails" ADD CONSTRAINT "login_emails_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_stages" ADD CONSTRAINT "journey_stages_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_stages" ADD CONSTRAINT "journey_stages_org_id_journey_id_journeys_org_id_id_fk" FOREIGN KEY ("org_id","journey_id") REFERENCES "public"."journeys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_org_id_created_by_users_org_id_id_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touch_points" ADD CONSTRAINT "touch_points_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touch_points" ADD CONSTRAINT "touch_points_org_id_journey_id_journeys_org_id_id_fk" FOREIGN KEY ("org_id","journey_id") REFERENCES "public"."journeys"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touch_points" ADD CONSTRAINT "touch_points_org_id_stage_id_journey_stages_org_id_id_fk" FOREIGN KEY ("org_id","stage_id") REFERENCES "public"."journey_stages"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touch_points" ADD CONSTRAINT "touch_points_org_id_owner_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","owner_team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_org_id_kpi_id_kpis_org_id_id_fk" FOREIGN KEY ("org_id","kpi_id") REFERENCES "public"."kpis"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_org_id_staff_id_users_org_id_id_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_org_id_kpi_id_kpis_org_id_id_fk" FOREIGN KEY ("org_id","kpi_id") REFERENCES "public"."kpis"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_org_id_staff_id_users_org_id_id_fk" FOREIGN KEY ("org_id","staff_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_feedback_id_feedback_org_id_id_fk" FOREIGN KEY ("org_id","feedback_id") REFERENCES "public"."feedback"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_kpi_id_kpis_org_id_id_fk" FOREIGN KEY ("org_id","kpi_id") REFERENCES "public"."kpis"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_assignee_id_users_org_id_id_fk" FOREIGN KEY ("org_id","assignee_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_opened_by_users_org_id_id_fk" FOREIGN KEY ("org_id","opened_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_org_id_module_id_training_modules_org_id_id_fk" FOREIGN KEY ("org_id","module_id") REFERENCES "public"."training_modules"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD CONSTRAINT "training_assignments_org_id_assigned_by_users_org_id_id_fk" FOREIGN KEY ("org_id","assigned_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module_touch_points" ADD CONSTRAINT "training_module_touch_points_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module_touch_points" ADD CONSTRAINT "training_module_touch_points_org_id_module_id_training_modules_org_id_id_fk" FOREIGN KEY ("org_id","module_id") REFERENCES "public"."training_modules"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module_touch_points" ADD CONSTRAINT "training_module_touch_points_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_org_id_from_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","from_user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_org_id_feedback_id_feedback_org_id_id_fk" FOREIGN KEY ("org_id","feedback_id") REFERENCES "public"."feedback"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_raised_by_users_org_id_id_fk" FOREIGN KEY ("org_id","raised_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_answered_by_users_org_id_id_fk" FOREIGN KEY ("org_id","answered_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_org_id_created_by_users_org_id_id_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_org_id_token_hash_index" ON "invitations" USING btree ("org_id","token_hash");--> statement-breakpoint
CREATE INDEX "login_attempts_key_at_index" ON "login_attempts" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "team_members_org_id_user_id_index" ON "team_members" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_org_id_name_index" ON "teams" USING btree ("org_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_org_id_email_index" ON "users" USING btree ("org_id","email");--> statement-breakpoint
CREATE INDEX "journey_stages_org_id_journey_id_position_index" ON "journey_stages" USING btree ("org_id","journey_id","position");--> statement-breakpoint
CREATE INDEX "touch_points_org_id_stage_id_position_index" ON "touch_points" USING btree ("org_id","stage_id","position");--> statement-breakpoint
CREATE INDEX "touch_points_org_id_owner_team_id_index" ON "touch_points" USING btree ("org_id","owner_team_id");--> statement-breakpoint
CREATE INDEX "kpis_org_id_touch_point_id_index" ON "kpis" USING btree ("org_id","touch_point_id");--> statement-breakpoint
CREATE INDEX "targets_org_id_kpi_id_index" ON "targets" USING btree ("org_id","kpi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_org_id_idempotency_key_index" ON "feedback" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "feedback_org_id_touch_point_id_occurred_at_index" ON "feedback" USING btree ("org_id","touch_point_id","occurred_at");--> statement-breakpoint
CREATE INDEX "feedback_org_id_staff_id_occurred_at_index" ON "feedback" USING btree ("org_id","staff_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_org_id_idempotency_key_index" ON "observations" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "observations_org_id_touch_point_id_observed_at_index" ON "observations" USING btree ("org_id","touch_point_id","observed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_org_id_token_hash_index" ON "surveys" USING btree ("org_id","token_hash");--> statement-breakpoint
CREATE INDEX "cases_org_id_status_due_at_index" ON "cases" USING btree ("org_id","status","due_at");--> statement-breakpoint
CREATE INDEX "cases_org_id_assignee_id_status_index" ON "cases" USING btree ("org_id","assignee_id","status");--> statement-breakpoint
CREATE INDEX "training_assignments_org_id_user_id_status_index" ON "training_assignments" USING btree ("org_id","user_id","status");--> statement-breakpoint
CREATE INDEX "training_assignments_org_id_module_id_index" ON "training_assignments" USING btree ("org_id","module_id");--> statement-breakpoint
CREATE INDEX "recognitions_org_id_user_id_created_at_index" ON "recognitions" USING btree ("org_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "insights_org_id_status_created_at_index" ON "insights" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_org_id_at_index" ON "audit_log" USING btree ("org_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_org_id_entity_type_entity_id_index" ON "audit_log" USING btree ("org_id","entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_org_id_prefix_index" ON "api_keys" USING btree ("org_id","prefix");