// The clinic asked for more information: its message, the pages to update, the patient's reply to
// the message, and the way in. The patient lands here from the resume link (or code) and comes back
// from the review page (?from=review) to read the message again or change the reply. The reply is
// saved on the server when the page is sent, like a step, and goes to the clinic with the answers.
import { fail } from '@sveltejs/kit';
import { getStep, isStepId, REPLY_MAX } from '$lib/intake';
import { getLocale } from '$lib/paraglide/runtime';
import { postedForm } from '$lib/server/http/form-body';
import * as wizard from '$lib/server/wizard';
import { reopenPages } from '$lib/server/wizard/reopen';
import * as stepPage from '$lib/server/wizard/step-page';
import { resolveTexts } from '$lib/server/wizard/texts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The intake answering a request, or a redirect to where this browser belongs. */
async function reopened(event: RequestEvent) {
	const intake = await wizard.currentDraft(event);
	if (!intake) stepPage.goTo('/intake/consent');
	if (!intake.reopen) stepPage.goTo(intake.status === 'draft' ? '/intake' : '/intake/submitted');
	return { ...intake, reopen: intake.reopen };
}

const firstPage = (intake: Awaited<ReturnType<typeof reopened>>) =>
	reopenPages(stepPage.answersOf(intake), intake.reopen)[0]!;

export const load: PageServerLoad = async (event) => {
	const intake = await reopened(event);
	const { reopen } = intake;
	const titleKeys = reopen.steps.filter(isStepId).map((id) => getStep(id).titleKey);
	const texts = resolveTexts(titleKeys, getLocale());
	return {
		message: reopen.message,
		steps: titleKeys.map((key) => texts[key] ?? key),
		reply: reopen.reply ?? '',
		replyMax: REPLY_MAX,
		fromReview: event.url.searchParams.get('from') === 'review'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const intake = await reopened(event);
		const wait = wizard.stepPostThrottle(event, intake);
		if (wait !== null) stepPage.tooManyPosts(event, wait);
		const posted = (await postedForm(event.request)).get('reply');
		const outcome = await wizard.saveReply(intake, posted);
		if (outcome.kind === 'closed') stepPage.goTo('/intake/submitted');
		if (outcome.kind === 'invalid') {
			return fail(400, {
				reply: typeof posted === 'string' ? posted : '',
				error: resolveTexts([outcome.error], getLocale())[outcome.error] ?? outcome.error
			});
		}
		stepPage.goTo(event.url.searchParams.get('from') === 'review' ? 'review' : firstPage(intake));
	}
};
