import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { auth } from '$lib/server/auth';
import { clientAddress } from '$lib/server/http/client-address';
import { config, db } from '$lib/server/db';
import { textFields } from '$lib/server/http/form-fields';
import * as ownPassword from '$lib/server/own-password';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	mustChange: Boolean(locals.user?.mustChangePassword)
});

export const actions: Actions = {
	default: async (event) => {
		const values = textFields(await event.request.formData(), [
			'currentPassword',
			'newPassword'
		] as const);
		const parsed = ownPassword.changePasswordSchema.safeParse(values);
		if (!parsed.success) return fail(400, { errors: z.flattenError(parsed.error).fieldErrors });
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
			parsed.data
		);
		if (outcome.kind === 'throttled') {
			event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
			return fail(429, {
				errors: {
					currentPassword: [`Too many attempts. Please wait ${outcome.retryAfter} seconds.`]
				}
			});
		}
		if (outcome.kind === 'wrong-password') {
			return fail(400, { errors: { currentPassword: ['That password is not correct.'] } });
		}
		redirect(303, '/staff/security?password=changed');
	}
};
