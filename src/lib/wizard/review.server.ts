// The review page's data: the steps that apply (as views), the answers, and exactly the texts the
// answers need.
import { applicableSteps } from '$lib/intake';
import { getLocale } from '$lib/paraglide/runtime';
import { answerTextKeys } from './answer-keys';
import { progressOf } from './progress';
import { answersOf, type IntakeRow } from './step.server';
import { resolveTexts } from './texts.server';
import { toStepView } from './view';

export function reviewPageData(draft: IntakeRow | null) {
	const answers = answersOf(draft);
	const steps = applicableSteps(answers);
	return {
		steps: steps.map(toStepView),
		answers,
		texts: resolveTexts([...answerTextKeys(steps, answers), 'review_not_answered'], getLocale()),
		progress: progressOf(answers, 'review')
	};
}
