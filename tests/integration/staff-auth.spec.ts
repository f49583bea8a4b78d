import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, session, twoFactor, user } from '../../src/lib/server/db/schema';
import { createAuth, type Auth } from '../../src/lib/server/auth/instance';
import * as login from '../../src/lib/server/login';
import * as staff from '../../src/lib/server/auth/accounts';
import { openTestDb, resetDb } from './db';
import { muteExpectedSignInFailures } from './sign-in-warnings';

// Wrong passwords on purpose: each logs the expected `[auth warn] Sign-in failed`.
muteExpectedSignInFailures();

const PASSWORD = 'correct horse battery';
const SECRET = 'integration-test-secret-0123456789abcdef';
let handle: DbHandle;
let auth: Auth;

/** Signs in through better-auth and returns the cookie header a browser would send back. */
async function signIn(email: string, password = PASSWORD, extra?: Headers) {
	const { headers, response } = await auth.api.signInEmail({
		body: { email, password },
		headers: extra ?? new Headers(),
		returnHeaders: true
	});
	const cookie = headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	return { cookie: new Headers({ cookie }), response };
}

beforeAll(async () => {
	handle = await openTestDb();
	auth = createAuth(handle.db, {
		secret: SECRET,
		baseURL: 'http://localhost'
	});
});
afterAll(() => handle.close());
beforeEach(async () => {
	await resetDb(handle);
	await staff.create(handle.db, {
		email: 'doc@clinic.test',
		name: 'Doc',
		role: 'clinician',
		password: PASSWORD
	});
});

const attempt = (email: string, password: string, ip = '10.0.0.1', device?: string) =>
	login.attempt(handle.db, { email, password, ip, secret: SECRET, device }, (e, p) =>
		auth.api.signInEmail({ body: { email: e, password: p } })
	);
/** Rows of a raw query on either driver (postgres.js returns an array, PGlite `{ rows }`). */
const rowsOf = async <T>(query: ReturnType<typeof sql>) => {
	const r = (await handle.db.execute(query)) as unknown;
	return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
};
/** The outcome without the (random) device cookie. */
const kindOf = async (outcome: Promise<login.LoginOutcome>) => (await outcome).kind;

