// The ordered steps of the questionnaire: the single source of truth for the wizard, the review
// page, the clinician view, the CSV export and the answer schema. Step ids and question keys are
// stored data: never rename one without a migration and a new QUESTIONNAIRE_VERSION.
import { ERROR_KEYS as E } from './errors';
import { CONDITION_GROUPS, CONDITION_IDS } from './conditions';
import {
	choice,
	consent,
	date,
	email,
	list,
	longText,
	multi,
	number,
	onlyWhen,
	checkedByStep,
	optional,
	phone,
	text,
	usState,
	yesNo
} from './questions';
import { needsFollowUp } from './follow-up';
import { NAME_KEPT, needsNameCheck } from './name-check';
import { isBlank } from './schema';
import { answered } from './show-when';
import { isStepId, STEP_IDS, type StepId } from './step-ids';
import { step } from './step';
import * as v from './values';
import { LIMITS } from './values';

const consentStep = step('consent', [
	consent('privacyNotice', 'intake_consent_privacy_notice_label', 'accepted', {
		helpKey: 'intake_consent_privacy_notice_help'
	}),
	// Email and phone calls; text messages apart, as the TCPA expects (2026-12.2, issue 18).
	yesNo('contactConsent', 'intake_consent_contact_consent_label', {
		helpKey: 'intake_consent_contact_consent_help'
	}),
	yesNo('textConsent', 'intake_consent_text_consent_label', {
		helpKey: 'intake_consent_text_consent_help'
	})
]);

const about = step('about', [
	text('firstName', 'intake_about_first_name_label', { maxLength: LIMITS.name }),
	text('lastName', 'intake_about_last_name_label', { maxLength: LIMITS.name }),
	email('email', 'intake_about_email_label'),
	phone('phone', 'intake_about_phone_label', { helpKey: 'intake_about_phone_help' }),
	choice(
		'preferredContact',
		'intake_about_preferred_contact_label',
		v.PREFERRED_CONTACTS,
		'intake_contact'
	),
	date('dateOfBirth', 'intake_about_date_of_birth_label', 'birth'),
	choice('sexAtBirth', 'intake_about_sex_at_birth_label', v.SEXES_AT_BIRTH, 'intake_sex', {
		helpKey: 'intake_about_sex_at_birth_help'
	}),
	usState('state', 'intake_about_state_label', { helpKey: 'intake_about_state_help' }),
	optional(choice('heardAbout', 'intake_about_heard_about_label', v.HEARD_ABOUT, 'intake_heard'))
]);

const conditions = step(
	'conditions',
	[
		multi('conditions', 'intake_conditions_conditions_label', CONDITION_IDS, 'intake_condition', {
			helpKey: 'intake_conditions_conditions_help',
			groups: CONDITION_GROUPS.map((g) => ({
				...g,
				labelKey: `intake_condition_group_${g.id}`
			}))
		}),
		optional(
			longText('otherConditions', 'intake_conditions_other_conditions_label', {
				helpKey: 'intake_conditions_other_conditions_help'
			})
		),
		// Asked for the two use disorders only: RULEBOOK R32 is about *current* alcohol use disorder,
		// while R07 reads any history of opioid use disorder (the status is shown to the clinician).
		onlyWhen(
			answered('conditions', 'alcohol-use-disorder'),
			choice(
				'alcoholUseDisorderStatus',
				'intake_conditions_alcohol_use_disorder_status_label',
				v.DISORDER_STATUSES,
				'intake_disorder_status'
			)
		),
		onlyWhen(
			answered('conditions', 'opioid-use-disorder'),
			choice(
				'opioidUseDisorderStatus',
				'intake_conditions_opioid_use_disorder_status_label',
				v.DISORDER_STATUSES,
				'intake_disorder_status'
			)
		),
		choice('duration', 'intake_conditions_duration_label', v.CONDITION_DURATIONS, 'intake_duration')
	],
	{
		// A condition may be missing from the list, so free text alone is enough.
		check: (a, ctx) => {
			const picked = Array.isArray(a.conditions) && a.conditions.length > 0;
			if (!picked && isBlank(a.otherConditions)) {
				ctx.addIssue({ code: 'custom', path: ['conditions'], message: E.conditionsRequired });
			}
		}
	}
);

const medicationItem = [
	text('name', 'intake_medication_name_label', { helpKey: 'intake_medication_name_help' }),
	optional(
		text('dose', 'intake_medication_dose_label', {
			helpKey: 'intake_medication_dose_help',
			maxLength: 100
		})
	),
	choice('route', 'intake_medication_route_label', v.ROUTES, 'intake_route'),
	choice('status', 'intake_medication_status_label', v.MEDICATION_STATUSES, 'intake_status'),
	optional(
		text('reason', 'intake_medication_reason_label', { helpKey: 'intake_medication_reason_help' })
	),
	// Set on the medicine-details step when the patient checked the name (name-check.ts, 2026-12.3):
	// the name as first typed, when a suggested name replaced it; 'kept' when the patient kept it.
	optional(text('typedName', 'intake_medication_typed_name_label', { carried: true })),
	optional(
		choice(
			'nameChecked',
			'intake_medication_name_checked_label',
			[NAME_KEPT],
			'intake_name_checked',
			{
				carried: true
			}
		)
	)
] as const;

