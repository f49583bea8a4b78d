// Answers made ready to show, step by step (review page, clinician view): each shown question with
// its formatted answer (formatAnswer: message keys or the patient's own text), and the message keys
// the texts need. Built where the questionnaire model is at hand (the server), so a page that shows
// answers sends plain data and does not load the model and zod in the browser.
import { formatAnswer, type FormattedAnswer } from './format';
import type { AnyQuestion } from './questions';
import { textKey, type TextRef } from './text-ref';

interface StepLike {
	readonly id: string;
	readonly titleKey: string;
	readonly questions: readonly AnyQuestion[];
}

export interface AnswerRow {
	readonly key: string;
	readonly labelKey: string;
	readonly answer: FormattedAnswer;
	/** Medicine follow-ups: one per medicine, headed by its name. */
	readonly entries?: readonly { readonly name: string; readonly answer: FormattedAnswer }[];
}

export interface AnswerSection {
	readonly id: string;
	readonly titleKey: string;
	readonly rows: readonly AnswerRow[];
}

function row(q: AnyQuestion, value: unknown): AnswerRow {
	const base = { key: q.key, labelKey: q.labelKey, answer: formatAnswer(q, value) };
	if (q.kind !== 'followUpList' || !Array.isArray(value) || value.length === 0) return base;
	const entries = value.map((entry: Record<string, unknown>) => {
		const formatted = formatAnswer(q, [entry]);
		const fields = formatted.type === 'list' ? (formatted.items[0] ?? formatted) : formatted;
		return { name: String(entry?.name ?? ''), answer: fields };
	});
	return { ...base, entries };
}

/**
 * Every answer of `steps`, in order. Hidden fields are left out, and so are conditional questions
 * that did not apply (their answer is absent); other unanswered questions say "Not answered".
 */
export function answerSections(
	steps: readonly StepLike[],
	answers: Readonly<Record<string, unknown>>
): AnswerSection[] {
	return steps.map((step) => {
		const values = (answers[step.id] ?? {}) as Record<string, unknown>;
		const rows = step.questions
			.filter((q) => !q.hidden && !(q.when && values[q.key] === undefined))
			.map((q) => row(q, values[q.key]));
		return { id: step.id, titleKey: step.titleKey, rows };
	});
}

function keysOf(answer: FormattedAnswer): (string | TextRef)[] {
	switch (answer.type) {
		case 'message':
			// With parameters (a number and its unit), rendered as it reads: "1 day", "2 days".
			return [answer.params ? { key: answer.key, params: answer.params } : answer.key];
		case 'text':
		case 'date':
			return [];
		case 'list':
			return answer.items.flatMap(keysOf);
		case 'fields':
			return answer.fields.flatMap((f) => [f.labelKey, ...keysOf(f.value)]);
	}
}

/** The message keys needed to show these sections: titles, labels, chosen options, units. */
export function sectionTextKeys(sections: readonly AnswerSection[]): (string | TextRef)[] {
	const keys = sections.flatMap((s) => [
		s.titleKey,
		...s.rows.flatMap((r) => [
			r.labelKey,
			...keysOf(r.answer),
			...(r.entries ?? []).flatMap((e) => keysOf(e.answer))
		])
	]);
	const unique = new Map(
		keys.map((k) => [typeof k === 'string' ? k : textKey(k.key, k.params), k])
	);
	return [...unique.values()];
}