describe('password sign-in', () => {
	it('signs in with the right password and hashes with argon2id', async () => {
		expect(await attempt('doc@clinic.test', PASSWORD)).toMatchObject({ kind: 'signed-in' });
		const { cookie } = await signIn('doc@clinic.test');
		const found = await auth.api.getSession({ headers: cookie });
		expect(found?.user).toMatchObject({ email: 'doc@clinic.test', role: 'clinician' });
		const [acct] = await handle.db
			.execute<{ password: string }>(sql`select password from account`)
			.then((r) => (Array.isArray(r) ? r : (r as { rows: { password: string }[] }).rows));
		expect(acct?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	});

	it('answers a wrong password and an unknown email the same way', async () => {
		expect(await attempt('doc@clinic.test', 'wrong password!', '10.0.0.2')).toEqual({
			kind: 'invalid'
		});
		expect(await attempt('nobody@clinic.test', 'wrong password!', '10.0.0.3')).toEqual({
			kind: 'invalid'
		});
	});

	it('refuses the 4th attempt from one IP within 10 seconds', async () => {
		const outcomes = [];
		for (let i = 0; i < 4; i++)
			outcomes.push((await attempt('doc@clinic.test', 'wrong password!', '10.9.9.9')).kind);
		expect(outcomes).toEqual(['invalid', 'invalid', 'invalid', 'throttled']);
		// Even the right password is refused while the IP is throttled.
		expect((await attempt('doc@clinic.test', PASSWORD, '10.9.9.9')).kind).toBe('throttled');
		// Another IP is unaffected.
		expect((await attempt('doc@clinic.test', PASSWORD, '10.9.9.10')).kind).toBe('signed-in');
	});

	it.each([['doc@clinic.test'], ['ghost@clinic.test']])(
		'slows %s down after 5 failures instead of locking it, the same way whether or not it exists',
		async (email) => {
			const kinds = [];
			// A new IP each time, so only the per-account allowance is in play.
			for (let i = 0; i < 7; i++)
				kinds.push(await kindOf(attempt(email, 'wrong password!', `10.1.0.${i}`)));
			// Five free attempts; the next must wait 2 s, so it is refused without being checked.
			expect(kinds).toEqual([...Array(5).fill('invalid'), 'locked', 'locked']);
			expect(await kindOf(attempt(email, PASSWORD, '10.2.0.1'))).toBe('locked');
			// Once the delay has passed, one more attempt is checked (and the right password works).
			await handle.db.execute(
				sql`update rate_limits set window_start = window_start - interval '3 seconds'`
			);
			const after = await kindOf(attempt(email, PASSWORD, '10.2.0.2'));
			expect(after).toBe(email === 'doc@clinic.test' ? 'signed-in' : 'invalid');
		}
	);

	it('50 concurrent wrong guesses plus the right one never get more than 5 checks', async () => {
		let checks = 0;
		const guess = (password: string, i: number) =>
			login.attempt(
				handle.db,
				{ email: 'doc@clinic.test', password, ip: `10.50.${i >> 8}.${i & 255}`, secret: SECRET },
				(e, p) => {
					checks++;
					return auth.api.signInEmail({ body: { email: e, password: p } });
				}
			);
		const guesses = Array.from({ length: 51 }, (_, i) =>
			guess(i === 20 ? PASSWORD : 'wrong password!', i)
		);
		const kinds = (await Promise.all(guesses)).map((o) => o.kind);
		expect(checks).toBeLessThanOrEqual(login.ACCOUNT_BACKOFF.free);
		expect(kinds.filter((k) => k !== 'locked')).toHaveLength(checks);
		const [row] = await rowsOf<{ count: number }>(
			sql`select count from rate_limits where key like 'login-account:%'`
		);
		expect(Number(row?.count ?? 0)).toBeLessThanOrEqual(login.ACCOUNT_BACKOFF.free);
	});

	it('a browser that signed in before keeps its own allowance while a guesser is slowed (device cookie)', async () => {
		const first = await attempt('doc@clinic.test', PASSWORD, '10.4.0.1');
		if (first.kind !== 'signed-in') throw new Error('expected a sign-in');
		for (let i = 0; i < 8; i++) await attempt('doc@clinic.test', 'wrong password!', `10.4.1.${i}`);
		expect(await kindOf(attempt('doc@clinic.test', PASSWORD, '10.4.2.1'))).toBe('locked');
		// The owner's browser, with its cookie, is let in (and a cookie for another account is not honoured).
		expect(await kindOf(attempt('doc@clinic.test', PASSWORD, '10.4.2.2', first.deviceCookie))).toBe(
			'signed-in'
		);
		expect(await kindOf(attempt('ghost@clinic.test', 'x', '10.4.2.3', first.deviceCookie))).toBe(
			'invalid'
		);
		expect(
			await kindOf(attempt('doc@clinic.test', PASSWORD, '10.4.2.4', first.deviceCookie + 'x'))
		).toBe('locked');
	});

	it('keeps no email and no address in the limiter table', async () => {
		await attempt('Doc@Clinic.test', 'wrong password!', '10.5.0.1');
		await attempt('doc@clinic.test', 'wrong password!', '2001:db8:5:6::1');
		const rows = await rowsOf<{ key: string }>(sql`select key from rate_limits`);
		expect(rows.length).toBeGreaterThan(0);
		expect(JSON.stringify(rows)).not.toMatch(/clinic|10\.5|2001|db8/i);
		// Two addresses in one IPv6 /64 share a throttle.
		await attempt('doc@clinic.test', 'wrong password!', '2001:db8:5:6::2');
		await attempt('doc@clinic.test', 'wrong password!', '2001:db8:5:6:1::2');
		expect(await kindOf(attempt('doc@clinic.test', PASSWORD, '2001:db8:5:6:ffff::3'))).toBe(
			'throttled'
		);
	});

	it('audits failed and locked-out attempts with the account id when there is one, never the email', async () => {
		const requestId = `login-audit-${Date.now()}`;
		const [doc] = await handle.db.select().from(user).where(eq(user.email, 'doc@clinic.test'));
		const failed = (email: string, ip: string) =>
			login.attempt(
				handle.db,
				{ email, password: 'wrong password!', ip, requestId, secret: SECRET },
				(e, p) => auth.api.signInEmail({ body: { email: e, password: p } })
			);
		await failed('Doc@Clinic.test', '10.3.0.1');
		await failed('ghost@clinic.test', '10.3.0.2');
		await login.attempt(
			handle.db,
			{ email: 'doc@clinic.test', password: PASSWORD, ip: '10.3.0.3', requestId, secret: SECRET },
			(e, p) => auth.api.signInEmail({ body: { email: e, password: p } })
		);
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, requestId))
			.orderBy(auditEvents.id);
		expect(rows.map((r) => [r.action, r.actorId, r.actorRole, r.details])).toEqual([
			['staff.login_failed', doc!.id, 'clinician', { reason: 'invalid', ip: '10.3.0.1' }],
			['staff.login_failed', null, null, { reason: 'invalid', ip: '10.3.0.2' }]
		]);
		expect(JSON.stringify(rows)).not.toMatch(/ghost|clinic\.test|wrong password/i);
	});

	it('refuses a disabled (banned) user with the generic answer', async () => {
		await handle.db.update(user).set({ banned: true }).where(eq(user.email, 'doc@clinic.test'));
		expect(await kindOf(attempt('doc@clinic.test', PASSWORD))).toBe('invalid');
	});
});

