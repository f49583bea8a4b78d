ALTER TABLE "intakes" ADD COLUMN "resume_code_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "intakes_resume_code_hash_idx" ON "intakes" USING btree ("resume_code_hash");