// Two-step enrolment survives a reload (src/lib/server/auth/pending-totp.ts, issue 14): the secret
// better-auth made when the password was confirmed is shown again, unchanged, to the session that
// started it, until a code confirms it; no other session sees it, and it lapses after 30 minutes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { session, twoFactor, user } from '../../src/lib/server/db/schema';
import { createAuth, type Auth } from '../../src/lib/server/auth/instance';
import { totpCode } from '../../src/lib/server/auth/enrol-totp';
import * as pendingTotp from '../../src/lib/server/auth/pending-totp';
import * as staff from '../../src/lib/server/auth/accounts';
import { openTestDb, resetDb } from './db';

const SECRET = 'integration-test-secret-0123456789abcdef';
const PASSWORD = 'correct horse battery';
const EMAIL = 'tess@clinic.test';
let handle: DbHandle;
let auth: Auth;

beforeAll(async () => {
	handle = await openTestDb();
	auth = createAuth(handle.db, { secret: SECRET, baseURL: 'http://localhost' });
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

/** A browser's cookie jar for one path, as SvelteKit's `cookies` offers it. */
function jar(): Cookies & { values: Map<string, string> } {
	const values = new Map<string, string>();
	return {
		values,
		get: (name: string) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void values.set(name, value),
		delete: (name: string) => void values.delete(name),
		serialize: () => ''
	} as unknown as Cookies & { values: Map<string, string> };
}

async function signIn(userId: string) {
	const { headers } = await auth.api.signInEmail({
		body: { email: EMAIL, password: PASSWORD },
		returnHeaders: true
	});
	const cookie = new Headers({
		cookie: headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ')
	});
	const found = await auth.api.getSession({ headers: cookie });
	return { userId, headers: cookie, who: { userId, email: EMAIL, sessionId: found!.session.id } };
}

async function signedIn() {
	const userId = await staff.create(handle.db, {
		email: EMAIL,
		name: 'Tess',
		role: 'clinician',
		password: PASSWORD
	});
	return signIn(userId);
}

/** What the start action does: better-auth makes the pending secret, this session may see it. */
async function start(s: Awaited<ReturnType<typeof signedIn>>, cookies: Cookies, now?: number) {
	const enrol = await auth.api.enableTwoFactor({
		body: { password: PASSWORD },
		headers: s.headers
	});
	if (!('totpURI' in enrol)) throw new Error('expected a TOTP enrolment');
	const url = new URL('http://localhost/staff/security');
	await pendingTotp.rememberPending(handle.db, auth, cookies, { ...s.who, url }, now);
	return enrol;
}

describe('a pending two-step enrolment', () => {
	it('shows the same key and backup codes on every reload until confirmed, and the key confirms', async () => {
		const s = await signedIn();
		const cookies = jar();
		const enrol = await start(s, cookies);
		const first = await pendingTotp.readPending(handle.db, auth, cookies, s.who);
		const again = await pendingTotp.readPending(handle.db, auth, cookies, s.who);
		expect(first).not.toBeNull();
		expect(again).toEqual(first);
		expect(first!.totpURI).toBe(enrol.totpURI);
		expect(first!.secret).toBe(new URL(enrol.totpURI).searchParams.get('secret'));
		expect(first!.backupCodes).toEqual(enrol.backupCodes);
		// The key is stored encrypted, never as shown.
		const [row] = await handle.db.select().from(twoFactor).where(eq(twoFactor.userId, s.userId));
		expect(row!.verified).toBe(false);
		expect(row!.secret).not.toContain(first!.secret);

		await auth.api.verifyTOTP({
			body: { code: await totpCode(first!.secret) },
			headers: s.headers
		});
		const [u] = await handle.db.select().from(user).where(eq(user.id, s.userId));
		expect(u!.twoFactorEnabled).toBe(true);
		// Confirmed: nothing is pending any more.
		expect(await pendingTotp.readPending(handle.db, auth, cookies, s.who)).toBeNull();
	});

	it('is shown to the session that started it only, for 30 minutes, and only while newest', async () => {
		const s = await signedIn();
		const cookies = jar();
		const now = Date.now();
		await start(s, cookies, now);
		// No cookie (another browser), or another session of the same account.
		expect(await pendingTotp.readPending(handle.db, auth, jar(), s.who)).toBeNull();
		const otherSession = { ...s.who, sessionId: crypto.randomUUID() };
		expect(await pendingTotp.readPending(handle.db, auth, cookies, otherSession)).toBeNull();
		// A forged or tampered cookie.
		const forged = jar();
		const [expiry] = cookies.values.get(pendingTotp.PENDING_COOKIE)!.split('.');
		forged.values.set(pendingTotp.PENDING_COOKIE, `${Number(expiry) + 3_600_000}.AAAA`);
		expect(await pendingTotp.readPending(handle.db, auth, forged, s.who)).toBeNull();
		// 30 minutes later.
		expect(await pendingTotp.readPending(handle.db, auth, cookies, s.who, now + 30 * 60_000)).toBe(
			null
		);
		expect(
			await pendingTotp.readPending(handle.db, auth, cookies, s.who, now + 29 * 60_000)
		).not.toBeNull();
		// Starting again (the password asked again) replaces the key: the old cookie no longer fits.
		const older = jar();
		older.values.set(pendingTotp.PENDING_COOKIE, cookies.values.get(pendingTotp.PENDING_COOKIE)!);
		const second = await start(s, cookies);
		expect(await pendingTotp.readPending(handle.db, auth, older, s.who)).toBeNull();
		expect((await pendingTotp.readPending(handle.db, auth, cookies, s.who))!.totpURI).toBe(
			second.totpURI
		);
	});

	it('ends with the session: signing in again asks for the password again', async () => {
		const s = await signedIn();
		const cookies = jar();
		await start(s, cookies);
		await handle.db.delete(session).where(eq(session.userId, s.userId));
		const { who } = await signIn(s.userId);
		expect(await pendingTotp.readPending(handle.db, auth, cookies, who)).toBeNull();
	});
});
