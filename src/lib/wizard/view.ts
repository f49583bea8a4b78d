// The questionnaire as plain data for the browser. The step model (src/lib/intake) holds zod
// schemas: importing it in the browser would add zod (~29 kB gzip) to the first step, over its 50 kB
// budget, and schemas cannot travel in page data anyway. So the server sends a view of each step:
// the same questions without their schema. A conditional question's `when` is already data
// (src/lib/intake/show-when.ts), read by the same isShown() here as on the server.
import type { AnyQuestion } from '$lib/intake/questions';
import { isShown as shownWhen, type ShowWhen } from '$lib/intake/show-when';

export type { ShowWhen };

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

/** One question as data (see the module note). */
export function toQuestionView(question: AnyQuestion): QuestionView {
	const { schema: _schema, when, item, ...rest } = question;
	return {
		...rest,
		...(item ? { item: item.map(toQuestionView) } : {}),
		...(when ? { showWhen: when } : {})
	};
}

/** A step as data for the browser. */
export function toStepView(step: StepLike): StepView {
	return {
		id: step.id,
		titleKey: step.titleKey,
		introKey: step.introKey,
		questions: step.questions.map(toQuestionView)
	};
}

/** Whether a conditional question is shown, given the answers of its step. */
export const isShown = (question: QuestionView, values: Readonly<Record<string, unknown>>) =>
	shownWhen(question.showWhen, values);

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
