// A resume link. Opening it (GET) changes nothing: mail scanners open links too, and a browser
// holding another form in progress asks first. "Continue my form" (POST) uses the link, once.
import { fail } from '@sveltejs/kit';
import * as wizard from '$lib/server/wizard';
import * as stepPage from '$lib/server/wizard/step-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	return { link: await wizard.resumeLinkState(event, event.params.token) };
};

export const actions: Actions = {
	default: async (event) => {
		const outcome = await wizard.useResumeLink(event, event.params.token);
		if (outcome === 'resumed') stepPage.goTo('/intake');
		return fail(400, { used: true });
	}
};
