// The review page's data: the answers of the steps that apply, formatted (answer-sections.ts),
// with exactly the texts they need.
import { applicableSteps } from '$lib/intake';
import { getLocale } from '$lib/paraglide/runtime';
import { answerSections, sectionTextKeys } from './answer-sections';
import { progressOf } from './progress';
import { answersOf, type IntakeRow } from './step.server';
import { resolveTexts } from './texts.server';

export function reviewPageData(draft: IntakeRow | null) {
	const answers = answersOf(draft);
	const sections = answerSections(applicableSteps(answers), answers);
	return {
		sections,
		texts: resolveTexts(sectionTextKeys(sections), getLocale()),
		progress: progressOf(answers, 'review')
	};
}
