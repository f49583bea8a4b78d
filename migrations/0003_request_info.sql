CREATE TABLE "info_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"intake_id" uuid NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"steps" text[] NOT NULL,
	"message" text NOT NULL,
	"answers_before" jsonb NOT NULL,
	"triage_before" "triage",
	"flags_before" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"triage_after" "triage",
	"flags_after" jsonb,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "info_requests" ADD CONSTRAINT "info_requests_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_requests" ADD CONSTRAINT "info_requests_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "info_requests_intake_idx" ON "info_requests" USING btree ("intake_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "info_requests_open_idx" ON "info_requests" USING btree ("intake_id") WHERE "info_requests"."answered_at" is null;