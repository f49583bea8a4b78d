// The message keys needed to show a set of answers (review page, clinician view): step titles,
// question labels and whatever formatAnswer refers to (chosen options, units, "None"), so a page
// sends only the texts it shows.
import { formatAnswer, type FormattedAnswer } from '$lib/intake';
import type { AnyQuestion } from '$lib/intake/questions';

interface StepLike {
	readonly id: string;
	readonly titleKey: string;
	readonly questions: readonly AnyQuestion[];
}

function keysOf(answer: FormattedAnswer): string[] {
	switch (answer.type) {
		case 'message':
			return [answer.key];
		case 'text':
			return [];
		case 'list':
			return answer.items.flatMap(keysOf);
		case 'fields':
			return answer.fields.flatMap((f) => [f.labelKey, ...keysOf(f.value)]);
	}
}

/** Every message key needed to show `answers` for `steps`, without duplicates. */
export function answerTextKeys(
	steps: readonly StepLike[],
	answers: Readonly<Record<string, unknown>>
): string[] {
	const keys = steps.flatMap((step) => {
		const values = (answers[step.id] ?? {}) as Record<string, unknown>;
		return [
			step.titleKey,
			...step.questions.flatMap((q) => [q.labelKey, ...keysOf(formatAnswer(q, values[q.key]))])
		];
	});
	return [...new Set(keys)];
}
