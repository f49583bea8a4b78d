// A set-password link (password-links.ts). Opening it (GET) changes nothing: mail scanners open
// links too. Choosing the password (POST) uses the link, once, and ends every session of the
// account; then the staff member signs in with it, two-step verification included.
import { redirect } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { clientAddress } from '$lib/server/http/client-address';
import { readForm } from '$lib/server/http/form-action';
import { config, db } from '$lib/server/db';
import * as links from '$lib/server/password-links';
import type { Actions, PageServerLoad } from './$types';

/** Why the password was not set, beyond a field error. */
type Refusal = { kind: 'throttled'; text: string } | { kind: 'invalid' };

const schema = zod4(links.setPasswordSchema);

export const load: PageServerLoad = async (event) => ({
	// The token is in the URL: the hook's Referrer-Policy same-origin never sends it to another site.
	usable: await links.isUsable(db, event.params.token),
	minutes: links.LINK_MINUTES,
	form: await superValidate<{ newPassword: string }, Refusal>(schema)
});

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm<typeof links.setPasswordSchema, Refusal>(
			event.request,
			links.setPasswordSchema
		);
		const { newPassword } = form.data;
		form.data.newPassword = ''; // never sent back to the browser
		if (!form.valid) return fail(400, { form });
		const outcome = await links.use(
			db,
			{ secret: config.secret, ip: clientAddress(event), requestId: event.locals.requestId },
			event.params.token,
			newPassword
		);
		if (outcome.kind === 'throttled') {
			event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
			const text = 'Too many attempts from here. Please wait and try again.';
			return message(form, { kind: 'throttled', text }, { status: 429 });
		}
		if (outcome.kind === 'invalid') return message(form, { kind: 'invalid' }, { status: 400 });
		redirect(303, '/login?password=set');
	}
};