const medications = step(
	'medications',
	[
		list('medications', 'intake_medications_medications_label', 'medicationList', medicationItem, {
			helpKey: 'intake_medications_medications_help'
		}),
		list('supplements', 'intake_medications_supplements_label', 'medicationList', medicationItem, {
			helpKey: 'intake_medications_supplements_help'
		}),
		// Said, not assumed (2026-12.3, issue 13): two empty lists may be a page skipped by mistake.
		checkedByStep(
			consent('noneTaken', 'intake_medications_none_taken_label', 'yes', {
				helpKey: 'intake_medications_none_taken_help'
			})
		)
	],
	{
		check: (a, ctx) => {
			const listed =
				(Array.isArray(a.medications) ? a.medications.length : 0) +
				(Array.isArray(a.supplements) ? a.supplements.length : 0);
			if (listed === 0 && a.noneTaken !== 'yes') {
				ctx.addIssue({ code: 'custom', path: ['noneTaken'], message: E.noMedicinesAnswer });
			} else if (listed > 0 && a.noneTaken === 'yes') {
				ctx.addIssue({ code: 'custom', path: ['noneTaken'], message: E.noneButListed });
			}
		}
	}
);

// Which listed entry an answer of the medicine-details step is about (hidden: its list, its place).
const entryRef = [
	choice('list', 'intake_details_list_label', v.MEDICATION_LISTS, 'intake_list', { hidden: true }),
	number('index', 'intake_details_index_label', {
		min: 0,
		max: LIMITS.listEntries - 1,
		integer: true,
		hidden: true
	})
] as const;

const followUpItem = [
	...entryRef,
	// The entry's name when the details were given: catches answers left pointing at a changed list.
	optional(text('name', 'intake_medication_name_label', { hidden: true })),
	optional(
		choice('frequency', 'intake_details_frequency_label', v.FREQUENCIES, 'intake_frequency', {
			helpKey: 'intake_details_frequency_help'
		})
	),
	optional(
		date('lastDoseDate', 'intake_details_last_dose_date_label', 'past', {
			helpKey: 'intake_details_last_dose_date_help'
		})
	),
	optional(
		number('dailyAmountMg', 'intake_details_daily_amount_mg_label', {
			min: 0,
			max: 2000,
			unitKey: 'intake_unit_mg',
			helpKey: 'intake_details_daily_amount_mg_help'
		})
	),
	optional(
		number('courseDays', 'intake_details_course_days_label', {
			min: 1,
			max: 3650,
			integer: true,
			unitKey: 'intake_unit_days',
			helpKey: 'intake_details_course_days_help'
		})
	)
] as const;

// One answer to a name question (name-check.ts): the entry it is about, and the name chosen from
// those offered (or KEEP_NAME). Applied to the medicine lists when the step is saved, not kept here.
const nameCheckItem = [
	...entryRef,
	text('name', 'intake_medication_name_label', { hidden: true }),
	text('choice', 'intake_name_check_choice_label')
] as const;

const medicationDetails = step(
	'medication-details',
	[
		optional(
			list('names', 'intake_name_check_names_label', 'nameCheckList', nameCheckItem, {
				max: LIMITS.listEntries * 2,
				// Asked, never stored or shown with the answers: applied to the medicine lists on save.
				hidden: true
			})
		),
		list('entries', 'intake_details_entries_label', 'followUpList', followUpItem, {
			max: LIMITS.listEntries * 2
		})
	],
	{
		when: (draft, match) => {
			const medications = draft.medications as Parameters<typeof needsFollowUp>[0];
			return needsFollowUp(medications, match) || needsNameCheck(medications, match);
		}
	}
);

