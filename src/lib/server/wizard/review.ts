// The review page's data: the answers of the steps that apply, formatted (answer-sections.ts),
// with exactly the texts they need. Answering a clinic's request for more information, only the
// steps open to the patient are shown (the others are not theirs to change now).
import { applicableSteps, editableSteps, getStep } from '$lib/intake';
import { getLocale } from '$lib/paraglide/runtime';
import { answerSections, sectionTextKeys } from '$lib/intake/answer-sections';
import { answersOf, placeOf, type IntakeRow } from './step-page';
import { resolveTexts } from './texts';

export function reviewPageData(draft: IntakeRow | null) {
	const answers = answersOf(draft);
	const steps = draft?.reopen
		? editableSteps(answers, draft.reopen).map((id) => getStep(id))
		: applicableSteps(answers);
	const sections = answerSections(steps, answers);
	return {
		sections,
		texts: resolveTexts(sectionTextKeys(sections), getLocale()),
		progress: placeOf(draft, 'review').progress,
		reopened: Boolean(draft?.reopen),
		/** Answering a request: the patient's reply to the clinic's message so far. */
		reply: draft?.reopen?.reply ?? null
	};
}
