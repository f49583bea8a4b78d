import { redirect } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { auth } from '$lib/server/auth';
import * as audit from '$lib/server/audit';
import { DEVICE_COOKIE, deviceCookieOptions } from '$lib/server/auth/device-cookie';
import { clientAddress } from '$lib/server/http/client-address';
import { readForm } from '$lib/server/http/form-action';
import { config, db } from '$lib/server/db';
import * as login from '$lib/server/login';
import { loginSchema, safeNext } from './schema';
import type { Actions, PageServerLoad } from './$types';
import { plural } from '$lib/clinic/words';

const schema = zod4(loginSchema);

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { form: await superValidate<{ email: string; password: string }, string>(schema) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm<typeof loginSchema, string>(event.request, loginSchema);
		const credentials = form.data;
		form.data = { email: credentials.email, password: '' }; // the password is never sent back
		if (!form.valid) return fail(400, { form });
		const outcome = await login.attempt(
			db,
			{
				...credentials,
				ip: clientAddress(event),
				secret: config.secret,
				device: event.cookies.get(DEVICE_COOKIE),
				requestId: event.locals.requestId
			},
			(e, password) =>
				auth.api.signInEmail({ body: { email: e, password }, headers: event.request.headers })
		);
		const next = safeNext(event.url.searchParams.get('next'));
		if (outcome.kind === 'signed-in' || outcome.kind === 'two-factor') {
			event.cookies.set(DEVICE_COOKIE, outcome.deviceCookie, deviceCookieOptions(event.url));
		}
		switch (outcome.kind) {
			case 'signed-in': {
				const session = await auth.api.getSession({ headers: event.request.headers });
				await audit.record(db, {
					action: 'staff.login',
					actorId: session?.user.id,
					actorRole: session?.user.role,
					requestId: event.locals.requestId
				});
				redirect(303, next);
				break;
			}
			case 'two-factor':
				redirect(303, `/login/two-factor?next=${encodeURIComponent(next)}`);
				break;
			case 'invalid':
				return message(form, 'The email or password is incorrect.', { status: 400 });
			case 'throttled':
				event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
				return message(
					form,
					`Too many sign-in attempts. Please wait ${outcome.retryAfter} seconds and try again.`,
					{ status: 429 }
				);
			case 'locked':
				event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
				return message(
					form,
					`Too many failed sign-ins for this account. Try again in ${waitText(outcome.retryAfter)}.`,
					{ status: 429 }
				);
		}
	}
};

const waitText = (seconds: number) =>
	seconds < 90 ? plural(seconds, 'second') : plural(Math.ceil(seconds / 60), 'minute');
