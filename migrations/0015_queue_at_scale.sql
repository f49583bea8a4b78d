CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_staff_id_user_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_views_staff_name_idx" ON "saved_views" USING btree ("staff_id","name");--> statement-breakpoint
CREATE INDEX "intakes_all_newest_idx" ON "intakes" USING btree ("submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"status","triage","flag_rules","contraindication_count","caution_count","us_state","assigned_to","source","search_text","phone") WHERE "intakes"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "intakes_all_priority_idx" ON "intakes" USING btree ("triage" DESC NULLS LAST,"submitted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"status","flag_rules","contraindication_count","caution_count","us_state","assigned_to","source") WHERE "intakes"."status" <> 'draft';--> statement-breakpoint
CREATE INDEX "intakes_all_activity_idx" ON "intakes" USING btree ("activity_at" DESC NULLS LAST,"id" DESC NULLS LAST,"status","assigned_to") WHERE "intakes"."status" <> 'draft';