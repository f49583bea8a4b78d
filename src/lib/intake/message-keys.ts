// Every message key the questionnaire uses, so one test can check both catalogs contain them all.
import { PRIVACY_NOTICE_KEYS } from './consent';
import { ERROR_KEYS } from './errors';
import { NOT_ANSWERED } from './format';
import type { AnyQuestion } from './questions';
import { steps } from './steps';

/** Review wording used by formatAnswer and the review page. */
export const REVIEW_KEYS = [
	'review_none_selected',
	'review_none_listed',
	'review_edit_step',
	'review_title',
	'review_intro',
	'review_submit'
] as const;

/** Wizard wording that belongs to the questionnaire rather than to one question. */
export const WIZARD_KEYS = [
	'intake_nav_back',
	'intake_nav_next',
	'intake_nav_step_of',
	'intake_optional_marker',
	'intake_list_add_entry',
	'intake_list_remove_entry',
	'intake_list_entry_heading',
	'intake_details_item_heading',
	'intake_about_state_outside_service',
	'intake_medications_kratom_reminder'
] as const;

function questionKeys(q: AnyQuestion): string[] {
	return [
		q.labelKey,
		q.helpKey,
		q.unitKey,
		q.noneLabelKey,
		...(q.options ?? []).map((o) => o.labelKey),
		...(q.item ?? []).flatMap(questionKeys)
	].filter((key): key is string => typeof key === 'string');
}

/** All message keys the intake needs, without duplicates. */
export function intakeMessageKeys(): string[] {
	const keys = [
		...steps.flatMap((s) => [s.titleKey, s.introKey, ...s.questions.flatMap(questionKeys)]),
		...Object.values(ERROR_KEYS),
		...PRIVACY_NOTICE_KEYS,
		...REVIEW_KEYS,
		...WIZARD_KEYS,
		NOT_ANSWERED.type === 'message' ? NOT_ANSWERED.key : ''
	];
	return [...new Set(keys.filter(Boolean))];
}
