// The done page: calm next steps from the screening's patient messages, and booking once it is open.
import { todayIso } from '$lib/intake';
import * as wizard from '$lib/server/wizard';
import { getLocale } from '$lib/paraglide/runtime';
import { longDate } from '$lib/wizard/dates';
import * as stepPage from '$lib/wizard/step.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const intake = await wizard.currentDraft(event);
	if (!intake) stepPage.goTo('/intake/consent');
	if (intake.reopen) stepPage.goTo('/intake/update');
	if (intake.status === 'draft') stepPage.goTo('/intake/review');
	const locale = getLocale();
	const view = wizard.doneView(event, intake, locale);
	return {
		messages: view.messages,
		keepMedicines: view.keepMedicines,
		bookingUrl: view.bookingUrl,
		bookFrom:
			view.eligibleFrom && view.eligibleFrom > todayIso()
				? longDate(view.eligibleFrom, locale)
				: null
	};
};
