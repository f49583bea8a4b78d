import { redirect, type RequestEvent } from '@sveltejs/kit';
import { fail, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { APIError } from 'better-auth/api';
import { renderSVG } from 'uqr';
import { z } from 'zod';
import { auth } from '$lib/server/auth';
import * as audit from '$lib/server/audit';
import * as pendingTotp from '$lib/server/auth/pending-totp';
import { clientAddress } from '$lib/server/http/client-address';
import { readForm } from '$lib/server/http/form-action';
import { config, db } from '$lib/server/db';
import * as login from '$lib/server/login';
import type { Actions, PageServerLoad } from './$types';

/** Whose pending enrolment this request may see: the signed-in user, in this very session. */
const who = ({ locals }: Pick<RequestEvent, 'locals'>) => ({
	userId: locals.user!.id,
	email: locals.user!.email,
	sessionId: locals.session!.id
});

// Two forms on one page: superforms tells them apart by id.
const PASSWORD = z.object({ password: z.string().min(1, 'Enter your password.').max(128) });
const VERIFY_CODE = z.object({
	code: z
		.string()
		.trim()
		.regex(/^\d{6}$/, 'Enter the 6-digit code from your app.')
});
const passwordSchema = zod4(PASSWORD);
const verifySchema = zod4(VERIFY_CODE);
const START = { id: 'start' };
const VERIFY = { id: 'verify' };

export const load: PageServerLoad = async (event) => {
	const { locals, url, cookies } = event;
	const twoFactorEnabled = Boolean(locals.user?.twoFactorEnabled);
	// A started enrolment survives reloads: the same key, QR code and backup codes until confirmed.
	const pending = twoFactorEnabled
		? null
		: await pendingTotp.readPending(db, auth, cookies, who(event));
	return {
		twoFactorEnabled,
		passwordChanged: url.searchParams.get('password') === 'changed',
		enrolment: pending && {
			secret: pending.secret,
			qrSvg: renderSVG(pending.totpURI, { border: 2 }),
			backupCodes: pending.backupCodes
		},
		startForm: await superValidate(passwordSchema, START),
		verifyForm: await superValidate(verifySchema, VERIFY)
	};
};

export const actions: Actions = {
	start: async (event) => {
		const { request, locals } = event;
		const form = await readForm(request, PASSWORD, START.id);
		const { password } = form.data;
		form.data.password = ''; // never sent back to the browser
		if (!form.valid) return fail(400, { form });
		// A stolen session must not be able to guess the password and enrol its own authenticator:
		// the check is counted per account before it runs, and every failure is audited.
		const throttle = await login.throttlePasswordCheck(db, {
			secret: config.secret,
			userId: locals.user!.id
		});
		if (!throttle.allowed) {
			event.setHeaders({ 'Retry-After': String(throttle.retryAfter) });
			const wait = `Too many attempts. Please wait ${throttle.retryAfter} seconds and try again.`;
			return setError(form, 'password', wait, { status: 429 });
		}
		try {
			await auth.api.enableTwoFactor({
				body: { password },
				headers: request.headers
			});
		} catch (e) {
			if (!(e instanceof APIError)) throw e;
			await login.recordFailure(db, {
				userId: locals.user!.id,
				ip: clientAddress(event),
				reason: 'password-check',
				requestId: locals.requestId
			});
			return setError(form, 'password', 'That password is not correct.');
		}
		await login.forgetFailures(db, throttle.key);
		await pendingTotp.rememberPending(db, auth, event.cookies, { ...who(event), url: event.url });
		// Post, redirect, get: a reload shows the pending key again instead of posting anew.
		redirect(303, '/staff/security');
	},
	verify: async ({ request, locals, cookies }) => {
		const form = await readForm(request, VERIFY_CODE, VERIFY.id);
		if (!form.valid) return fail(400, { form });
		try {
			await auth.api.verifyTOTP({ body: { code: form.data.code }, headers: request.headers });
		} catch (e) {
			if (!(e instanceof APIError)) throw e;
			return setError(
				form,
				'code',
				'That code did not match. Enter the newest code from your app.'
			);
		}
		pendingTotp.forgetPending(cookies);
		await audit.record(db, {
			action: 'staff.two_factor_enabled',
			actorId: locals.user?.id,
			actorRole: locals.user?.role,
			requestId: locals.requestId
		});
		return { form, enabled: true };
	}
};
