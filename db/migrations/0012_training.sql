CREATE TYPE "public"."training_record_outcome" AS ENUM('completed', 'passed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."training_record_source" AS ENUM('assignment', 'lms_csv', 'xapi');--> statement-breakpoint
CREATE TYPE "public"."xapi_statement_state" AS ENUM('applied', 'waiting_for_course', 'waiting_for_person', 'not_a_result');--> statement-breakpoint
ALTER TYPE "public"."assignment_status" ADD VALUE 'cancelled';--> statement-breakpoint
CREATE TABLE "coaching_session_touch_points" (
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"touch_point_id" uuid NOT NULL,
	CONSTRAINT "coaching_session_touch_points_org_id_session_id_touch_point_id_pk" PRIMARY KEY("org_id","session_id","touch_point_id")
);
--> statement-breakpoint
CREATE TABLE "coaching_sessions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"coach_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"actions" text DEFAULT '' NOT NULL,
	"follow_up_on" date,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_sessions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_course_mappings" (
	"org_id" uuid NOT NULL,
	"course_id" text NOT NULL,
	"module_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_course_mappings_org_id_course_id_pk" PRIMARY KEY("org_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"outcome" "training_record_outcome" NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"score" real,
	"source" "training_record_source" NOT NULL,
	"source_ref" text NOT NULL,
	"assignment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_records_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "training_records_source_ref" UNIQUE("org_id","source","source_ref")
);
--> statement-breakpoint
CREATE TABLE "xapi_statements" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"statement" jsonb NOT NULL,
	"verb" text NOT NULL,
	"actor" text NOT NULL,
	"object_id" text NOT NULL,
	"state" "xapi_statement_state" NOT NULL,
	"record_id" uuid,
	"api_key_id" uuid,
	"stored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	CONSTRAINT "xapi_statements_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "training_assignments" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "training_assignments" ADD COLUMN "reflection" text;--> statement-breakpoint
ALTER TABLE "training_modules" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "training_modules" ADD COLUMN "team_id" uuid;--> statement-breakpoint
ALTER TABLE "training_modules" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "coaching_session_touch_points" ADD CONSTRAINT "coaching_session_touch_points_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session_touch_points" ADD CONSTRAINT "coaching_session_touch_points_org_id_session_id_coaching_sessions_org_id_id_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session_touch_points" ADD CONSTRAINT "coaching_session_touch_points_org_id_touch_point_id_touch_points_org_id_id_fk" FOREIGN KEY ("org_id","touch_point_id") REFERENCES "public"."touch_points"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_org_id_coach_id_users_org_id_id_fk" FOREIGN KEY ("org_id","coach_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_course_mappings" ADD CONSTRAINT "training_course_mappings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_course_mappings" ADD CONSTRAINT "training_course_mappings_org_id_module_id_training_modules_org_id_id_fk" FOREIGN KEY ("org_id","module_id") REFERENCES "public"."training_modules"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_org_id_module_id_training_modules_org_id_id_fk" FOREIGN KEY ("org_id","module_id") REFERENCES "public"."training_modules"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xapi_statements" ADD CONSTRAINT "xapi_statements_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xapi_statements" ADD CONSTRAINT "xapi_statements_org_id_api_key_id_api_keys_org_id_id_fk" FOREIGN KEY ("org_id","api_key_id") REFERENCES "public"."api_keys"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_session_touch_points_org_id_touch_point_id_index" ON "coaching_session_touch_points" USING btree ("org_id","touch_point_id");--> statement-breakpoint
CREATE INDEX "coaching_sessions_org_id_user_id_held_on_index" ON "coaching_sessions" USING btree ("org_id","user_id","held_on");--> statement-breakpoint
CREATE INDEX "coaching_sessions_org_id_coach_id_held_on_index" ON "coaching_sessions" USING btree ("org_id","coach_id","held_on");--> statement-breakpoint
CREATE INDEX "training_records_org_id_module_id_completed_at_index" ON "training_records" USING btree ("org_id","module_id","completed_at");--> statement-breakpoint
CREATE INDEX "training_records_org_id_user_id_completed_at_index" ON "training_records" USING btree ("org_id","user_id","completed_at");--> statement-breakpoint
CREATE INDEX "xapi_statements_org_id_state_object_id_index" ON "xapi_statements" USING btree ("org_id","state","object_id");--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_org_id_created_by_users_org_id_id_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_module_touch_points_org_id_touch_point_id_index" ON "training_module_touch_points" USING btree ("org_id","touch_point_id");--> statement-breakpoint
ALTER TABLE "training_assignments" DROP COLUMN "due_at";--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_external_id" UNIQUE("org_id","external_id");