// Emailed set-password links (issue 14; NIST SP 800-63B 6.1.2.3, OWASP Forgot Password Cheat
// Sheet), when SMTP is configured: for a new staff account, after an admin's reset, and after
// "forgot password" on /login/forgot.
//
// Why this is careful:
// - The token (256 random bits) is only in the email; the table keeps its SHA-256, so a database
//   leak opens no account. A link lapses after 30 minutes, and a new one replaces the account's
//   older ones.
// - Using a link deletes it in the very statement that checks it, so two concurrent uses cannot
//   both succeed. In the same transaction the password is set, the one-time-password flag cleared,
//   every session of the account ended and its other links deleted; audited. Nobody is signed in
//   by it: the new password and two-step verification still stand before patient data.
// - Opening a link (GET) changes nothing: mail scanners open links too.
// - "Forgot password" gives the same answer whether or not the email is a staff member's, and
//   whether or not a mail goes out; the mail is sent without waiting for it, so the answer's time
//   tells nothing either. Each request is counted before anything is looked up: per address (429
//   beyond the limit) and per typed email (beyond it, silently no more mail to that inbox), keyed
//   by HMAC like every limiter key. Uses of links are counted per address too.
// - Emails hold no health data: why, the link and how long it works.
import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import * as audit from './audit';
import { generatePassword, hashPassword } from './auth/password';
import { newPasswordSchema } from './auth/password-policy';
import type { Db } from './db/client';
import { account, session, setPasswordLinks, user } from './db/schema';
import { hashSecret, isWellFormedToken, newToken } from './intakes/tokens';
import { addressLimiterKey } from './login';
import * as rateLimit from './http/rate-limit';

export const LINK_MINUTES = 30;
export type LinkPurpose = 'welcome' | 'reset' | 'forgot';

/** Per address: 5 "forgot password" requests in 15 minutes, then 429. */
export const FORGOT_IP_LIMIT: rateLimit.Limit = { window: 15 * 60, max: 5 };
/** Per typed email: 3 mails an hour; further requests get the same answer and send nothing. */
export const FORGOT_EMAIL_LIMIT: rateLimit.Limit = { window: 60 * 60, max: 3 };
/** Per address: 10 uses of links (right or wrong) in 10 minutes, then 429. */
export const USE_IP_LIMIT: rateLimit.Limit = { window: 10 * 60, max: 10 };

/** Sends one plain-text email; false when it could not be handed to the relay (mail.ts). */
export type Mailer = (to: string, subject: string, text: string) => Promise<boolean>;

export interface MailContext {
	/** The app's public URL, for the link. */
	origin: string;
	clinicName: string;
	send: Mailer;
}

export const setPasswordSchema = z.object({ newPassword: newPasswordSchema });

/** Where a link opens. */
export const linkUrl = (origin: string, token: string) =>
	`${origin.replace(/\/+$/, '')}/login/set-password/${token}`;

const REASONS: Record<LinkPurpose, (clinic: string) => string> = {
	welcome: (clinic) => `An admin at ${clinic} made you a staff account for the LDN intake.`,
	reset: (clinic) =>
		`An admin at ${clinic} reset the password of your LDN intake staff account. Your old password no longer works, and you were signed out everywhere.`,
	forgot: () => 'Someone asked to reset the password of your LDN intake staff account.'
};

/** The email for a link: why, the link and how long it works; never any health information. */
export function linkEmail(purpose: LinkPurpose, url: string, clinicName: string) {
	const lines = [
		'Hello,',
		'',
		REASONS[purpose](clinicName),
		'',
		`Choose your password here. The link works once, for ${LINK_MINUTES} minutes:`,
		url,
		'',
		purpose === 'forgot'
			? 'If you did not ask for this, ignore this email: your password has not changed.'
			: 'If the link has run out, ask an admin for a new one.',
		'',
		'After choosing it, sign in with the new password and your two-step verification code.'
	];
	return {
		subject:
			purpose === 'welcome' ? 'Choose your LDN intake password' : 'Reset your LDN intake password',
		text: lines.join('\n')
	};
}

/** Emails a link's token; false when the relay did not take the message. */
export function emailLink(mail: MailContext, to: string, purpose: LinkPurpose, token: string) {
	const { subject, text } = linkEmail(purpose, linkUrl(mail.origin, token), mail.clinicName);
	return mail.send(to, subject, text);
}

/**
 * Makes a link for `userId`, replacing its older ones (and dropping lapsed links of anyone);
 * returns the token, for the email only. Pass a transaction to make it part of a larger change.
 */
export async function issue(db: Db, userId: string, purpose: LinkPurpose): Promise<string> {
	const { token, hash } = newToken();
	await db
		.delete(setPasswordLinks)
		.where(sql`${setPasswordLinks.userId} = ${userId} or ${setPasswordLinks.expiresAt} <= now()`);
	await db.insert(setPasswordLinks).values({
		userId,
		tokenHash: hash,
		purpose,
		expiresAt: sql`now() + make_interval(mins => ${LINK_MINUTES})`
	});
	return token;
}

/** A password nobody knows: the account's old one stops working until a link sets a new one. */
export const unknownPasswordHash = () => hashPassword(generatePassword() + generatePassword());

