// The done page: calm next steps from the screening's patient messages, and booking once it is open.
// Shown for DONE_PASS_MINUTES after sending (wizard.ts), then never again in this browser.
import { todayIso } from '$lib/intake';
import * as wizard from '$lib/server/wizard';
import { getLocale } from '$lib/paraglide/runtime';
import { longDate } from '$lib/wizard/dates';
import * as stepPage from '$lib/server/wizard/step-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const intake = await wizard.justSent(event);
	if (!intake) {
		// Only a form in progress in this browser goes on; nothing sent is shown from a cookie
		// kept for weeks (a shared computer): after sending, only the short done pass shows it.
		const draft = await wizard.currentDraft(event);
		stepPage.goTo(draft?.reopen ? '/intake/update' : draft ? '/intake/review' : '/intake/consent');
	}
	const locale = getLocale();
	const view = await wizard.doneView(intake, locale);
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
