import * as wizard from '$lib/server/wizard';
import { getLocale } from '$lib/paraglide/runtime';
import { longDate } from '$lib/wizard/dates';
import * as stepPage from '$lib/server/wizard/step-page';
import type { PageServerLoad } from './$types';

/** "You have already sent this form": for a resume link or a step opened after sending. */
export const load: PageServerLoad = async (event) => {
	const intake = (await wizard.justSent(event)) ?? (await wizard.currentDraft(event));
	if (!intake) stepPage.goTo('/intake/consent');
	if (intake.status === 'draft' || intake.status === 'needs_info') stepPage.goTo('/intake');
	const sent = (intake.submittedAt ?? intake.updatedAt).toISOString().slice(0, 10);
	return { sentOn: longDate(sent, getLocale()) };
};