const health = step('health', [
	choice('pregnancy', 'intake_health_pregnancy_label', v.PREGNANCY, 'intake_pregnancy', {
		helpKey: 'intake_health_pregnancy_help'
	}),
	yesNo('breastfeeding', 'intake_health_breastfeeding_label'),
	multi('liver', 'intake_health_liver_label', v.LIVER_PROBLEMS, 'intake_liver', {
		helpKey: 'intake_health_liver_help',
		noneLabelKey: 'intake_option_none_of_these'
	}),
	choice('kidney', 'intake_health_kidney_label', v.KIDNEY, 'intake_kidney'),
	choice('transplant', 'intake_health_transplant_label', v.TRANSPLANT, 'intake_transplant'),
	onlyWhen(
		answered('transplant', 'other'),
		text('transplantDetails', 'intake_health_transplant_details_label')
	),
	yesNo('allergyNaltrexone', 'intake_health_allergy_naltrexone_label', {
		helpKey: 'intake_health_allergy_naltrexone_help'
	}),
	optional(
		longText('allergies', 'intake_health_allergies_label', {
			helpKey: 'intake_health_allergies_help'
		})
	),
	yesNo('opioidMisuseHistory', 'intake_health_opioid_misuse_history_label', {
		helpKey: 'intake_health_opioid_misuse_history_help'
	}),
	yesNo('opioidTreatmentCurrent', 'intake_health_opioid_treatment_current_label', {
		helpKey: 'intake_health_opioid_treatment_current_help'
	}),
	yesNo('kratomUse', 'intake_health_kratom_use_label', {
		helpKey: 'intake_health_kratom_use_help'
	}),
	number('alcoholDrinksPerWeek', 'intake_health_alcohol_drinks_per_week_label', {
		min: 0,
		max: 200,
		integer: true,
		unitKey: 'intake_unit_drinks',
		helpKey: 'intake_health_alcohol_drinks_per_week_help'
	}),
	number('alcoholMaxPerDay', 'intake_health_alcohol_max_per_day_label', {
		min: 0,
		max: 100,
		integer: true,
		unitKey: 'intake_unit_drinks'
	}),
	yesNo('alcoholUseDisorder', 'intake_health_alcohol_use_disorder_label'),
	multi('mentalHealth', 'intake_health_mental_health_label', v.MENTAL_HEALTH, 'intake_mental', {
		helpKey: 'intake_health_mental_health_help',
		noneLabelKey: 'intake_option_none_of_these'
	}),
	multi('sleep', 'intake_health_sleep_label', v.SLEEP, 'intake_sleep', {
		noneLabelKey: 'intake_option_none_of_these'
	}),
	choice(
		'procedurePlanned',
		'intake_health_procedure_planned_label',
		v.PROCEDURE_PLANNED,
		'intake_procedure',
		{ helpKey: 'intake_health_procedure_planned_help' }
	),
	onlyWhen(
		answered('procedurePlanned', 'yes'),
		date('procedureDate', 'intake_health_procedure_date_label', 'future')
	),
	yesNo('ldnCurrent', 'intake_health_ldn_current_label', {
		helpKey: 'intake_health_ldn_current_help'
	}),
	onlyWhen(
		answered('ldnCurrent', 'yes'),
		number('ldnDoseMg', 'intake_health_ldn_dose_mg_label', {
			min: 0.1,
			max: 100,
			unitKey: 'intake_unit_mg',
			helpKey: 'intake_health_ldn_dose_mg_help'
		})
	),
	onlyWhen(
		answered('ldnCurrent', 'yes'),
		optional(text('ldnPharmacy', 'intake_health_ldn_pharmacy_label'))
	),
	onlyWhen(
		answered('ldnCurrent', 'yes'),
		choice('ldnForm', 'intake_health_ldn_form_label', v.LDN_FORMS, 'intake_ldn_form')
	),
	onlyWhen(
		answered('ldnCurrent', 'yes'),
		choice('ldnFiller', 'intake_health_ldn_filler_label', v.LDN_FILLERS, 'intake_ldn_filler', {
			helpKey: 'intake_health_ldn_filler_help'
		})
	)
]);

const goals = step('goals', [
	multi('goals', 'intake_goals_goals_label', v.GOAL_IDS, 'intake_goal', {
		helpKey: 'intake_goals_goals_help',
		min: 1,
		max: v.MAX_GOALS,
		minError: E.goalsRequired,
		maxError: E.goalsMax
	}),
	onlyWhen(answered('goals', 'other'), text('goalsOther', 'intake_goals_goals_other_label')),
	consent('trialAcknowledged', 'intake_goals_trial_acknowledged_label', 'yes', {
		helpKey: 'intake_goals_trial_acknowledged_help',
		error: 'error_acknowledge_required'
	})
]);

/** The steps in order. Review is a route, not a step. */
export const steps = [
	consentStep,
	about,
	conditions,
	medications,
	medicationDetails,
	health,
	goals
] as const;

export type IntakeStep = (typeof steps)[number];

// The steps are the ids of step-ids.ts, in its order: checked when the types are, and at load.
type SameIds = IntakeStep['id'] extends StepId
	? StepId extends IntakeStep['id']
		? true
		: false
	: false;
const sameIds: SameIds = true;
if (!sameIds || steps.map((s) => s.id).join() !== STEP_IDS.join()) {
	throw new Error('steps.ts and step-ids.ts list different steps');
}

export { isStepId, STEP_IDS, type StepId };

/** The step with this id; throws for an unknown id (check with isStepId first). */
export function getStep<Id extends StepId>(id: Id): Extract<IntakeStep, { id: Id }> {
	const found = steps.find((s) => s.id === id);
	if (!found) throw new Error(`Unknown intake step: ${id}`);
	return found as Extract<IntakeStep, { id: Id }>;
}
