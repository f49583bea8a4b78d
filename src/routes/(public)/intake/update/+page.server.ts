// The clinic asked for more information: its message, the pages to update, and the way in. The
// patient lands here from the resume link (or code) and comes back from the review page.
import { getStep, isStepId } from '$lib/intake';
import { getLocale } from '$lib/paraglide/runtime';
import * as wizard from '$lib/server/wizard';
import { localHref, pagePath } from '$lib/wizard/links';
import { reopenPages } from '$lib/server/wizard/reopen';
import * as stepPage from '$lib/server/wizard/step-page';
import { resolveTexts } from '$lib/server/wizard/texts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const intake = await wizard.currentDraft(event);
	if (!intake) stepPage.goTo('/intake/consent');
	if (!intake.reopen) stepPage.goTo(intake.status === 'draft' ? '/intake' : '/intake/submitted');
	const { reopen } = intake;
	const titleKeys = reopen.steps.filter(isStepId).map((id) => getStep(id).titleKey);
	const texts = resolveTexts(titleKeys, getLocale());
	return {
		message: reopen.message,
		steps: titleKeys.map((key) => texts[key] ?? key),
		startHref: localHref(pagePath(reopenPages(stepPage.answersOf(intake), reopen)[0]!))
	};
};
