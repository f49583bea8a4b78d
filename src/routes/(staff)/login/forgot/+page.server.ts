// "Forgot password": one answer whether or not the email is a staff member's (password-links.ts).
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { clientAddress } from '$lib/server/http/client-address';
import { readForm } from '$lib/server/http/form-action';
import { config, db } from '$lib/server/db';
import * as mail from '$lib/server/mail';
import * as links from '$lib/server/password-links';
import { plural } from '$lib/clinic/words';
import { loginSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

/** What happened to the request, beyond a field error. */
type Outcome =
	{ kind: 'sent'; minutes: number } | { kind: 'unavailable' } | { kind: 'throttled'; text: string };

const emailSchema = loginSchema.pick({ email: true });
const schema = zod4(emailSchema);

export const load: PageServerLoad = async () => ({
	canEmail: mail.isConfigured(),
	form: await superValidate<{ email: string }, Outcome>(schema)
});

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm<typeof emailSchema, Outcome>(event.request, emailSchema);
		if (!mail.isConfigured()) return message(form, { kind: 'unavailable' }, { status: 400 });
		if (!form.valid) return fail(400, { form });
		const outcome = await links.requestByEmail(
			db,
			{
				secret: config.secret,
				ip: clientAddress(event),
				requestId: event.locals.requestId,
				mail: mail.linkMail()
			},
			form.data.email
		);
		if (outcome.kind === 'throttled') {
			event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
			const wait = plural(Math.ceil(outcome.retryAfter / 60), 'minute');
			const text = `Too many requests from here. Please wait ${wait} and try again.`;
			return message(form, { kind: 'throttled', text }, { status: 429 });
		}
		return message(form, { kind: 'sent', minutes: links.LINK_MINUTES });
	}
};
