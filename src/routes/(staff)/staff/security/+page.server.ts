import { fail } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { renderSVG } from 'uqr';
import { z } from 'zod';
import { auth } from '$lib/server/auth';
import * as audit from '$lib/server/audit';
import { clientAddress } from '$lib/server/client-address';
import { config, db } from '$lib/server/db';
import * as login from '$lib/server/login';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	twoFactorEnabled: Boolean(locals.user?.twoFactorEnabled),
	passwordChanged: url.searchParams.get('password') === 'changed'
});

const passwordSchema = z.object({ password: z.string().min(1, 'Enter your password.').max(128) });
const verifySchema = z.object({
	code: z
		.string()
		.trim()
		.regex(/^\d{6}$/, 'Enter the 6-digit code from your app.'),
	totpURI: z.string().startsWith('otpauth://totp/').max(512)
});

/** Shown again when a code is wrong: the URI is the user's own, on a no-store page. */
const enrolment = (totpURI: string, backupCodes?: string[]) => ({
	totpURI,
	secret: new URL(totpURI).searchParams.get('secret') ?? '',
	qrSvg: renderSVG(totpURI, { border: 2 }),
	backupCodes
});

export const actions: Actions = {
	start: async (event) => {
		const { request, locals } = event;
		const parsed = passwordSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { passwordError: parsed.error.issues[0]?.message });
		// A stolen session must not be able to guess the password and enrol its own authenticator:
		// the check is counted per account before it runs, and every failure is audited.
		const throttle = await login.throttlePasswordCheck(db, {
			secret: config.secret,
			userId: locals.user!.id
		});
		if (!throttle.allowed) {
			event.setHeaders({ 'Retry-After': String(throttle.retryAfter) });
			return fail(429, {
				passwordError: `Too many attempts. Please wait ${throttle.retryAfter} seconds and try again.`
			});
		}
		try {
			const result = await auth.api.enableTwoFactor({
				body: { password: parsed.data.password },
				headers: request.headers
			});
			if (!('totpURI' in result)) return fail(500, { passwordError: 'Unexpected answer.' });
			await login.forgetFailures(db, throttle.key);
			return { enrolment: enrolment(result.totpURI, result.backupCodes) };
		} catch (e) {
			if (!(e instanceof APIError)) throw e;
			await login.recordFailure(db, {
				userId: locals.user!.id,
				ip: clientAddress(event),
				reason: 'password-check',
				requestId: locals.requestId
			});
			return fail(400, { passwordError: 'That password is not correct.' });
		}
	},
	verify: async ({ request, locals }) => {
		const parsed = verifySchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) {
			return fail(400, { passwordError: 'Start again: the enrolment form was incomplete.' });
		}
		try {
			await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: request.headers });
		} catch (e) {
			if (!(e instanceof APIError)) throw e;
			return fail(400, {
				enrolment: enrolment(parsed.data.totpURI),
				codeError: 'That code did not match. Enter the newest code from your app.'
			});
		}
		await audit.record(db, {
			action: 'staff.two_factor_enabled',
			actorId: locals.user?.id,
			actorRole: locals.user?.role,
			requestId: locals.requestId
		});
		return { enabled: true };
	}
};
