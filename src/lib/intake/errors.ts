// Validation messages are Paraglide message KEYS, not English: every zod issue's `message` is a key
// such as 'error_required', and the UI renders `m[issue.message]()` in the patient's language.
// errors.spec.ts checks that every key below exists in both catalogs.

export const ERROR_KEYS = {
	required: 'error_required',
	invalidChoice: 'error_invalid_choice',
	invalidText: 'error_invalid_text',
	tooLong: 'error_too_long',
	invalidEmail: 'error_invalid_email',
	invalidPhone: 'error_invalid_phone',
	invalidDate: 'error_invalid_date',
	dateInFuture: 'error_date_in_future',
	dateInPast: 'error_date_in_past',
	dateOfBirthImplausible: 'error_date_of_birth_implausible',
	dateYearDigits: 'error_date_year_digits',
	dateImplausible: 'error_date_implausible',
	invalidNumber: 'error_invalid_number',
	wholeNumber: 'error_whole_number',
	numberTooSmall: 'error_number_too_small',
	numberTooLarge: 'error_number_too_large',
	tooManyItems: 'error_too_many_items',
	duplicateChoice: 'error_duplicate_choice',
	consentRequired: 'error_consent_required',
	acknowledgeRequired: 'error_acknowledge_required',
	conditionsRequired: 'error_conditions_required',
	goalsRequired: 'error_goals_required',
	goalsMax: 'error_goals_max',
	followUpMismatch: 'error_follow_up_mismatch',
	noMedicinesAnswer: 'error_no_medicines_answer',
	noneButListed: 'error_none_but_listed'
} as const;

export type ErrorKey = (typeof ERROR_KEYS)[keyof typeof ERROR_KEYS];

/** A zod `error` option: 'error_required' when the value is missing, otherwise `invalid`. */
export function requiredOr(invalid: ErrorKey) {
	return (issue: { input?: unknown }) =>
		issue.input === undefined || issue.input === null || issue.input === ''
			? ERROR_KEYS.required
			: invalid;
}
