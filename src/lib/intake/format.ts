// Answers as data for display (review page, clinician view, exports): message keys with params, or
// plain text the patient typed. No Svelte and no language here; the UI renders keys with `m[key]()`.
import type { AnyQuestion } from './questions';
import { isBlank } from './schema';
import { US_STATES, isUsStateCode } from './us-states';

export type FormattedAnswer =
	| { type: 'message'; key: string; params?: Record<string, string | number> }
	| { type: 'text'; text: string }
	/** A date, shown in the reader's language (April 12, 1980; 12 de abril de 1980). */
	| { type: 'date'; iso: string }
	| { type: 'list'; items: FormattedAnswer[] }
	/** One entry of a list question: its answered fields, each with its label key. */
	| { type: 'fields'; fields: { labelKey: string; value: FormattedAnswer }[] };

export const NOT_ANSWERED: FormattedAnswer = { type: 'message', key: 'review_not_answered' };

/** How to show `value`, the answer to `question`. */
export function formatAnswer(question: AnyQuestion, value: unknown): FormattedAnswer {
	if (isBlank(value)) return NOT_ANSWERED;
	switch (question.kind) {
		case 'yesNo':
		case 'choice':
		case 'consent':
			return optionLabel(question, value);
		case 'multi':
			if (!Array.isArray(value)) return text(value);
			if (value.length === 0) {
				return { type: 'message', key: question.noneLabelKey ?? 'review_none_selected' };
			}
			return { type: 'list', items: value.map((item) => optionLabel(question, item)) };
		case 'state':
			return typeof value === 'string' && isUsStateCode(value)
				? { type: 'text', text: `${US_STATES[value]} (${value})` }
				: text(value);
		case 'number':
			return question.unitKey
				? { type: 'message', key: question.unitKey, params: { value: Number(value) } }
				: text(value);
		case 'date':
			return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
				? { type: 'date', iso: value }
				: text(value);
		case 'medicationList':
		case 'followUpList':
			if (!Array.isArray(value)) return text(value);
			if (value.length === 0) return { type: 'message', key: 'review_none_listed' };
			return { type: 'list', items: value.map((entry) => formatEntry(question.item ?? [], entry)) };
		default:
			return text(value);
	}
}

function formatEntry(item: readonly AnyQuestion[], entry: unknown): FormattedAnswer {
	const values = (entry ?? {}) as Record<string, unknown>;
	const fields = item
		.filter((q) => !q.hidden && !isBlank(values[q.key]))
		.map((q) => ({ labelKey: q.labelKey, value: formatAnswer(q, values[q.key]) }));
	return { type: 'fields', fields };
}

function optionLabel(question: AnyQuestion, value: unknown): FormattedAnswer {
	const option = question.options?.find((o) => o.value === value);
	return option ? { type: 'message', key: option.labelKey } : text(value);
}

function text(value: unknown): FormattedAnswer {
	return { type: 'text', text: String(value) };
}
