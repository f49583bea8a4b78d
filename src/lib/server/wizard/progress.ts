// Where a patient may be in the wizard: the first page still to do, where to send someone who
// opened a step too early (or one that does not apply to them), the previous and next pages, and
// "Step 3 of 8" (every step that may apply, plus the review page). The questionnaire decides what is
// complete (firstIncompleteStep: each step's schema, and medicine details that still fit the list).
import {
	applicableSteps,
	firstIncompleteStep,
	STEP_IDS,
	type DraftAnswers,
	type StepId
} from '$lib/intake';

import type { WizardPage } from '$lib/wizard/links';

export type { WizardPage };

/** The first applicable step still to do, or 'review' when every step is done. */
export function firstToDo(answers: DraftAnswers): WizardPage {
	return firstIncompleteStep(answers) ?? 'review';
}

const order = (page: WizardPage) => (page === 'review' ? STEP_IDS.length : STEP_IDS.indexOf(page));

/**
 * Where to send someone who asks for `page`, or null when they may stay: a step that does not apply
 * goes on to the next one to do, and no page may be opened before the earlier steps are done.
 */
export function redirectFor(answers: DraftAnswers, page: WizardPage): WizardPage | null {
	const todo = firstToDo(answers);
	const applies = page === 'review' || applicableSteps(answers).some((s) => s.id === page);
	if (!applies) return todo;
	return order(todo) < order(page) ? todo : null;
}

/** The applicable step before `page`, or null for the first step. */
export function previousPage(answers: DraftAnswers, page: WizardPage): StepId | null {
	const before = applicableSteps(answers).filter((s) => order(s.id) < order(page));
	return before.at(-1)?.id ?? null;
}

/** The applicable step after `page`, or 'review'. */
export function nextPage(answers: DraftAnswers, page: StepId): WizardPage {
	return applicableSteps(answers).find((s) => order(s.id) > order(page))?.id ?? 'review';
}

/**
 * "Step `current` of `total`" over every step that may apply plus the review page, so the count
 * never changes under the patient ("Step 4 of 7" becoming "Step 5 of 8" when the medicine details
 * page appears); a step that does not apply is passed over (4, then 6).
 */
export function progressOf(_answers: DraftAnswers, page: WizardPage) {
	return { current: order(page) + 1, total: STEP_IDS.length + 1 };
}
