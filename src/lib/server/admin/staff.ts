// Staff management for admins: list, create, change role, disable and re-enable, reset the
// password (a one-time password, or an emailed set-password link) and two-factor.
//
// Why this is careful:
// - The clinic must never lose its last active admin, nor may an admin lock themselves out, so every
//   change runs in a transaction that first locks the rows of all active admins and of the target
//   (SELECT … FOR UPDATE). Two admins disabling each other at the same moment cannot both succeed:
//   the second waits for the first, then sees one active admin left.
// - Disabling bans the user and deletes every session in the same transaction; the hook also refuses
//   a banned user's session, so an open browser is signed out on its very next request.
// - Every change writes one audit row in the same transaction (ids and roles only: no passwords,
//   no email addresses).
import { and, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { account, auditEvents, session, twoFactor, user } from '../db/schema';
import * as audit from '../audit';
import * as links from '../password-links';
import { generatePassword, hashPassword } from '../auth/password';
import { STAFF_ROLES, type StaffRole } from '../auth/roles';
import * as staff from '../auth/accounts';

export interface Actor {
	id: string;
	role: string | null | undefined;
	requestId?: string;
}

export interface StaffRow {
	id: string;
	name: string;
	email: string;
	role: string | null;
	twoFactorEnabled: boolean;
	disabled: boolean;
	createdAt: Date;
	/** The newest sign-in: a session's start or a `staff.login` audit row, whichever is later. */
	lastSignInAt: Date | null;
}

export type Refusal = 'not-found' | 'forbidden' | 'last-admin' | 'self' | 'disabled';
export type ChangeResult = { ok: true; changed: boolean } | { ok: false; reason: Refusal };

/** What each refusal means, in words an admin can act on. */
export const REFUSALS: Record<Refusal, string> = {
	'not-found': 'That staff account no longer exists.',
	forbidden: 'Only an active admin can do that.',
	'last-admin':
		'This is the last active admin. Make another staff member an admin before disabling or demoting this one.',
	self: 'You cannot do that to your own account. Ask another admin.',
	disabled: 'This account is disabled. Enable it first.'
};

export const newStaffSchema = z.object({
	name: staff.newStaffSchema.shape.name,
	email: staff.newStaffSchema.shape.email,
	role: staff.newStaffSchema.shape.role
});
export type NewStaff = z.infer<typeof newStaffSchema>;

export const targetSchema = z.object({ id: z.uuid('Unknown staff account.') });
export const roleChangeSchema = targetSchema.extend({
	role: z.enum(STAFF_ROLES, { message: 'Choose clinician or admin.' })
});

/** Every staff account, admins first, then by name. */
export async function list(db: Db): Promise<StaffRow[]> {
	const lastSession = sql<string | null>`(select max(${session.createdAt}) at time zone 'UTC'
		from ${session} where ${session.userId} = ${user.id})`;
	const lastLogin = sql<string | null>`(select max(${auditEvents.at}) from ${auditEvents}
		where ${auditEvents.actorId} = ${user.id} and ${auditEvents.action} = 'staff.login')`;
	const rows = await db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			twoFactorEnabled: user.twoFactorEnabled,
			banned: user.banned,
			createdAt: user.createdAt,
			lastSignInAt: sql<string | null>`greatest(${lastSession}, ${lastLogin})`
		})
		.from(user)
		.orderBy(sql`${user.role} = 'admin' desc`, sql`lower(${user.name})`, user.id);
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		email: r.email,
		role: r.role,
		twoFactorEnabled: r.twoFactorEnabled === true,
		disabled: r.banned === true,
		createdAt: r.createdAt,
		lastSignInAt: r.lastSignInAt ? new Date(r.lastSignInAt) : null
	}));
}

/** Creates a staff user with a one-time password, returned once and never stored in clear. */
export async function create(db: Db, actor: Actor, input: NewStaff) {
	const data = newStaffSchema.parse(input);
	const password = generatePassword();
	const id = await db.transaction(async (tx) => {
		const newId = await staff.create(tx, { ...data, password, mustChangePassword: true });
		await audit.record(tx, entry(actor, 'staff.created', newId, { role: data.role }));
		return newId;
	});
	return { id, password };
}

/**
 * Creates a staff user who chooses their first password through a link emailed to them (30
 * minutes, single use: password-links.ts); nobody, the admin included, knows a password for the
 * account meanwhile. Says whether the mail relay took the email.
 */
