CREATE TABLE "flag_reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"intake_id" uuid NOT NULL,
	"screening_id" bigint NOT NULL,
	"rule_id" text NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_overrides" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"intake_id" uuid NOT NULL,
	"screening_id" bigint,
	"to_status" "intake_status" NOT NULL,
	"rule_ids" text[] NOT NULL,
	"note_id" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "intakes_queue_name_idx";--> statement-breakpoint
DROP INDEX "intakes_name_trgm_idx";--> statement-breakpoint
DROP INDEX "intakes_phone_idx";--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "resubmitted_at" timestamp with time zone;--> statement-breakpoint
-- Until now a resubmission overwrote submitted_at: the last answered request is the resubmission,
-- and the first intake.submitted audit event the first submission.
UPDATE "intakes" SET "resubmitted_at" = r."at" FROM (SELECT "intake_id", max("answered_at") AS "at" FROM "info_requests" WHERE "answered_at" IS NOT NULL GROUP BY "intake_id") r WHERE r."intake_id" = "intakes"."id";--> statement-breakpoint
UPDATE "intakes" SET "submitted_at" = s."at" FROM (SELECT "intake_id", min("at") AS "at" FROM "audit_events" WHERE "action" = 'intake.submitted' GROUP BY "intake_id") s WHERE s."intake_id" = "intakes"."id" AND s."at" < "intakes"."submitted_at";--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "activity_at" timestamp with time zone GENERATED ALWAYS AS (coalesce("intakes"."resubmitted_at", "intakes"."submitted_at")) STORED;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "overridden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "search_text" text GENERATED ALWAYS AS (regexp_replace(lower(translate(coalesce("intakes"."first_name", '') || coalesce("intakes"."last_name", ''), 'àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆčČĉĈċĊďĎđĐèÈéÉêÊëËēĒĕĔėĖęĘěĚĝĜğĞġĠģĢĥĤħĦìÌíÍîÎïÏĩĨīĪĭĬįĮıIĵĴķĶĺĹļĻľĽŀĿłŁñÑńŃņŅňŇŉòÒóÓôÔõÕöÖøØōŌŏŎőŐœŒŕŔŗŖřŘśŚŝŜşŞšŠșȘţŢťŤŧŦțȚùÙúÚûÛüÜũŨūŪŭŬůŮűŰųŲŵŴýÝÿŸŷŶźŹżŻžŽ', 'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnnoooooooooooooooooooorrrrrrssssssssssttttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz')), '[^a-z0-9]+', '', 'g') || ' ' || regexp_replace(lower(translate(coalesce("intakes"."email", ''), 'àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆčČĉĈċĊďĎđĐèÈéÉêÊëËēĒĕĔėĖęĘěĚĝĜğĞġĠģĢĥĤħĦìÌíÍîÎïÏĩĨīĪĭĬįĮıIĵĴķĶĺĹļĻľĽŀĿłŁñÑńŃņŅňŇŉòÒóÓôÔõÕöÖøØōŌŏŎőŐœŒŕŔŗŖřŘśŚŝŜşŞšŠșȘţŢťŤŧŦțȚùÙúÚûÛüÜũŨūŪŭŬůŮűŰųŲŵŴýÝÿŸŷŶźŹżŻžŽ', 'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnnoooooooooooooooooooorrrrrrssssssssssttttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz')), '[^a-z0-9]+', '', 'g')) STORED;--> statement-breakpoint
ALTER TABLE "flag_reviews" ADD CONSTRAINT "flag_reviews_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_reviews" ADD CONSTRAINT "flag_reviews_screening_id_intake_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."intake_screenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_reviews" ADD CONSTRAINT "flag_reviews_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_overrides" ADD CONSTRAINT "intake_overrides_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_overrides" ADD CONSTRAINT "intake_overrides_screening_id_intake_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."intake_screenings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_overrides" ADD CONSTRAINT "intake_overrides_note_id_intake_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."intake_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_overrides" ADD CONSTRAINT "intake_overrides_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flag_reviews_flag_idx" ON "flag_reviews" USING btree ("screening_id","rule_id");--> statement-breakpoint
CREATE INDEX "intake_overrides_intake_idx" ON "intake_overrides" USING btree ("intake_id","id");--> statement-breakpoint
CREATE INDEX "intakes_queue_search_idx" ON "intakes" USING btree ("status","submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"search_text","phone");--> statement-breakpoint
CREATE INDEX "intakes_search_trgm_idx" ON "intakes" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "intakes_phone_trgm_idx" ON "intakes" USING gin ("phone" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "intakes_queue_activity_idx" ON "intakes" USING btree ("status","activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- So that the planner can tell common search terms from rare ones (drizzle cannot express it).
ALTER TABLE "intakes" ALTER COLUMN "search_text" SET STATISTICS 1000;
