// Emailed set-password links (src/lib/server/password-links.ts; issue 14, NIST SP 800-63B): stored
// hashed, single use even under concurrent use, 30 minutes, a newer link replaces older ones, every
// session ends on use, audited without the email typed, "forgot password" throttled and answering
// the same for unknown, disabled and known emails; admins send links for new accounts and resets.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, session, setPasswordLinks, user } from '../../src/lib/server/db/schema';
import * as admin from '../../src/lib/server/admin/staff';
import { createAuth, type Auth } from '../../src/lib/server/auth/instance';
import * as links from '../../src/lib/server/password-links';
import * as staff from '../../src/lib/server/auth/accounts';
import { openTestDb, resetDb } from './db';
import { muteExpectedSignInFailures } from './sign-in-warnings';

// Wrong passwords on purpose: each logs the expected `[auth warn] Sign-in failed`.
muteExpectedSignInFailures();

const SECRET = 'integration-test-secret-0123456789abcdef';
const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'a brand new long passphrase';
let handle: DbHandle;
let auth: Auth;
let sent: { to: string; subject: string; text: string }[];
const mail: links.MailContext = {
	origin: 'https://intake.clinic.test',
	clinicName: 'Test Clinic',
	send: async (to, subject, text) => {
		sent.push({ to, subject, text });
		return true;
	}
};

beforeAll(async () => {
	handle = await openTestDb();
	auth = createAuth(handle.db, { secret: SECRET, baseURL: 'http://localhost' });
});
afterAll(() => handle.close());
beforeEach(async () => {
	await resetDb(handle);
	sent = [];
});

const tokenIn = (text: string) =>
	/https:\/\/intake\.clinic\.test\/login\/set-password\/([A-Za-z0-9_-]{43})\n/.exec(text)?.[1];

async function signIn(email: string, password: string) {
	const { headers } = await auth.api.signInEmail({
		body: { email, password },
		returnHeaders: true
	});
	return headers.getSetCookie().length > 0;
}

const sessionsOf = async (id: string) =>
	(await handle.db.select().from(session).where(eq(session.userId, id))).length;
const userRow = async (id: string) =>
	(await handle.db.select().from(user).where(eq(user.id, id)))[0]!;

async function setUp() {
	const adaId = await staff.create(handle.db, {
		email: 'ada@clinic.test',
		name: 'Ada',
		role: 'admin',
		password: PASSWORD
	});
	const cleoId = await staff.create(handle.db, {
		email: 'cleo@clinic.test',
		name: 'Cleo',
		role: 'clinician',
		password: PASSWORD
	});
	const ada = { id: adaId, role: 'admin', requestId: `req-${crypto.randomUUID()}` };
	return { ada, cleoId };
}

const ctx = (ip = '192.0.2.1', requestId = `req-${crypto.randomUUID()}`) => ({
	secret: SECRET,
	ip,
	requestId,
	mail
});

describe('forgot password', () => {
	it('emails a link to a known email only, with the same answer for unknown and disabled ones', async () => {
		const { ada, cleoId } = await setUp();
		const disabledId = await staff.create(handle.db, {
			email: 'dee@clinic.test',
			name: 'Dee',
			role: 'clinician',
			password: PASSWORD
		});
		expect((await admin.disable(handle.db, ada, disabledId)).ok).toBe(true);
		const answers = [];
		for (const [i, email] of [
			'nobody@clinic.test',
			'dee@clinic.test',
			' Cleo@Clinic.test '
		].entries())
			answers.push(await links.requestByEmail(handle.db, ctx(`192.0.2.${10 + i}`), email));
		expect(answers).toEqual([{ kind: 'accepted' }, { kind: 'accepted' }, { kind: 'accepted' }]);
		expect(sent.map((m) => m.to)).toEqual(['cleo@clinic.test']);
		const { subject, text } = sent[0]!;
		expect(subject).toBe('Reset your LDN intake password');
		expect(text).toContain('works once, for 30 minutes');
		expect(text).toContain('If you did not ask for this, ignore this email');
		const token = tokenIn(text)!;
		expect(token).toBeTruthy();
		// Stored as a hash, never as sent; 30 minutes to go.
		const rows = await handle.db.select().from(setPasswordLinks);
		expect(rows).toHaveLength(1);
		expect(JSON.stringify(rows)).not.toContain(token);
		const [minutes] = await handle.db
			.select({ m: sql<number>`extract(epoch from (expires_at - created_at)) / 60` })
			.from(setPasswordLinks);
		expect(Number(minutes!.m)).toBe(30);
		expect(rows[0]).toMatchObject({ userId: cleoId, purpose: 'forgot' });
		// Audited without the email typed.
		const audit = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'staff.password_link_requested'));
		expect(audit.map((a) => [a.actorId, a.details.outcome])).toEqual(
			expect.arrayContaining([
				[null, 'no-account'],
				[disabledId, 'disabled'],
				[cleoId, 'sent']
			])
		);
		expect(JSON.stringify(audit)).not.toMatch(/nobody@|dee@|cleo@/i);
	});

	it('counts requests before looking anything up: per address 429, per email silently no more mail', async () => {
		await setUp();
		const perEmail = [];
		for (let i = 0; i < 5; i++)
			perEmail.push(
				await links.requestByEmail(handle.db, ctx(`192.0.2.${20 + i}`), 'cleo@clinic.test')
			);
		expect(perEmail.every((o) => o.kind === 'accepted')).toBe(true);
		expect(sent).toHaveLength(links.FORGOT_EMAIL_LIMIT.max);

		const fromOne = await Promise.all(
			Array.from({ length: 8 }, () =>
				links.requestByEmail(handle.db, ctx('2001:db8:1:2::7'), 'nobody@clinic.test')
			)
		);
		expect(fromOne.filter((o) => o.kind === 'accepted')).toHaveLength(links.FORGOT_IP_LIMIT.max);
		// The same /64: the same count.
		const sibling = await links.requestByEmail(handle.db, ctx('2001:db8:1:2::8'), 'x@clinic.test');
		expect(sibling).toMatchObject({ kind: 'throttled', retryAfter: expect.any(Number) });
	});
});

