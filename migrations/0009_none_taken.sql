-- Questionnaire 2026-12.3 (issue 13) asks for an explicit "I have no medicines or supplements to
-- list" (medications.noneTaken = 'yes') instead of reading two empty lists as none. Stored answers
-- from before said none with two empty lists, as the form then asked ("leave this empty if you take
-- none"): they get noneTaken = 'yes', so they read the same under the new schema. Drafts too, where
-- the patient had saved the medicines step; answers waiting in an information request likewise.
UPDATE "intakes"
SET "answers" = jsonb_set("answers", '{medications,noneTaken}', '"yes"'::jsonb)
WHERE jsonb_typeof("answers" -> 'medications') = 'object'
	AND NOT ("answers" -> 'medications' ? 'noneTaken')
	AND jsonb_typeof("answers" #> '{medications,medications}') = 'array'
	AND jsonb_typeof("answers" #> '{medications,supplements}') = 'array'
	AND jsonb_array_length("answers" #> '{medications,medications}') = 0
	AND jsonb_array_length("answers" #> '{medications,supplements}') = 0;
--> statement-breakpoint
UPDATE "info_requests"
SET "answers" = jsonb_set("answers", '{medications,noneTaken}', '"yes"'::jsonb)
WHERE jsonb_typeof("answers" -> 'medications') = 'object'
	AND NOT ("answers" -> 'medications' ? 'noneTaken')
	AND jsonb_typeof("answers" #> '{medications,medications}') = 'array'
	AND jsonb_typeof("answers" #> '{medications,supplements}') = 'array'
	AND jsonb_array_length("answers" #> '{medications,medications}') = 0
	AND jsonb_array_length("answers" #> '{medications,supplements}') = 0;
