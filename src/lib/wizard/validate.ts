// Client-side validation of a step with the SAME schema the server uses. This module pulls in zod
// and the step model, so the step page loads it lazily (on the first focus in the form, and at the
// latest on submit) to keep the first step within its 50 kB budget. It imports the step model's
// modules directly, not the $lib/intake index: that also holds the whole-intake schema, which
// checks medicines against the catalog, and the catalog has no business in the browser (the
// medication-details page gets which fields each medicine needs as data, see missingFollowUps).
import { ERROR_KEYS } from '$lib/intake/errors';
import { getStep, type StepId } from '$lib/intake/steps';
import { issuesToErrors, type FieldErrors } from './errors';
import { parseStepForm, postedRows, type FieldLike, type FormLike } from './form-data';

/** The follow-up fields asked about one medicine, as the medication-details page received them. */
export interface FollowUpFields {
	readonly fields: readonly { readonly field: string; readonly required: boolean }[];
}

/**
 * Required follow-up answers left blank, by entry position. The server checks the same with the
 * catalog matcher (followUpIssues); the browser knows which fields each entry needs from the page.
 */
export function missingFollowUps(
	entries: readonly Record<string, unknown>[],
	items: readonly FollowUpFields[]
): FieldErrors {
	const errors: FieldErrors = {};
	items.forEach((item, i) => {
		for (const { field, required } of item.fields) {
			const value = entries[i]?.[field];
			if (required && (value === undefined || value === '')) {
				errors[`entries.${i}.${field}`] = ERROR_KEYS.required;
			}
		}
	});
	return errors;
}

/**
 * Error paths of list rows point into the parsed lists, which leave blank rows out; on the page the
 * rows keep their places, so `medications.1.name` may be the row posted as `medications[2]`.
 */
export function toPostedRows(
	errors: FieldErrors,
	questions: readonly FieldLike[],
	form: FormLike
): FieldErrors {
	const posted = new Map(
		questions.filter((q) => q.item).map((q) => [q.key, postedRows(q, form).map((r) => r.index)])
	);
	const mapped: FieldErrors = {};
	for (const [path, message] of Object.entries(errors)) {
		const [list, position, ...rest] = path.split('.');
		const index = posted.get(list ?? '')?.[Number(position)];
		const key = index === undefined ? path : [list, index, ...rest].join('.');
		mapped[key] ??= message;
	}
	return mapped;
}

/** The errors of a posted step form, as the server would report them (empty when valid). */
export function validateStep(
	stepId: StepId,
	form: FormLike,
	followUps: readonly FollowUpFields[] = []
): FieldErrors {
	const step = getStep(stepId);
	const values = parseStepForm(step.questions, form);
	const result = step.schema.safeParse(values);
	const errors = result.success ? {} : issuesToErrors(result.error.issues);
	const entries = Array.isArray(values.entries)
		? (values.entries as Record<string, unknown>[])
		: [];
	const all =
		stepId === 'medication-details'
			? { ...missingFollowUps(entries, followUps), ...errors }
			: errors;
	return toPostedRows(all, step.questions, form);
}