export async function createWithLink(
	db: Db,
	actor: Actor,
	input: NewStaff,
	mail: links.MailContext
) {
	const data = newStaffSchema.parse(input);
	const password = generatePassword() + generatePassword(); // never shown, never used
	const { id, token } = await db.transaction(async (tx) => {
		const newId = await staff.create(tx, { ...data, password, mustChangePassword: true });
		await audit.record(
			tx,
			entry(actor, 'staff.created', newId, { role: data.role, firstPassword: 'email-link' })
		);
		const t = await links.issue(tx, newId, 'welcome');
		await audit.record(tx, entry(actor, 'staff.password_link_sent', newId, { purpose: 'welcome' }));
		return { id: newId, token: t };
	});
	return { id, emailed: await links.emailLink(mail, data.email, 'welcome', token) };
}

/** Changes a staff member's role; refuses to demote the last active admin or oneself. */
export function setRole(db: Db, actor: Actor, targetId: string, role: StaffRole) {
	return change(db, actor, targetId, async (tx, target, guard) => {
		if (target.role === role) return false;
		if (target.role === 'admin') guard();
		await tx.update(user).set({ role }).where(eq(user.id, target.id));
		await audit.record(
			tx,
			entry(actor, 'staff.role_changed', target.id, { from: target.role, to: role })
		);
		return true;
	});
}

/** Disables an account and ends every one of its sessions at once. */
export function disable(db: Db, actor: Actor, targetId: string) {
	return change(db, actor, targetId, async (tx, target, guard) => {
		if (target.banned) return false;
		guard();
		await tx
			.update(user)
			.set({ banned: true, banReason: 'Disabled by an admin', banExpires: null })
			.where(eq(user.id, target.id));
		await endSessionsAudited(tx, actor, 'staff.disabled', target.id);
		return true;
	});
}

/** Re-enables a disabled account (it signs in again with its password). */
export function enable(db: Db, actor: Actor, targetId: string) {
	return change(db, actor, targetId, async (tx, target) => {
		if (!target.banned) return false;
		await tx
			.update(user)
			.set({ banned: false, banReason: null, banExpires: null })
			.where(eq(user.id, target.id));
		await audit.record(tx, entry(actor, 'staff.enabled', target.id));
		return true;
	});
}

/**
 * Removes someone's second factor (a lost phone) and signs them out everywhere: they sign in with
 * their password and enrol again (an admin is sent to enrol before any admin page). Not for one's
 * own account: /staff/security is the place for that.
 */
export function resetTwoFactor(db: Db, actor: Actor, targetId: string) {
	return change(db, actor, targetId, async (tx, target, _guard, isSelf) => {
		if (isSelf) throw new RefusedError('self');
		const removed = await tx
			.delete(twoFactor)
			.where(eq(twoFactor.userId, target.id))
			.returning({ id: twoFactor.id });
		if (removed.length === 0 && !target.twoFactorEnabled) return false;
		await tx.update(user).set({ twoFactorEnabled: false }).where(eq(user.id, target.id));
		await endSessionsAudited(tx, actor, 'staff.two_factor_reset', target.id);
		return true;
	});
}

/**
 * A forgotten password: the account gets a new one-time password (returned once, never stored in
 * clear), must choose its own at the next sign-in, and every one of its sessions ends at once.
 * Audited. Not for one's own account: /staff/password is the place for that.
 */
export async function resetPassword(
	db: Db,
	actor: Actor,
	targetId: string
): Promise<ChangeResult & { password?: string }> {
	const password = generatePassword();
	const hash = await hashPassword(password);
	const result = await change(db, actor, targetId, async (tx, target, _guard, isSelf) => {
		if (isSelf) throw new RefusedError('self');
		await replacePassword(tx, target.id, hash);
		await endSessionsAudited(tx, actor, 'staff.password_reset', target.id);
		return true;
	});
	return result.ok ? { ...result, password } : result;
}

/**
 * A forgotten password, by email: the account's password is replaced by one nobody knows, every
 * session of it ends, and the staff member is emailed a link to choose a new one (30 minutes,
 * single use). Audited. Not for one's own account (/staff/password), nor a disabled one. Says
 * whether the mail relay took the email.
 */
