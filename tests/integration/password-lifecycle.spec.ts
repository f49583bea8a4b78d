// The password lifecycle (issue 14, NIST SP 800-63B): an admin's one-time password must be
// changed at first sign-in; an admin reset gives a new one-time password, ends every session of
// the account and is audited; a staff member changes their own password with the current one,
// whose check is throttled per account and audited when it fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, session, user } from '../../src/lib/server/db/schema';
import * as admin from '../../src/lib/server/admin/staff';
import { createAuth, type Auth } from '../../src/lib/server/auth/instance';
import * as ownPassword from '../../src/lib/server/own-password';
import * as staff from '../../src/lib/server/auth/accounts';
import { openTestDb, resetDb } from './db';
import { muteExpectedSignInFailures } from './sign-in-warnings';

// Wrong passwords on purpose: each logs the expected `[auth warn] Sign-in failed`.
muteExpectedSignInFailures();

const SECRET = 'integration-test-secret-0123456789abcdef';
const PASSWORD = 'correct horse battery';
let handle: DbHandle;
let auth: Auth;

beforeAll(async () => {
	handle = await openTestDb();
	auth = createAuth(handle.db, { secret: SECRET, baseURL: 'http://localhost' });
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

async function signIn(email: string, password: string) {
	const { headers } = await auth.api.signInEmail({
		body: { email, password },
		returnHeaders: true
	});
	const cookie = headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	return new Headers({ cookie });
}

const userRow = async (id: string) =>
	(await handle.db.select().from(user).where(eq(user.id, id)))[0]!;

async function setUp() {
	const adaId = await staff.create(handle.db, {
		email: 'ada@clinic.test',
		name: 'Ada',
		role: 'admin',
		password: PASSWORD
	});
	const ada = { id: adaId, role: 'admin', requestId: `req-${crypto.randomUUID()}` };
	const created = await admin.create(handle.db, ada, {
		name: 'Cleo',
		email: 'cleo@clinic.test',
		role: 'clinician'
	});
	return { ada, cleo: created };
}

describe('one-time passwords', () => {
	it('an account an admin creates must change its password; the flag reaches the session user', async () => {
		const { cleo } = await setUp();
		expect((await userRow(cleo.id)).mustChangePassword).toBe(true);
		const headers = await signIn('cleo@clinic.test', cleo.password);
		const found = await auth.api.getSession({ headers });
		expect(found?.user.mustChangePassword).toBe(true);
	});

	it('an admin reset: new one-time password, old one refused, every session ended, audited', async () => {
		const { ada, cleo } = await setUp();
		const ctx = (headers: Headers) => ({
			db: handle.db,
			auth,
			secret: SECRET,
			headers,
			user: { id: cleo.id, role: 'clinician' },
			ip: '10.0.0.1'
		});
		// Cleo chose her own password; then forgets it.
		const first = await signIn('cleo@clinic.test', cleo.password);
		expect(
			await ownPassword.change(ctx(first), {
				currentPassword: cleo.password,
				newPassword: 'my own long passphrase'
			})
		).toEqual({ kind: 'changed' });
		expect((await userRow(cleo.id)).mustChangePassword).toBe(false);
		await signIn('cleo@clinic.test', 'my own long passphrase');
		expect(
			(await handle.db.select().from(session).where(eq(session.userId, cleo.id))).length
		).toBeGreaterThan(0);

		const reset = await admin.resetPassword(handle.db, ada, cleo.id);
		expect(reset).toMatchObject({
			ok: true,
			changed: true,
			password: expect.stringMatching(/^[A-Za-z0-9]{20}$/)
		});
		expect(await handle.db.select().from(session).where(eq(session.userId, cleo.id))).toEqual([]);
		expect((await userRow(cleo.id)).mustChangePassword).toBe(true);
		await expect(signIn('cleo@clinic.test', 'my own long passphrase')).rejects.toThrow();
		await signIn('cleo@clinic.test', reset.password!);
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, ada.requestId));
		const row = rows.find((r) => r.action === 'staff.password_reset');
		expect(row).toMatchObject({ actorId: ada.id, details: { targetId: cleo.id } });
		expect(JSON.stringify(rows)).not.toContain(reset.password!);
		// Not on one's own account.
		expect(await admin.resetPassword(handle.db, ada, ada.id)).toEqual({
			ok: false,
			reason: 'self'
		});
	});
});

describe('changing one’s own password', () => {
	it('refuses a wrong current password, audits it, and counts the check before it runs', async () => {
		const { cleo } = await setUp();
		const headers = await signIn('cleo@clinic.test', cleo.password);
		const ctx = {
			db: handle.db,
			auth,
			secret: SECRET,
			headers,
			user: { id: cleo.id, role: 'clinician' },
			ip: '10.0.0.2',
			requestId: `req-${crypto.randomUUID()}`
		};
		const input = { currentPassword: 'not my password', newPassword: 'my own long passphrase' };
		const kinds = await Promise.all(
			Array.from({ length: 20 }, () => ownPassword.change(ctx, input).then((o) => o.kind))
		);
		expect(kinds.filter((k) => k === 'wrong-password')).toHaveLength(5);
		expect(kinds.filter((k) => k === 'throttled')).toHaveLength(15);
		const failures = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, ctx.requestId));
		expect(failures).toHaveLength(5);
		expect(failures[0]).toMatchObject({
			action: 'staff.login_failed',
			actorId: cleo.id,
			details: { reason: 'password-check' }
		});
		// Even the right one waits now.
		expect((await ownPassword.change(ctx, { ...input, currentPassword: cleo.password })).kind).toBe(
			'throttled'
		);
		expect((await userRow(cleo.id)).mustChangePassword).toBe(true);
	});

	it('validates the new password: length and the common-password list, nothing else', () => {
		const parse = (newPassword: string) =>
			ownPassword.changePasswordSchema.safeParse({ currentPassword: 'x', newPassword }).success;
		expect(parse('qwerty123456')).toBe(false);
		expect(parse('short')).toBe(false);
		expect(parse('a long lower-case phrase')).toBe(true);
	});
});
