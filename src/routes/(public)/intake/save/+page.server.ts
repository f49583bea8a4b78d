// "Save and finish later": the answers are already saved; this shows a resume link and a short code
// (once, after a POST, so a new code is not issued on every view).
import type { RequestEvent } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import * as wizard from '$lib/server/wizard';
import { longDate } from '$lib/wizard/dates';
import * as stepPage from '$lib/server/wizard/step-page';
import { localHref } from '$lib/wizard/links';
import { pagePath } from '$lib/wizard/links';
import type { Actions, PageServerLoad } from './$types';

async function activeDraft(event: RequestEvent) {
	const draft = await wizard.currentDraft(event);
	if (!draft) stepPage.goTo('/intake/consent');
	if (!wizard.isEditable(draft)) stepPage.goTo('/intake/submitted');
	return draft;
}

export const load: PageServerLoad = async (event) => {
	const draft = await activeDraft(event);
	return { continueHref: localHref(pagePath(stepPage.firstPageToDo(draft))) };
};

export const actions: Actions = {
	default: async (event) => {
		const draft = await activeDraft(event);
		const { expiresOn, ...saved } = await wizard.saveForLater(event, draft);
		return { ...saved, until: longDate(expiresOn, getLocale()), hasEmail: Boolean(draft.email) };
	}
};