export async function emailPasswordLink(
	db: Db,
	actor: Actor,
	targetId: string,
	mail: links.MailContext
): Promise<ChangeResult & { emailed?: boolean }> {
	const hash = await links.unknownPasswordHash();
	const sent: { email?: string; token?: string } = {};
	const result = await change(db, actor, targetId, async (tx, target, _guard, isSelf) => {
		if (isSelf) throw new RefusedError('self');
		if (target.banned) throw new RefusedError('disabled');
		await replacePassword(tx, target.id, hash);
		sent.token = await links.issue(tx, target.id, 'reset');
		sent.email = target.email;
		await endSessionsAudited(tx, actor, 'staff.password_link_sent', target.id, {
			purpose: 'reset'
		});
		return true;
	});
	if (!result.ok || !sent.email || !sent.token) return result;
	return { ...result, emailed: await links.emailLink(mail, sent.email, 'reset', sent.token) };
}

interface Target {
	id: string;
	email: string;
	role: string | null;
	banned: boolean;
	twoFactorEnabled: boolean;
}

class RefusedError extends Error {
	constructor(readonly reason: Refusal) {
		super(reason);
	}
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs one change under the admin lock. `guard()` refuses when the target is the actor themselves
 * (checked first: that is the reason whatever else holds) or the last active admin.
 */
async function change(
	db: Db,
	actor: Actor,
	targetId: string,
	apply: (tx: Tx, target: Target, guard: () => void, isSelf: boolean) => Promise<boolean>
): Promise<ChangeResult> {
	if (!targetSchema.safeParse({ id: targetId }).success) return { ok: false, reason: 'not-found' };
	try {
		const changed = await db.transaction(async (tx) => {
			const locked = await tx
				.select({
					id: user.id,
					email: user.email,
					role: user.role,
					banned: user.banned,
					twoFactorEnabled: user.twoFactorEnabled
				})
				.from(user)
				.where(
					or(and(eq(user.role, 'admin'), sql`${user.banned} is not true`), eq(user.id, targetId))
				)
				.orderBy(user.id)
				.for('update');
			const activeAdmins = locked.filter((u) => u.role === 'admin' && u.banned !== true);
			if (!activeAdmins.some((u) => u.id === actor.id)) throw new RefusedError('forbidden');
			const row = locked.find((u) => u.id === targetId);
			if (!row) throw new RefusedError('not-found');
			const target: Target = {
				id: row.id,
				email: row.email,
				role: row.role,
				banned: row.banned === true,
				twoFactorEnabled: row.twoFactorEnabled === true
			};
			const isSelf = target.id === actor.id;
			const guard = () => {
				if (isSelf) throw new RefusedError('self');
				const isActiveAdmin = activeAdmins.some((u) => u.id === target.id);
				if (isActiveAdmin && activeAdmins.length <= 1) throw new RefusedError('last-admin');
			};
			return apply(tx, target, guard, isSelf);
		});
		return { ok: true, changed };
	} catch (e) {
		if (e instanceof RefusedError) return { ok: false, reason: e.reason };
		throw e;
	}
}

/**
 * Ends every session of the target account and writes the change's audit row with how many ended,
 * in the caller's transaction: the account is signed out everywhere exactly when the change lands.
 */
async function endSessionsAudited(
	tx: Tx,
	actor: Actor,
	action: audit.AuditAction,
	targetId: string,
	details: Record<string, string | number | null> = {}
): Promise<void> {
	const revoked = await tx
		.delete(session)
		.where(eq(session.userId, targetId))
		.returning({ id: session.id });
	await audit.record(
		tx,
		entry(actor, action, targetId, { ...details, sessionsRevoked: revoked.length })
	);
}

/** Sets an account's password hash; someone else chose it, so it must be changed at sign-in. */
async function replacePassword(tx: Tx, targetId: string, hash: string): Promise<void> {
	await tx
		.update(account)
		.set({ password: hash, updatedAt: new Date() })
		.where(and(eq(account.userId, targetId), eq(account.providerId, 'credential')));
	await tx.update(user).set({ mustChangePassword: true }).where(eq(user.id, targetId));
}

function entry(
	actor: Actor,
	action: audit.AuditAction,
	targetId: string,
	details: Record<string, string | number | null> = {}
): audit.AuditEntry {
	return {
		action,
		actorId: actor.id,
		actorRole: actor.role ?? null,
		requestId: actor.requestId ?? null,
		details: { targetId, ...details }
	};
}
