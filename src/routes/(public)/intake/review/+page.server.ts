// The review page: every answer by step, each step with a "Change" link; opening it with a step
// still to do goes to that step. Submitting validates the whole intake, screens it and stores it
// once, however often it is sent (double click, retry, two tabs).
import { error } from '@sveltejs/kit';
import { postedForm } from '$lib/server/http/form-body';
import * as wizard from '$lib/server/wizard';
import * as review from '$lib/server/wizard/review';
import * as stepPage from '$lib/server/wizard/step-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const draft = await stepPage.draftFor(event, 'review');
	wizard.countFunnel('review', 'viewed', draft);
	return review.reviewPageData(draft);
};

export const actions: Actions = {
	default: async (event) => {
		const draft = await wizard.currentDraft(event);
		// Sent already from this browser (a late second click): the done page again.
		if (!draft) stepPage.goTo((await wizard.justSent(event)) ? '/intake/done' : '/intake/consent');
		if (wizard.isHoneypotTripped(await postedForm(event.request))) stepPage.goTo('/intake/review');
		const outcome = await wizard.submitDraft(event, draft);
		switch (outcome.kind) {
			case 'submitted':
				wizard.countFunnel('review', 'completed', draft);
				return stepPage.goTo('/intake/done');
			case 'already-submitted':
				return stepPage.goTo('/intake/done');
			case 'incomplete':
				return stepPage.goTo(outcome.step);
			case 'throttled':
				error(429, 'Too many forms sent from this network.');
				break;
			case 'not-found':
				return stepPage.goTo('/intake/consent');
		}
	}
};
