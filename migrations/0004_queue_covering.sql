DROP INDEX "intakes_status_submitted_idx";--> statement-breakpoint
DROP INDEX "intakes_status_triage_priority_idx";--> statement-breakpoint
DROP INDEX "intakes_name_trgm_idx";--> statement-breakpoint
DROP INDEX "intakes_phone_idx";--> statement-breakpoint
CREATE INDEX "intakes_queue_newest_idx" ON "intakes" USING btree ("status","submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"triage","flag_rules","contraindication_count","caution_count","us_state","assigned_to","source");--> statement-breakpoint
CREATE INDEX "intakes_queue_priority_idx" ON "intakes" USING btree ("status","triage" DESC NULLS LAST,"submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"flag_rules","contraindication_count","caution_count","us_state","assigned_to","source");--> statement-breakpoint
CREATE INDEX "intakes_queue_state_idx" ON "intakes" USING btree ("status","us_state","submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"triage");--> statement-breakpoint
CREATE INDEX "intakes_queue_name_idx" ON "intakes" USING btree ("status","submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"first_name","last_name",lower(coalesce("first_name", '') || ' ' || coalesce("last_name", '')));--> statement-breakpoint
CREATE INDEX "intakes_name_trgm_idx" ON "intakes" USING gin (lower(coalesce("first_name", '') || ' ' || coalesce("last_name", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "intakes_phone_idx" ON "intakes" USING btree ("phone","status","submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER INDEX "intakes_queue_name_idx" ALTER COLUMN 6 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "intakes_name_trgm_idx" ALTER COLUMN 1 SET STATISTICS 1000;
