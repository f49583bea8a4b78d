import { redirect } from '@sveltejs/kit';
import * as wizard from '$lib/server/wizard';
import { localHref } from '$lib/wizard/links';
import { pagePath } from '$lib/wizard/links';
import * as stepPage from '$lib/server/wizard/step-page';
import type { PageServerLoad } from './$types';

/**
 * /intake: the first page still to do (consent without a form, the done page once sent, the
 * clinic's message when it asked for more information).
 */
export const load: PageServerLoad = async (event) => {
	const draft = await wizard.currentDraft(event);
	if (!draft) {
		redirect(303, localHref((await wizard.justSent(event)) ? '/intake/done' : '/intake/consent'));
	}
	if (draft.reopen) redirect(303, localHref('/intake/update'));
	if (draft.status !== 'draft') redirect(303, localHref('/intake/done'));
	redirect(303, localHref(pagePath(stepPage.firstPageToDo(draft))));
};
