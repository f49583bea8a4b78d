// The questionnaire as plain data for the browser. The step model (src/lib/intake) holds zod schemas
// and `when` functions: importing it in the browser would add zod (~29 kB gzip) to the first step,
// over its 50 kB budget, and functions cannot travel in page data anyway. So the server sends a
// view of each step: the same questions without their schema, and each `when` turned into data
// ({ key, values }: shown while the answer to `key` is one of `values`), found by asking `when`
// about every option of the step's other choice questions. A condition that cannot be expressed
// this way is left out (the question is then always shown, and the schema still decides).
import type { AnyQuestion } from '$lib/intake/questions';

export interface ShowWhen {
	readonly key: string;
	readonly values: readonly string[];
}

export type QuestionView = Omit<AnyQuestion, 'schema' | 'when' | 'item'> & {
	readonly item?: readonly QuestionView[];
	readonly showWhen?: ShowWhen;
};

export interface StepView {
	readonly id: string;
	readonly titleKey: string;
	readonly introKey: string;
	readonly questions: readonly QuestionView[];
}

interface StepLike {
	readonly id: string;
	readonly titleKey: string;
	readonly introKey: string;
	readonly questions: readonly AnyQuestion[];
}

/** `question.when` as data, or undefined when it has none or it depends on something else. */
export function conditionOf(
	question: AnyQuestion,
	siblings: readonly AnyQuestion[]
): ShowWhen | undefined {
	const when = question.when;
	if (!when || when({})) return undefined;
	for (const other of siblings) {
		if (other === question || !other.options) continue;
		const answer = (value: string) => (other.kind === 'multi' ? [value] : value);
		const values = other.options
			.map((o) => o.value)
			.filter((value) => when({ [other.key]: answer(value) }));
		if (values.length > 0) return { key: other.key, values };
	}
	return undefined;
}

/** One question as data (see the module note). */
export function toQuestionView(
	question: AnyQuestion,
	siblings: readonly AnyQuestion[] = []
): QuestionView {
	const { schema: _schema, when: _when, item, ...rest } = question;
	const showWhen = conditionOf(question, siblings);
	return {
		...rest,
		...(item ? { item: item.map((q) => toQuestionView(q, item)) } : {}),
		...(showWhen ? { showWhen } : {})
	};
}

/** A step as data for the browser. */
export function toStepView(step: StepLike): StepView {
	return {
		id: step.id,
		titleKey: step.titleKey,
		introKey: step.introKey,
		questions: step.questions.map((q) => toQuestionView(q, step.questions))
	};
}

/** Whether a conditional question is shown, given the answers of its step. */
export function isShown(question: QuestionView, values: Readonly<Record<string, unknown>>) {
	if (!question.showWhen) return true;
	const { key, values: wanted } = question.showWhen;
	const answer = values[key];
	const given = Array.isArray(answer) ? answer : [answer];
	return given.some((v) => typeof v === 'string' && wanted.includes(v));
}

/** Every message key the questions use: labels, help, options, groups, "None of these", units. */
export function questionTextKeys(questions: readonly QuestionView[]): string[] {
	return questions.flatMap((q) => [
		q.labelKey,
		...(q.helpKey ? [q.helpKey] : []),
		...(q.noneLabelKey ? [q.noneLabelKey] : []),
		...(q.unitKey ? [q.unitKey] : []),
		...(q.options ?? []).map((o) => o.labelKey),
		...(q.groups ?? []).map((g) => g.labelKey),
		...questionTextKeys(q.item ?? [])
	]);
}
