// A set-password link (password-links.ts). Opening it (GET) changes nothing: mail scanners open
// links too. Choosing the password (POST) uses the link, once, and ends every session of the
// account; then the staff member signs in with it, two-step verification included.
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { clientAddress } from '$lib/server/http/client-address';
import { config, db } from '$lib/server/db';
import { textFields } from '$lib/server/http/form-fields';
import * as links from '$lib/server/password-links';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// The token is in the URL: the hook's Referrer-Policy same-origin never sends it to another site.
	return { usable: await links.isUsable(db, event.params.token), minutes: links.LINK_MINUTES };
};

export const actions: Actions = {
	default: async (event) => {
		const values = textFields(await event.request.formData(), ['newPassword'] as const);
		const parsed = links.setPasswordSchema.safeParse(values);
		if (!parsed.success) return fail(400, { errors: z.flattenError(parsed.error).fieldErrors });
		const outcome = await links.use(
			db,
			{ secret: config.secret, ip: clientAddress(event), requestId: event.locals.requestId },
			event.params.token,
			parsed.data.newPassword
		);
		if (outcome.kind === 'throttled') {
			event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
			return fail(429, { message: 'Too many attempts from here. Please wait and try again.' });
		}
		if (outcome.kind === 'invalid') return fail(400, { invalid: true });
		redirect(303, '/login?password=set');
	}
};
