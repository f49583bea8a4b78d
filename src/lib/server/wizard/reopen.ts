// The wizard while a patient answers a clinician's request for more information: the same pages,
// but only the steps they may open (editableSteps) and the review page, in order. Where to send a
// request for any other page, what comes before and after a step, and "Step 2 of 3".
import {
	editableSteps,
	isStepComplete,
	STEP_IDS,
	type DraftAnswers,
	type ReopenedIntake,
	type StepId
} from '$lib/intake';
import type { WizardPage } from '$lib/wizard/links';

const order = (page: WizardPage) => (page === 'review' ? STEP_IDS.length : STEP_IDS.indexOf(page));

/** The pages open to the patient: the steps they may change, then the review page. */
export function reopenPages(answers: DraftAnswers, reopened: ReopenedIntake): WizardPage[] {
	return [...editableSteps(answers, reopened), 'review'];
}

/** The first open step still to do, or 'review'. */
export function reopenFirstToDo(answers: DraftAnswers, reopened: ReopenedIntake): WizardPage {
	return editableSteps(answers, reopened).find((id) => !isStepComplete(answers, id)) ?? 'review';
}

/**
 * Where to send someone who asks for `page`, or null when they may stay: a closed step goes to the
 * first open step still to do (else the first open step), and no page may be opened before the
 * earlier open steps are done.
 */
export function reopenRedirect(
	answers: DraftAnswers,
	reopened: ReopenedIntake,
	page: WizardPage
): WizardPage | null {
	const pages = reopenPages(answers, reopened);
	const todo = reopenFirstToDo(answers, reopened);
	if (!pages.includes(page)) return todo === 'review' ? pages[0]! : todo;
	return order(todo) < order(page) ? todo : null;
}

/** The open page after step `page`. */
export function reopenNext(answers: DraftAnswers, reopened: ReopenedIntake, page: StepId) {
	return reopenPages(answers, reopened).find((p) => order(p) > order(page)) ?? 'review';
}

/** The open step before `page`, or null for the first one. */
export function reopenPrevious(
	answers: DraftAnswers,
	reopened: ReopenedIntake,
	page: WizardPage
): StepId | null {
	const before = editableSteps(answers, reopened).filter((id) => order(id) < order(page));
	return before.at(-1) ?? null;
}

/** "Step `current` of `total`" over the open pages. */
export function reopenProgress(answers: DraftAnswers, reopened: ReopenedIntake, page: WizardPage) {
	const pages = reopenPages(answers, reopened);
	return { current: pages.indexOf(page) + 1, total: pages.length };
}
