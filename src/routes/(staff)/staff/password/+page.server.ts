import { redirect } from '@sveltejs/kit';
import { fail, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { auth } from '$lib/server/auth';
import { clientAddress } from '$lib/server/http/client-address';
import { readForm } from '$lib/server/http/form-action';
import { config, db } from '$lib/server/db';
import * as ownPassword from '$lib/server/own-password';
import type { Actions, PageServerLoad } from './$types';

const schema = zod4(ownPassword.changePasswordSchema);

export const load: PageServerLoad = async ({ locals }) => ({
	mustChange: Boolean(locals.user?.mustChangePassword),
	form: await superValidate(schema)
});

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request, ownPassword.changePasswordSchema);
		const input = form.data;
		// Passwords never travel back to the browser, whatever the outcome.
		form.data = { currentPassword: '', newPassword: '' };
		if (!form.valid) return fail(400, { form });
		const outcome = await ownPassword.change(
			{
				db,
				auth,
				secret: config.secret,
				headers: event.request.headers,
				user: event.locals.user!,
				ip: clientAddress(event),
				requestId: event.locals.requestId
			},
			input
		);
		if (outcome.kind === 'throttled') {
			event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
			const wait = `Too many attempts. Please wait ${outcome.retryAfter} seconds.`;
			return setError(form, 'currentPassword', wait, { status: 429 });
		}
		if (outcome.kind === 'wrong-password') {
			return setError(form, 'currentPassword', 'That password is not correct.');
		}
		redirect(303, '/staff/security?password=changed');
	}
};
