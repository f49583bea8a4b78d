// "Forgot password": one answer whether or not the email is a staff member's (password-links.ts).
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { clientAddress } from '$lib/server/http/client-address';
import { config, db } from '$lib/server/db';
import { textFields } from '$lib/server/http/form-fields';
import * as mail from '$lib/server/mail';
import * as links from '$lib/server/password-links';
import { loginSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ canEmail: mail.isConfigured() });

const forgotSchema = loginSchema.pick({ email: true });

export const actions: Actions = {
	default: async (event) => {
		const { email = '' } = textFields(await event.request.formData(), ['email'] as const);
		if (!mail.isConfigured()) return fail(400, { email, unavailable: true });
		const parsed = forgotSchema.safeParse({ email });
		if (!parsed.success) {
			return fail(400, { email, errors: z.flattenError(parsed.error).fieldErrors });
		}
		const outcome = await links.requestByEmail(
			db,
			{
				secret: config.secret,
				ip: clientAddress(event),
				requestId: event.locals.requestId,
				mail: mail.linkMail()
			},
			parsed.data.email
		);
		if (outcome.kind === 'throttled') {
			event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
			const minutes = Math.ceil(outcome.retryAfter / 60);
			return fail(429, {
				email,
				message: `Too many requests from here. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`
			});
		}
		return { sent: true, minutes: links.LINK_MINUTES };
	}
};
