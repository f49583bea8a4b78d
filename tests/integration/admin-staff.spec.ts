// Staff management (src/lib/server/admin/staff.ts) on the real database: the last-admin and self
// guards, disabling with every session revoked, two-factor reset, and one audit row per change
// with no password in it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { account, auditEvents, session, twoFactor, user } from '../../src/lib/server/db/schema';
import * as admin from '../../src/lib/server/admin/staff';
import { verifyPassword } from '../../src/lib/server/auth/password';
import * as staff from '../../src/lib/server/auth/accounts';
import { openTestDb, resetDb } from './db';

let handle: DbHandle;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

async function member(name: string, role: 'admin' | 'clinician') {
	const id = await staff.create(handle.db, {
		email: `${name}@clinic.test`,
		name,
		role,
		password: PASSWORD
	});
	return { id, role, requestId: `req-${name}` };
}

async function openSession(userId: string) {
	await handle.db.insert(session).values({
		token: crypto.randomUUID(),
		userId,
		expiresAt: new Date(Date.now() + 60_000),
		updatedAt: new Date()
	});
}

/** The audit rows about one staff account, oldest first (the trail is kept across tests). */
const auditFor = async (targetId: string) =>
	(await handle.db.select().from(auditEvents).orderBy(auditEvents.id)).filter(
		(r) => r.details.targetId === targetId
	);

const userRow = async (id: string) =>
	(await handle.db.select().from(user).where(eq(user.id, id)))[0]!;

describe('creating staff', () => {
	it('returns a one-time password that signs in, and audits the role only', async () => {
		const ada = await member('ada', 'admin');
		const { id, password } = await admin.create(handle.db, ada, {
			name: 'New Clinician',
			email: 'New@Clinic.test',
			role: 'clinician'
		});
		expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
		const created = await userRow(id);
		expect(created).toMatchObject({ email: 'new@clinic.test', role: 'clinician' });
		const audit = await auditFor(id);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			action: 'staff.created',
			actorId: ada.id,
			actorRole: 'admin',
			requestId: 'req-ada',
			details: { targetId: id, role: 'clinician' }
		});
		expect(JSON.stringify(audit[0])).not.toContain(password);
		const [acct] = await handle.db.select().from(account).where(eq(account.userId, id));
		expect(await verifyPassword({ hash: acct!.password!, password })).toBe(true);
	});

	it('refuses a duplicate email', async () => {
		const ada = await member('ada', 'admin');
		await expect(
			admin.create(handle.db, ada, { name: 'Ada again', email: 'ADA@clinic.test', role: 'admin' })
		).rejects.toThrow(staff.DuplicateEmailError);
	});
});

