ALTER TABLE "intakes" ADD COLUMN "text_consent" text;--> statement-breakpoint
-- Consent version 2026-12.2 (issue 18) asks for email/phone and for text messages apart. Before it,
-- one yes/no covered "email, phone or text message", so each stored answer carries over to both:
-- the column, and the consent step's answers (drafts and requests for more information must still
-- validate); `consent_version` keeps saying which text the patient agreed to.
UPDATE "intakes" SET "text_consent" = "contact_consent" WHERE "text_consent" IS NULL;--> statement-breakpoint
UPDATE "intakes"
SET "answers" = jsonb_set("answers", '{consent,textConsent}', "answers"->'consent'->'contactConsent')
WHERE "answers"->'consent'->>'contactConsent' IS NOT NULL
	AND "answers"->'consent'->>'textConsent' IS NULL;--> statement-breakpoint
UPDATE "info_requests"
SET "answers" = jsonb_set("answers", '{consent,textConsent}', "answers"->'consent'->'contactConsent')
WHERE "answers"->'consent'->>'contactConsent' IS NOT NULL
	AND "answers"->'consent'->>'textConsent' IS NULL;
