// Every step of the intake, from the questionnaire model: one load and one action. A valid post is
// saved and answered with 303 to the next applicable step (PRG), so the wizard works without
// JavaScript; an invalid one gets 400 with the posted values and field errors.
import { error, fail } from '@sveltejs/kit';
import { getStep, type StepId } from '$lib/intake';
import { postedForm } from '$lib/server/http/form-body';
import * as wizard from '$lib/server/wizard';
import { hasErrors, withoutErrors } from '$lib/wizard/errors';
import { ADD_ROW, SWITCH_LANGUAGE, rowsOutOfRange } from '$lib/wizard/form-data';
import * as stepPage from '$lib/server/wizard/step-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const step = getStep(event.params.step as StepId);
	const draft = await stepPage.draftFor(event, step.id);
	wizard.countFunnel(step.id, 'viewed', draft);
	return stepPage.stepPageData(step, draft);
};

export const actions: Actions = {
	default: async (event) => {
		const step = getStep(event.params.step as StepId);
		const draft = await stepPage.draftFor(event, step.id);
		const wait = wizard.stepPostThrottle(event, draft);
		if (wait !== null) stepPage.tooManyPosts(event, wait);
		const form = await postedForm(event.request);
		if (rowsOutOfRange(step.questions, form))
			error(400, 'This form has rows no page of ours sends.');
		const addTo = form.get(ADD_ROW);
		if (typeof addTo === 'string') return stepPage.withExtraRow(step, form, addTo);
		if (form.has(SWITCH_LANGUAGE)) return stepPage.unsaved(step, form);
		const later = form.get('intent') === 'later';
		if (!draft && step.id === 'consent' && wizard.isHoneypotTripped(form)) stepPage.goTo('/');
		const { values, data, errors } = await stepPage.checkStep(
			step,
			form,
			stepPage.answersOf(draft)
		);
		if (hasErrors(errors)) {
			if (later && draft) {
				// "Save and finish later" on an unfinished page keeps what is valid of it.
				const { values: kept, also } = stepPage.toSave(
					step.id,
					withoutErrors(values, errors),
					stepPage.answersOf(draft)
				);
				await wizard.saveStep(event, draft, step.id, kept, also);
				stepPage.goTo('/intake/save');
			}
			return fail(400, { values, errors, rows: undefined, focus: undefined });
		}
		const answers = await stepPage.saveValidStep(event, step, data, draft);
		wizard.countFunnel(step.id, 'completed', draft);
		if (later) stepPage.goTo('/intake/save');
		stepPage.afterSave(answers, step.id, event.url, draft);
	}
};