describe('using a link', () => {
	async function forgotLink(email = 'cleo@clinic.test') {
		await links.requestByEmail(handle.db, ctx(`198.51.100.${sent.length + 1}`), email);
		return tokenIn(sent.at(-1)!.text)!;
	}

	it('sets the password once, ends every session, clears the one-time flag, and is audited', async () => {
		const { cleoId } = await setUp();
		await signIn('cleo@clinic.test', PASSWORD);
		await signIn('cleo@clinic.test', PASSWORD);
		expect(await sessionsOf(cleoId)).toBe(2);
		await handle.db.update(user).set({ mustChangePassword: true }).where(eq(user.id, cleoId));
		const token = await forgotLink();
		// Opening the link (GET) changes nothing.
		expect(await links.isUsable(handle.db, token)).toBe(true);
		expect(await links.isUsable(handle.db, token)).toBe(true);
		expect(await links.isUsable(handle.db, 'A'.repeat(43))).toBe(false);

		const requestId = `req-${crypto.randomUUID()}`;
		expect(await links.use(handle.db, ctx('203.0.113.5', requestId), token, NEW_PASSWORD)).toEqual({
			kind: 'set'
		});
		expect(await sessionsOf(cleoId)).toBe(0);
		expect((await userRow(cleoId)).mustChangePassword).toBe(false);
		await expect(signIn('cleo@clinic.test', PASSWORD)).rejects.toThrow();
		expect(await signIn('cleo@clinic.test', NEW_PASSWORD)).toBe(true);
		const [row] = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, requestId));
		expect(row).toMatchObject({
			action: 'staff.password_set_by_link',
			actorId: cleoId,
			details: { purpose: 'forgot', sessionsRevoked: 2, ip: '203.0.113.5' }
		});
		expect(JSON.stringify(row)).not.toContain(NEW_PASSWORD);

		// Used: it works no more, and the failure is audited.
		const again = `req-${crypto.randomUUID()}`;
		expect(await links.isUsable(handle.db, token)).toBe(false);
		expect(
			await links.use(handle.db, ctx('203.0.113.5', again), token, 'yet another passphrase')
		).toEqual({
			kind: 'invalid'
		});
		const refused = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, again));
		expect(refused.map((r) => r.action)).toEqual(['staff.password_link_refused']);
		expect(await signIn('cleo@clinic.test', NEW_PASSWORD)).toBe(true);
	});

	it('works exactly once under concurrent use', async () => {
		const { cleoId } = await setUp();
		const token = await forgotLink();
		const outcomes = await Promise.all(
			Array.from({ length: 6 }, (_, i) =>
				links.use(handle.db, ctx(`203.0.113.${40 + i}`), token, `${NEW_PASSWORD} ${i}`)
			)
		);
		expect(outcomes.filter((o) => o.kind === 'set')).toHaveLength(1);
		expect(outcomes.filter((o) => o.kind === 'invalid')).toHaveLength(5);
		const set = await handle.db
			.select()
			.from(auditEvents)
			.where(
				and(eq(auditEvents.actorId, cleoId), eq(auditEvents.action, 'staff.password_set_by_link'))
			);
		expect(set).toHaveLength(1);
	});

	it('lapses after 30 minutes, and a newer link replaces an older one', async () => {
		await setUp();
		const older = await forgotLink();
		const newer = await forgotLink();
		expect(await links.isUsable(handle.db, older)).toBe(false);
		expect(await links.use(handle.db, ctx(), older, NEW_PASSWORD)).toEqual({ kind: 'invalid' });
		await handle.db.update(setPasswordLinks).set({ expiresAt: sql`now() - interval '1 second'` });
		expect(await links.isUsable(handle.db, newer)).toBe(false);
		expect(await links.use(handle.db, ctx(), newer, NEW_PASSWORD)).toEqual({ kind: 'invalid' });
		expect(await signIn('cleo@clinic.test', PASSWORD)).toBe(true);
	});

	it('does nothing for a disabled account', async () => {
		const { ada, cleoId } = await setUp();
		const token = await forgotLink();
		await admin.disable(handle.db, ada, cleoId);
		expect(await links.isUsable(handle.db, token)).toBe(false);
		expect(await links.use(handle.db, ctx(), token, NEW_PASSWORD)).toEqual({ kind: 'invalid' });
	});

	it('counts uses per address before checking them', async () => {
		await setUp();
		const outcomes = await Promise.all(
			Array.from({ length: 14 }, () =>
				links.use(handle.db, ctx('203.0.113.99'), 'B'.repeat(43), NEW_PASSWORD)
			)
		);
		expect(outcomes.filter((o) => o.kind === 'invalid')).toHaveLength(links.USE_IP_LIMIT.max);
		expect(outcomes.filter((o) => o.kind === 'throttled')).toHaveLength(4);
	});
});