describe('sessions', () => {
	it('expire after 15 minutes idle', async () => {
		const { cookie } = await signIn('doc@clinic.test');
		expect(await auth.api.getSession({ headers: cookie })).not.toBeNull();
		const [row] = await handle.db.select().from(session);
		expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 1000);
		await handle.db.update(session).set({ expiresAt: new Date(Date.now() - 1000) });
		expect(await auth.api.getSession({ headers: cookie })).toBeNull();
	});

	it('are invalidated by sign-out', async () => {
		const { cookie } = await signIn('doc@clinic.test');
		await auth.api.signOut({ headers: cookie });
		expect(await auth.api.getSession({ headers: cookie })).toBeNull();
	});
});

describe('TOTP two-factor', () => {
	it('enrols, then asks for a code at sign-in, and accepts the right one', async () => {
		const { cookie } = await signIn('doc@clinic.test');
		const enrol = await auth.api.enableTwoFactor({ body: { password: PASSWORD }, headers: cookie });
		if (!('totpURI' in enrol)) throw new Error('expected a TOTP enrolment');
		const secret = new URL(enrol.totpURI).searchParams.get('secret')!;
		const otp = createOTP(new TextDecoder().decode(base32.decode(secret)));
		await auth.api.verifyTOTP({ body: { code: await otp.totp() }, headers: cookie });
		const [u] = await handle.db.select().from(user).where(eq(user.email, 'doc@clinic.test'));
		expect(u?.twoFactorEnabled).toBe(true);
		const [tf] = await handle.db.select().from(twoFactor);
		expect(tf?.backupCodes).not.toContain(enrol.backupCodes[0]); // stored encrypted

		expect(await kindOf(attempt('doc@clinic.test', PASSWORD, '10.3.0.1'))).toBe('two-factor');
		const pending = await signIn('doc@clinic.test', PASSWORD, new Headers());
		expect(await auth.api.getSession({ headers: pending.cookie })).toBeNull();
		await expect(
			auth.api.verifyTOTP({ body: { code: '000000' }, headers: pending.cookie })
		).rejects.toThrow();
		const { headers } = await auth.api.verifyTOTP({
			body: { code: await otp.totp() },
			headers: pending.cookie,
			returnHeaders: true
		});
		const sessionCookie = headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const found = await auth.api.getSession({ headers: new Headers({ cookie: sessionCookie }) });
		expect(found?.user.email).toBe('doc@clinic.test');
	});
});
