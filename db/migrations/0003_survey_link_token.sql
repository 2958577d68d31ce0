ALTER TABLE "surveys" ADD COLUMN "token" text NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "response_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_org_id_token_index" ON "surveys" USING btree ("org_id","token");