DROP INDEX "intakes_status_triage_submitted_idx";--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "flag_rules" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "contraindication_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "caution_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "intakes_status_triage_priority_idx" ON "intakes" USING btree ("status","triage" DESC NULLS LAST,"submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "intakes_flag_rules_idx" ON "intakes" USING gin ("flag_rules");--> statement-breakpoint
CREATE INDEX "intakes_conditions_idx" ON "intakes" USING gin (("answers"->'conditions'->'conditions'));