export interface RequestContext {
	secret: string;
	ip: string;
	requestId?: string;
	mail: MailContext;
}

export type RequestOutcome = { kind: 'accepted' } | { kind: 'throttled'; retryAfter: number };

/**
 * "Forgot password": emails a link when `email` is an active staff account's and the limits allow;
 * the answer is `accepted` either way (see the top of this file). Audited without the email typed.
 */
export async function requestByEmail(
	db: Db,
	ctx: RequestContext,
	email: string
): Promise<RequestOutcome> {
	const perIp = await rateLimit.hit(
		db,
		addressLimiterKey(ctx.secret, 'forgot-ip', ctx.ip),
		FORGOT_IP_LIMIT
	);
	if (!perIp.allowed) return { kind: 'throttled', retryAfter: perIp.retryAfter };
	const typed = email.trim().toLowerCase();
	const perEmail = await rateLimit.hit(
		db,
		rateLimit.limiterKey(ctx.secret, 'forgot-email', typed),
		FORGOT_EMAIL_LIMIT
	);
	const [found] = await db
		.select({ id: user.id, email: user.email, role: user.role, banned: user.banned })
		.from(user)
		.where(eq(sql`lower(${user.email})`, typed));
	const active = found && found.banned !== true ? found : undefined;
	const outcome = !found
		? 'no-account'
		: !active
			? 'disabled'
			: !perEmail.allowed
				? 'limited'
				: 'sent';
	const token = await db.transaction(async (tx) => {
		await audit.record(tx, {
			action: 'staff.password_link_requested',
			actorId: found?.id ?? null,
			actorRole: found?.role ?? null,
			requestId: ctx.requestId ?? null,
			details: { outcome, ip: ctx.ip }
		});
		return outcome === 'sent' ? issue(tx, active!.id, 'forgot') : null;
	});
	// Not awaited: the answer must not take longer when a mail goes out.
	if (token) void emailLink(ctx.mail, active!.email, 'forgot', token);
	return { kind: 'accepted' };
}

/** Whether a link would work now, without using it (GET). */
export async function isUsable(db: Db, token: string): Promise<boolean> {
	if (!isWellFormedToken(token)) return false;
	const [row] = await db
		.select({ id: setPasswordLinks.id })
		.from(setPasswordLinks)
		.innerJoin(user, eq(user.id, setPasswordLinks.userId))
		.where(
			and(
				eq(setPasswordLinks.tokenHash, hashSecret(token)),
				gt(setPasswordLinks.expiresAt, sql`now()`),
				sql`${user.banned} is not true`
			)
		);
	return Boolean(row);
}

export interface UseContext {
	secret: string;
	ip: string;
	requestId?: string;
}

export type UseOutcome =
	{ kind: 'set' } | { kind: 'invalid' } | { kind: 'throttled'; retryAfter: number };

/** Uses a link once: sets the password (already checked by setPasswordSchema); see the top. */
export async function use(
	db: Db,
	ctx: UseContext,
	token: string,
	newPassword: string
): Promise<UseOutcome> {
	const perIp = await rateLimit.hit(
		db,
		addressLimiterKey(ctx.secret, 'set-password-ip', ctx.ip),
		USE_IP_LIMIT
	);
	if (!perIp.allowed) return { kind: 'throttled', retryAfter: perIp.retryAfter };
	const hash = isWellFormedToken(token) ? await hashPassword(newPassword) : null;
	const done = await db.transaction(async (tx) => {
		if (!hash) return false;
		const [link] = await tx
			.delete(setPasswordLinks)
			.where(eq(setPasswordLinks.tokenHash, hashSecret(token)))
			.returning({
				userId: setPasswordLinks.userId,
				purpose: setPasswordLinks.purpose,
				live: sql<boolean>`${setPasswordLinks.expiresAt} > now()`
			});
		if (!link?.live) return false;
		const [target] = await tx
			.select({ id: user.id, role: user.role, banned: user.banned })
			.from(user)
			.where(eq(user.id, link.userId))
			.for('update');
		if (!target || target.banned === true) return false;
		await tx
			.update(account)
			.set({ password: hash, updatedAt: new Date() })
			.where(and(eq(account.userId, target.id), eq(account.providerId, 'credential')));
		await tx.update(user).set({ mustChangePassword: false }).where(eq(user.id, target.id));
		await tx.delete(setPasswordLinks).where(eq(setPasswordLinks.userId, target.id));
		const ended = await tx
			.delete(session)
			.where(eq(session.userId, target.id))
			.returning({ id: session.id });
		await audit.record(tx, {
			action: 'staff.password_set_by_link',
			actorId: target.id,
			actorRole: target.role,
			requestId: ctx.requestId ?? null,
			details: { purpose: link.purpose, sessionsRevoked: ended.length, ip: ctx.ip }
		});
		return true;
	});
	if (done) return { kind: 'set' };
	await audit.record(db, {
		action: 'staff.password_link_refused',
		requestId: ctx.requestId ?? null,
		details: { ip: ctx.ip }
	});
	return { kind: 'invalid' };
}
