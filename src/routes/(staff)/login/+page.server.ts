import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { auth } from '$lib/server/auth';
import * as audit from '$lib/server/audit';
import { DEVICE_COOKIE, deviceCookieOptions } from '$lib/server/auth/device-cookie';
import { clientAddress } from '$lib/server/http/client-address';
import { config, db } from '$lib/server/db';
import * as login from '$lib/server/login';
import { loginSchema, safeNext } from './schema';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/http/form-fields';
import { plural } from '$lib/clinic/words';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request, ['email', 'password'] as const);
		const email = form.email ?? '';
		const parsed = loginSchema.safeParse({ email, password: form.password });
		if (!parsed.success) {
			return fail(400, { email, errors: z.flattenError(parsed.error).fieldErrors });
		}
		const outcome = await login.attempt(
			db,
			{
				...parsed.data,
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
				return fail(400, { email, message: 'The email or password is incorrect.' });
			case 'throttled':
				event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
				return fail(429, {
					email,
					message: `Too many sign-in attempts. Please wait ${outcome.retryAfter} seconds and try again.`
				});
			case 'locked':
				event.setHeaders({ 'Retry-After': String(outcome.retryAfter) });
				return fail(429, {
					email,
					message: `Too many failed sign-ins for this account. Try again in ${waitText(outcome.retryAfter)}.`
				});
		}
	}
};

const waitText = (seconds: number) =>
	seconds < 90 ? plural(seconds, 'second') : plural(Math.ceil(seconds / 60), 'minute');