describe('links sent by an admin', () => {
	it('a reset by email: the old password stops working, every session ends, the link is mailed', async () => {
		const { ada, cleoId } = await setUp();
		await signIn('cleo@clinic.test', PASSWORD);
		const result = await admin.emailPasswordLink(handle.db, ada, cleoId, mail);
		expect(result).toEqual({ ok: true, changed: true, emailed: true });
		expect(await sessionsOf(cleoId)).toBe(0);
		await expect(signIn('cleo@clinic.test', PASSWORD)).rejects.toThrow();
		expect(sent.map((m) => [m.to, m.subject])).toEqual([
			['cleo@clinic.test', 'Reset your LDN intake password']
		]);
		expect(sent[0]!.text).toContain('An admin at Test Clinic reset the password');
		const rows = await handle.db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.requestId, ada.requestId));
		expect(rows).toEqual([
			expect.objectContaining({
				action: 'staff.password_link_sent',
				actorId: ada.id,
				details: { targetId: cleoId, purpose: 'reset', sessionsRevoked: 1 }
			})
		]);
		expect(await links.use(handle.db, ctx(), tokenIn(sent[0]!.text)!, NEW_PASSWORD)).toEqual({
			kind: 'set'
		});
		expect(await signIn('cleo@clinic.test', NEW_PASSWORD)).toBe(true);
		// Not for oneself, nor for a disabled account.
		expect(await admin.emailPasswordLink(handle.db, ada, ada.id, mail)).toEqual({
			ok: false,
			reason: 'self'
		});
		await admin.disable(handle.db, ada, cleoId);
		expect(await admin.emailPasswordLink(handle.db, ada, cleoId, mail)).toEqual({
			ok: false,
			reason: 'disabled'
		});
	});

	it('a new account chooses its first password by link; nobody knows one before', async () => {
		const { ada } = await setUp();
		const { id, emailed } = await admin.createWithLink(
			handle.db,
			ada,
			{ name: 'Nia', email: 'nia@clinic.test', role: 'clinician' },
			mail
		);
		expect(emailed).toBe(true);
		expect((await userRow(id)).mustChangePassword).toBe(true);
		expect(sent.map((m) => [m.to, m.subject])).toEqual([
			['nia@clinic.test', 'Choose your LDN intake password']
		]);
		const rows = await handle.db
			.select({ action: auditEvents.action, details: auditEvents.details })
			.from(auditEvents)
			.where(eq(auditEvents.requestId, ada.requestId));
		expect(rows).toEqual([
			{
				action: 'staff.created',
				details: { targetId: id, role: 'clinician', firstPassword: 'email-link' }
			},
			{ action: 'staff.password_link_sent', details: { targetId: id, purpose: 'welcome' } }
		]);
		expect(await links.use(handle.db, ctx(), tokenIn(sent[0]!.text)!, NEW_PASSWORD)).toEqual({
			kind: 'set'
		});
		expect((await userRow(id)).mustChangePassword).toBe(false);
		expect(await signIn('nia@clinic.test', NEW_PASSWORD)).toBe(true);
	});

	it('reports a mail the relay refused', async () => {
		const { ada, cleoId } = await setUp();
		const refusing = { ...mail, send: async () => false };
		expect(await admin.emailPasswordLink(handle.db, ada, cleoId, refusing)).toEqual({
			ok: true,
			changed: true,
			emailed: false
		});
		const left = await handle.db
			.select()
			.from(setPasswordLinks)
			.where(inArray(setPasswordLinks.userId, [cleoId]));
		expect(left).toHaveLength(1);
	});
});

describe('the email', () => {
	it('holds the link, why and how long it works, and nothing else about anyone', () => {
		for (const purpose of ['welcome', 'reset', 'forgot'] as const) {
			const { text } = links.linkEmail(purpose, links.linkUrl('https://x.test/', 'T'), 'Clinic');
			expect(text).toContain('https://x.test/login/set-password/T\n');
			expect(text).toContain('30 minutes');
		}
	});
});
