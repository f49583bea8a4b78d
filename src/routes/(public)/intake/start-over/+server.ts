// "Start a new form": this browser lets go of the form it holds (which stays resumable by its own
// link or code until it expires) and the consent page opens. A POST, so no link can do it.
import * as wizard from '$lib/server/wizard';
import * as stepPage from '$lib/server/wizard/step-page';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	wizard.forgetDraft(event);
	stepPage.goTo('/intake/consent');
};
