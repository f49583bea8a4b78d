-- Questionnaire 2026-12.1 (issue 12) asks whether an alcohol or opioid use disorder is now or in the
-- past (in remission): conditions.alcoholUseDisorderStatus and conditions.opioidUseDisorderStatus,
-- required when the condition is picked. Submitted answers from before get the status, so that they
-- still parse under the current schema (drafts are left alone: the wizard asks the patient).
-- Alcohol: from health.alcoholUseDisorder, which asks about a problem *now* ('no' -> in remission;
-- anything else -> current, the safe side for RULEBOOK R32). Opioids: 'current' (R07 fires on any
-- history either way, and the clinician confirms current abstinence).
UPDATE "intakes"
SET "answers" = jsonb_set(
	"answers",
	'{conditions,alcoholUseDisorderStatus}',
	CASE WHEN "answers" #>> '{health,alcoholUseDisorder}' = 'no' THEN '"remission"'::jsonb ELSE '"current"'::jsonb END
)
WHERE "status" <> 'draft'
	AND "answers" -> 'conditions' -> 'conditions' ? 'alcohol-use-disorder'
	AND NOT ("answers" -> 'conditions' ? 'alcoholUseDisorderStatus');
--> statement-breakpoint
UPDATE "intakes"
SET "answers" = jsonb_set("answers", '{conditions,opioidUseDisorderStatus}', '"current"'::jsonb)
WHERE "status" <> 'draft'
	AND "answers" -> 'conditions' -> 'conditions' ? 'opioid-use-disorder'
	AND NOT ("answers" -> 'conditions' ? 'opioidUseDisorderStatus');
--> statement-breakpoint
UPDATE "info_requests"
SET "answers" = jsonb_set(
	"answers",
	'{conditions,alcoholUseDisorderStatus}',
	CASE WHEN "answers" #>> '{health,alcoholUseDisorder}' = 'no' THEN '"remission"'::jsonb ELSE '"current"'::jsonb END
)
WHERE "answers" -> 'conditions' -> 'conditions' ? 'alcohol-use-disorder'
	AND NOT ("answers" -> 'conditions' ? 'alcoholUseDisorderStatus');
--> statement-breakpoint
UPDATE "info_requests"
SET "answers" = jsonb_set("answers", '{conditions,opioidUseDisorderStatus}', '"current"'::jsonb)
WHERE "answers" -> 'conditions' -> 'conditions' ? 'opioid-use-disorder'
	AND NOT ("answers" -> 'conditions' ? 'opioidUseDisorderStatus');
