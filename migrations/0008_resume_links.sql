ALTER TABLE "intakes" ADD COLUMN "resume_link_hash" text;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "resume_link_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "resume_code_expires_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "intakes_resume_link_hash_idx" ON "intakes" USING btree ("resume_link_hash");--> statement-breakpoint
-- Links sent before this migration carry the cookie token: they keep working once, for 30 days.
UPDATE "intakes" SET "resume_link_hash" = "resume_token_hash", "resume_link_expires_at" = "updated_at" + interval '30 days', "resume_code_expires_at" = CASE WHEN "resume_code_hash" IS NOT NULL THEN "updated_at" + interval '30 days' END WHERE "status" IN ('draft', 'needs_info');--> statement-breakpoint
-- A sent intake keeps no resume secret (a shared computer must not reopen it).
UPDATE "intakes" SET "resume_token_hash" = NULL, "resume_code_hash" = NULL WHERE "status" NOT IN ('draft', 'needs_info');
