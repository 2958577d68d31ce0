CREATE TYPE "public"."sentiment_source" AS ENUM('lexicon', 'model', 'label');--> statement-breakpoint
CREATE TYPE "public"."correction_source" AS ENUM('person', 'import');--> statement-breakpoint
CREATE TYPE "public"."text_job_kind" AS ENUM('train', 'rescore');--> statement-breakpoint
CREATE TYPE "public"."text_job_status" AS ENUM('queued', 'running', 'completed', 'failed');--> statement-breakpoint
CREATE TABLE "feedback_corrections" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"feedback_id" uuid NOT NULL,
	"source" "correction_source" NOT NULL,
	"corrected_by" uuid,
	"label_before" "sentiment_label",
	"label_after" "sentiment_label",
	"themes_before" text[],
	"themes_after" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_corrections_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "sentiment_models" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	"trained_by" uuid,
	"algorithm" text NOT NULL,
	"labels_per_class" jsonb NOT NULL,
	"train_count" integer NOT NULL,
	"held_out_count" integer NOT NULL,
	"feature_count" integer NOT NULL,
	"size_bytes" integer NOT NULL,
	"accuracy" real NOT NULL,
	"macro_f1" real NOT NULL,
	"confusion" jsonb NOT NULL,
	"lexicon_accuracy" real NOT NULL,
	"lexicon_macro_f1" real NOT NULL,
	"lexicon_confusion" jsonb NOT NULL,
	"beats_lexicon" boolean NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"parameters" jsonb NOT NULL,
	CONSTRAINT "sentiment_models_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "text_jobs" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text_job_kind NOT NULL,
	"status" text_job_status DEFAULT 'queued' NOT NULL,
	"requested_by" uuid,
	"model_id" uuid,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "text_jobs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "sentiment_source" "sentiment_source";--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "themes_corrected" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_corrections" ADD CONSTRAINT "feedback_corrections_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_corrections" ADD CONSTRAINT "feedback_corrections_org_id_feedback_id_feedback_org_id_id_fk" FOREIGN KEY ("org_id","feedback_id") REFERENCES "public"."feedback"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_corrections" ADD CONSTRAINT "feedback_corrections_org_id_corrected_by_users_org_id_id_fk" FOREIGN KEY ("org_id","corrected_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_models" ADD CONSTRAINT "sentiment_models_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_models" ADD CONSTRAINT "sentiment_models_org_id_trained_by_users_org_id_id_fk" FOREIGN KEY ("org_id","trained_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_jobs" ADD CONSTRAINT "text_jobs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_jobs" ADD CONSTRAINT "text_jobs_org_id_requested_by_users_org_id_id_fk" FOREIGN KEY ("org_id","requested_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_jobs" ADD CONSTRAINT "text_jobs_org_id_model_id_sentiment_models_org_id_id_fk" FOREIGN KEY ("org_id","model_id") REFERENCES "public"."sentiment_models"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_corrections_org_id_feedback_id_created_at_index" ON "feedback_corrections" USING btree ("org_id","feedback_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sentiment_models_one_active" ON "sentiment_models" USING btree ("org_id") WHERE "sentiment_models"."active";--> statement-breakpoint
CREATE INDEX "sentiment_models_org_id_trained_at_index" ON "sentiment_models" USING btree ("org_id","trained_at");--> statement-breakpoint
CREATE INDEX "text_jobs_org_id_created_at_index" ON "text_jobs" USING btree ("org_id","created_at");--> statement-breakpoint
-- Comments scored before this migration were scored by the lexicon.
UPDATE "feedback" SET "sentiment_source" = 'lexicon' WHERE "sentiment_label" IS NOT NULL;