describe('guards', () => {
	it('never disables or demotes the last active admin, and gives the real reason: it is oneself', async () => {
		// Only an active admin may act, so the last active admin can only be the actor (issue 14:
		// the refusal used to say "last admin" where "your own account" was the reason).
		const ada = await member('ada', 'admin');
		expect(await admin.disable(handle.db, ada, ada.id)).toEqual({ ok: false, reason: 'self' });
		expect(await admin.setRole(handle.db, ada, ada.id, 'clinician')).toEqual({
			ok: false,
			reason: 'self'
		});
		expect(await userRow(ada.id)).toMatchObject({ role: 'admin', banned: false });
	});

	it('never lets an admin disable or demote themselves, even with another admin', async () => {
		const ada = await member('ada', 'admin');
		await member('bob', 'admin');
		expect(await admin.disable(handle.db, ada, ada.id)).toEqual({ ok: false, reason: 'self' });
		expect(await admin.setRole(handle.db, ada, ada.id, 'clinician')).toEqual({
			ok: false,
			reason: 'self'
		});
		expect(await admin.resetTwoFactor(handle.db, ada, ada.id)).toEqual({
			ok: false,
			reason: 'self'
		});
	});

	it('counts a disabled admin as inactive', async () => {
		const ada = await member('ada', 'admin');
		const bob = await member('bob', 'admin');
		const cy = await member('cy', 'admin');
		expect(await admin.disable(handle.db, ada, bob.id)).toEqual({ ok: true, changed: true });
		expect(await admin.setRole(handle.db, ada, cy.id, 'clinician')).toEqual({
			ok: true,
			changed: true
		});
		// Ada is now the only active admin: re-enabling Bob is fine, demoting Ada is not.
		expect(await admin.setRole(handle.db, ada, ada.id, 'clinician')).toMatchObject({
			reason: 'self'
		});
	});

	it('refuses actors who are not active admins, and unknown targets', async () => {
		const ada = await member('ada', 'admin');
		const cleo = await member('cleo', 'clinician');
		expect(await admin.disable(handle.db, cleo, ada.id)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await admin.disable(handle.db, ada, crypto.randomUUID())).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await admin.disable(handle.db, ada, 'not-a-uuid')).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it('lets only one of two admins disabling each other at once succeed', async () => {
		const ada = await member('ada', 'admin');
		const bob = await member('bob', 'admin');
		const results = await Promise.all([
			admin.disable(handle.db, ada, bob.id),
			admin.disable(handle.db, bob, ada.id)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const active = await handle.db
			.select()
			.from(user)
			.where(inArray(user.id, [ada.id, bob.id]));
		expect(active.filter((u) => !u.banned)).toHaveLength(1);
	});
});

describe('changes', () => {
	it('disables with every session revoked at once, then re-enables', async () => {
		const ada = await member('ada', 'admin');
		const cleo = await member('cleo', 'clinician');
		await openSession(cleo.id);
		await openSession(cleo.id);
		await openSession(ada.id);
		expect(await admin.disable(handle.db, ada, cleo.id)).toEqual({ ok: true, changed: true });
		expect(await userRow(cleo.id)).toMatchObject({ banned: true });
		expect(await handle.db.select().from(session).where(eq(session.userId, cleo.id))).toEqual([]);
		expect(await handle.db.select().from(session).where(eq(session.userId, ada.id))).toHaveLength(
			1
		);
		expect(await admin.disable(handle.db, ada, cleo.id)).toEqual({ ok: true, changed: false });
		expect(await admin.enable(handle.db, ada, cleo.id)).toEqual({ ok: true, changed: true });
		expect(await userRow(cleo.id)).toMatchObject({ banned: false, banReason: null });
		const actions = (await auditFor(cleo.id)).map((a) => [a.action, a.details]);
		expect(actions).toEqual([
			['staff.disabled', { targetId: cleo.id, sessionsRevoked: 2 }],
			['staff.enabled', { targetId: cleo.id }]
		]);
	});

	it('changes a role and audits from and to', async () => {
		const ada = await member('ada', 'admin');
		const cleo = await member('cleo', 'clinician');
		expect(await admin.setRole(handle.db, ada, cleo.id, 'admin')).toEqual({
			ok: true,
			changed: true
		});
		expect(await admin.setRole(handle.db, ada, cleo.id, 'admin')).toEqual({
			ok: true,
			changed: false
		});
		expect((await userRow(cleo.id)).role).toBe('admin');
		expect((await auditFor(cleo.id)).map((a) => a.details)).toEqual([
			{ targetId: cleo.id, from: 'clinician', to: 'admin' }
		]);
	});

	it('resets two-factor and signs the person out', async () => {
		const ada = await member('ada', 'admin');
		const cleo = await member('cleo', 'clinician');
		await handle.db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, cleo.id));
		await handle.db
			.insert(twoFactor)
			.values({ userId: cleo.id, secret: 'encrypted', backupCodes: 'encrypted' });
		await openSession(cleo.id);
		expect(await admin.resetTwoFactor(handle.db, ada, cleo.id)).toEqual({
			ok: true,
			changed: true
		});
		expect(await userRow(cleo.id)).toMatchObject({ twoFactorEnabled: false });
		expect(await handle.db.select().from(twoFactor)).toEqual([]);
		expect(await handle.db.select().from(session).where(eq(session.userId, cleo.id))).toEqual([]);
		expect((await auditFor(cleo.id)).map((a) => a.action)).toEqual(['staff.two_factor_reset']);
	});
});

describe('the list', () => {
	it('shows role, two-factor, status and the last sign-in, admins first', async () => {
		const ada = await member('ada', 'admin');
		const zed = await member('zed', 'clinician');
		await member('bea', 'clinician');
		await openSession(zed.id);
		await handle.db.insert(auditEvents).values({ action: 'staff.login', actorId: ada.id });
		await admin.disable(handle.db, ada, zed.id); // deletes Zed's session: the audit row stays
		const rows = await admin.list(handle.db);
		expect(rows.map((r) => r.name)).toEqual(['ada', 'bea', 'zed']);
		expect(rows[0]).toMatchObject({ role: 'admin', disabled: false, twoFactorEnabled: false });
		expect(rows[0]!.lastSignInAt?.getTime()).toBeGreaterThan(Date.now() - 60_000);
		expect(rows[1]!.lastSignInAt).toBeNull();
		expect(rows[2]).toMatchObject({ disabled: true });
	});
});
