// The cookies' flags as designed: every cookie HttpOnly, SameSite=Lax (Strict for the staff
// device and pending two-step cookies, which only their own pages read), and Secure (with the
// __Secure- prefix for better-auth's) whenever the site is served over https. The browser tests run
// on http and check the rest (tests/e2e/privacy.e2e.ts); this checks the https side.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/client';
import { createAuth } from '../../src/lib/server/auth/instance';
import { resumeCookieOptions } from '../../src/lib/server/intakes/tokens';
import { deviceCookieOptions } from '../../src/lib/server/auth/device-cookie';
import { pendingCookieOptions } from '../../src/lib/server/auth/pending-totp';
import * as staff from '../../src/lib/server/auth/accounts';
import { enrolTotp } from '../support/totp';
import { openTestDb, resetDb } from './db';

const SECRET = 'integration-test-secret-0123456789abcdef';
const who = { email: 'doc@clinic.test', password: 'correct horse battery' };
let handle: DbHandle;

/** The Set-Cookie lines of a password sign-in against a site at `baseURL`, by cookie name. */
async function signInCookies(baseURL: string) {
	const { headers } = await createAuth(handle.db, { secret: SECRET, baseURL }).api.signInEmail({
		body: who,
		returnHeaders: true
	});
	return Object.fromEntries(
		headers.getSetCookie().map((line) => [line.split('=')[0]!, line.split(';').slice(1)])
	);
}
const attributes = (parts: string[] | undefined) =>
	(parts ?? []).map((p) => p.trim().toLowerCase());

beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(async () => {
	await resetDb(handle);
	await staff.create(handle.db, { ...who, name: 'Doc', role: 'clinician' });
});

describe('cookie flags', () => {
	it('makes the staff session cookie Secure and __Secure- on https, HttpOnly and Lax always', async () => {
		const https = await signInCookies('https://intake.example.com');
		expect(Object.keys(https)).toEqual(['__Secure-better-auth.session_token']);
		expect(attributes(https['__Secure-better-auth.session_token'])).toEqual(
			expect.arrayContaining(['path=/', 'httponly', 'secure', 'samesite=lax'])
		);
		const http = await signInCookies('http://localhost:5173');
		expect(Object.keys(http)).toEqual(['better-auth.session_token']);
		expect(attributes(http['better-auth.session_token'])).toEqual(
			expect.arrayContaining(['path=/', 'httponly', 'samesite=lax'])
		);
		expect(attributes(http['better-auth.session_token'])).not.toContain('secure');
	});

	it('gives the half-signed-in two-factor cookie the same flags, and no session yet', async () => {
		await enrolTotp(handle.db, { secret: SECRET, baseURL: 'https://intake.example.com' }, who);
		const cookies = await signInCookies('https://intake.example.com');
		expect(Object.keys(cookies)).toContain('__Secure-better-auth.two_factor');
		for (const [name, parts] of Object.entries(cookies)) {
			expect(attributes(parts), name).toEqual(
				expect.arrayContaining(['path=/', 'httponly', 'secure', 'samesite=lax'])
			);
		}
		// Until the second factor, any session cookie is only ever cleared.
		expect(attributes(cookies['__Secure-better-auth.session_token'] ?? ['max-age=0'])).toContain(
			'max-age=0'
		);
	});

	it('makes the patient resume cookie Secure on https, HttpOnly and Lax always', () => {
		expect(resumeCookieOptions(new URL('https://intake.example.com/intake/save'), 60)).toEqual({
			path: '/',
			httpOnly: true,
			secure: true,
			sameSite: 'lax',
			maxAge: 60
		});
		expect(resumeCookieOptions(new URL('http://localhost:5173/'), 60)).toMatchObject({
			httpOnly: true,
			secure: false,
			sameSite: 'lax'
		});
	});

	it('makes the staff device and pending two-step cookies Secure on https, HttpOnly and Strict always', () => {
		for (const options of [deviceCookieOptions, pendingCookieOptions]) {
			expect(options(new URL('https://intake.example.com/login'))).toMatchObject({
				httpOnly: true,
				secure: true,
				sameSite: 'strict'
			});
			expect(options(new URL('http://localhost:5173/login'))).toMatchObject({
				httpOnly: true,
				secure: false,
				sameSite: 'strict'
			});
		}
		expect(deviceCookieOptions(new URL('https://x.test/')).path).toBe('/login');
		expect(pendingCookieOptions(new URL('https://x.test/')).path).toBe('/staff/security');
	});
});
