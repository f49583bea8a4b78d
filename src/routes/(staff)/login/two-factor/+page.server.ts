import { redirect } from '@sveltejs/kit';
import { fail, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { APIError } from 'better-auth/api';
import { auth } from '$lib/server/auth';
import * as audit from '$lib/server/audit';
import { pendingTwoFactorUser } from '$lib/server/auth/pending-two-factor';
import { clientAddress } from '$lib/server/http/client-address';
import { readForm } from '$lib/server/http/form-action';
import { config, db } from '$lib/server/db';
import * as login from '$lib/server/login';
import { safeNext, totpSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

const schema = zod4(totpSchema);

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { form: await superValidate(schema) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request, totpSchema);
		const { code } = form.data;
		form.data.code = ''; // a used or wrong code is of no use in the field again
		if (!form.valid) return fail(400, { form });
		const ip = clientAddress(event);
		const userId = await pendingTwoFactorUser(auth, event.cookies);
		// Counted before the code is checked (login.ts), so concurrent guesses cannot outrun it.
		const throttle = await login.throttleSecondFactor(db, { ip, secret: config.secret, userId });
		if (!throttle.allowed) {
			event.setHeaders({ 'Retry-After': String(throttle.retryAfter) });
			const wait = `Too many attempts. Please wait ${throttle.retryAfter} seconds and try again.`;
			return setError(form, 'code', wait, { status: 429 });
		}
		const headers = event.request.headers;
		try {
			const result = /^\d{6}$/.test(code)
				? await auth.api.verifyTOTP({ body: { code }, headers })
				: await auth.api.verifyBackupCode({ body: { code }, headers });
			await audit.record(db, {
				action: 'staff.login',
				actorId: result.user.id,
				details: { secondFactor: /^\d{6}$/.test(code) ? 'totp' : 'backup-code' },
				requestId: event.locals.requestId
			});
			await login.forgetFailures(db, throttle.key);
		} catch (e) {
			if (!(e instanceof APIError)) throw e;
			await login.recordFailure(db, {
				userId: userId ?? undefined,
				ip,
				reason: 'second-factor',
				requestId: event.locals.requestId
			});
			const wrong = 'That code did not work. Check the time on your phone and try the newest code.';
			return setError(form, 'code', wrong);
		}
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
};
