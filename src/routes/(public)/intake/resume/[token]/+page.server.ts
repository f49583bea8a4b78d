import * as wizard from '$lib/server/wizard';
import * as stepPage from '$lib/wizard/step.server';
import type { PageServerLoad } from './$types';

/** The resume link: sets the resume cookie and goes on; a link that does not work says so. */
export const load: PageServerLoad = async (event) => {
	const outcome = await wizard.resumeByToken(event, event.params.token);
	if (outcome === 'resumed') stepPage.goTo('/intake');
	if (outcome === 'submitted') stepPage.goTo('/intake/submitted');
	event.setHeaders({ 'Referrer-Policy': 'no-referrer' });
	return {};
};
