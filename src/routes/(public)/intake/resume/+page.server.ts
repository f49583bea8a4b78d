// Resume on another device with the email address of the draft and its short code. Failed tries
// are limited per address and per email; the answer is the same whether or not such a draft
// exists.
import { fail } from '@sveltejs/kit';
import { ERROR_KEYS } from '$lib/intake';
import { postedForm } from '$lib/server/http/form-body';
import * as wizard from '$lib/server/wizard';
import type { FieldErrors } from '$lib/wizard/errors';
import * as stepPage from '$lib/server/wizard/step-page';
import type { Actions } from './$types';

const CODE = /^[A-Za-z0-9]{8}$/;

export const actions: Actions = {
	default: async (event) => {
		const form = await postedForm(event.request);
		const email = String(form.get('email') ?? '').trim();
		const code = String(form.get('code') ?? '');
		const errors: FieldErrors = {};
		if (!email) errors.email = ERROR_KEYS.required;
		else if (!email.includes('@')) errors.email = ERROR_KEYS.invalidEmail;
		if (!code.trim()) errors.code = ERROR_KEYS.required;
		else if (!CODE.test(code.replace(/[\s-]/g, ''))) errors.code = 'wizard_resume_error_code';
		if (Object.keys(errors).length > 0)
			return fail(400, { email, errors, outcome: null, minutes: 0 });
		const outcome = await wizard.resumeByCode(event, email, code);
		if (outcome.kind === 'resumed') stepPage.goTo('/intake');
		return fail(outcome.kind === 'throttled' ? 429 : 400, {
			email,
			errors,
			outcome: outcome.kind,
			minutes: outcome.kind === 'throttled' ? outcome.minutes : 0
		});
	}
};
