CREATE TYPE "public"."screening_kind" AS ENUM('submitted', 'resubmitted', 'rescreened', 'recomputed');--> statement-breakpoint
CREATE TABLE "intake_screenings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"intake_id" uuid NOT NULL,
	"kind" "screening_kind" NOT NULL,
	"ruleset_version" text NOT NULL,
	"screened_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"result" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_screenings_intake_idx" ON "intake_screenings" USING btree ("intake_id","id");