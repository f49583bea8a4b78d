// Staff sign-in with our own throttling, because better-auth does not limit server-side
// `auth.api.*` calls and has no per-account lockout. Every attempt is counted before the password
// is checked, in one statement (rate-limit.ts), so concurrent guesses cannot slip past a count
// that has not been written yet (issue 14: guess #21 of 40 concurrent ones used to get through).
// - per address (IPv4, or IPv6 /64): the 4th attempt within 10 seconds is refused (429);
// - per account, for browsers that have not signed in to it before: 5 free attempts, then a delay
//   that doubles with each further attempt, up to 5 minutes. A delay, not a lock: a guesser can
//   only slow the account down, never shut its owner out;
// - per device cookie (OWASP's device-cookie scheme, auth/device-cookie.ts): a browser that signed
//   in to this account before has the same allowance of its own, untouched by guessers elsewhere.
// Failures are counted whether or not such an account exists, and every refusal reads the same,
// so the answers never reveal which emails are staff. Each failed or delayed attempt is audited
// (`staff.login_failed`: the account's id when the email is a staff member's, the reason and the
// client address; never the email typed, which may be a mistyped password).
import { APIError } from 'better-auth/api';
import { eq, sql } from 'drizzle-orm';
import * as audit from './audit';
import { deviceNonce, issueDeviceCookie } from './auth/device-cookie';
import { addressKey } from './http/client-address';
import type { Db } from './db/client';
import { user } from './db/schema';
import * as rateLimit from './http/rate-limit';

export const IP_LIMIT: rateLimit.Limit = { window: 10, max: 3 };
/** Per account (or per known browser): 5 free attempts, then 2 s, 4 s, … up to 5 minutes apart. */
export const ACCOUNT_BACKOFF: rateLimit.Backoff = {
	free: 5,
	baseDelay: 2,
	maxDelay: 5 * 60,
	resetAfter: 60 * 60
};

export type LoginOutcome =
	| { kind: 'signed-in'; deviceCookie: string }
	| { kind: 'two-factor'; deviceCookie: string }
	| { kind: 'invalid' }
	| { kind: 'throttled'; retryAfter: number }
	| { kind: 'locked'; retryAfter: number };

export interface SignIn {
	(email: string, password: string): Promise<{ twoFactorRedirect?: boolean } | unknown>;
}

export interface LoginInput {
	email: string;
	password: string;
	ip: string;
	/** The server secret: limiter keys and device cookies are HMACs with it. */
	secret: string;
	/** The browser's device cookie, if any. */
	device?: string;
	requestId?: string;
}

const normalise = (email: string) => email.trim().toLowerCase();

/** The limiter key of an address (IPv6 by its /64). */
export const addressLimiterKey = (secret: string, kind: string, ip: string) =>
	rateLimit.limiterKey(secret, kind, addressKey(ip));

export type FailureReason = 'invalid' | 'locked' | 'second-factor' | 'password-check';

/** Audits a failed sign-in (see the top of this file for what the row holds). */
export async function recordFailure(
	db: Db,
	input: { email?: string; userId?: string; ip: string; reason: FailureReason; requestId?: string }
): Promise<void> {
	const [account] = input.userId
		? await db.select({ id: user.id, role: user.role }).from(user).where(eq(user.id, input.userId))
		: input.email
			? await db
					.select({ id: user.id, role: user.role })
					.from(user)
					.where(eq(sql`lower(${user.email})`, normalise(input.email)))
			: [];
	await audit.record(db, {
		action: 'staff.login_failed',
		actorId: account?.id ?? null,
		actorRole: account?.role ?? null,
		requestId: input.requestId ?? null,
		details: { reason: input.reason, ip: input.ip }
	});
}

/** Runs one sign-in attempt through the throttles; `signIn` calls better-auth. */
export async function attempt(db: Db, input: LoginInput, signIn: SignIn): Promise<LoginOutcome> {
	const outcome = await throttled(db, input, signIn);
	if (outcome.kind === 'invalid' || outcome.kind === 'locked') {
		await recordFailure(db, { ...input, reason: outcome.kind });
	}
	return outcome;
}

async function throttled(db: Db, input: LoginInput, signIn: SignIn): Promise<LoginOutcome> {
	const perIp = await rateLimit.hit(
		db,
		addressLimiterKey(input.secret, 'login-ip', input.ip),
		IP_LIMIT
	);
	if (!perIp.allowed) return { kind: 'throttled', retryAfter: perIp.retryAfter };

	const nonce = deviceNonce(input.secret, input.email, input.device);
	const key = nonce
		? rateLimit.limiterKey(input.secret, 'login-device', nonce)
		: rateLimit.limiterKey(input.secret, 'login-account', normalise(input.email));
	const allowance = await rateLimit.take(db, key, ACCOUNT_BACKOFF);
	if (!allowance.allowed) return { kind: 'locked', retryAfter: allowance.retryAfter };

	let result: unknown;
	try {
		result = await signIn(input.email, input.password);
	} catch (e) {
		// Wrong password, unknown email and disabled user all look the same from outside.
		if (!(e instanceof APIError)) throw e;
		return { kind: 'invalid' };
	}
	await rateLimit.clear(db, key);
	const deviceCookie = issueDeviceCookie(input.secret, input.email);
	const needsTotp = typeof result === 'object' && result !== null && 'twoFactorRedirect' in result;
	return needsTotp ? { kind: 'two-factor', deviceCookie } : { kind: 'signed-in', deviceCookie };
}

/** Second-factor attempts: per address like passwords, and per account with the same backoff. */
export async function throttleSecondFactor(
	db: Db,
	input: { ip: string; secret: string; userId: string | null }
): Promise<{ allowed: true; key: string | null } | { allowed: false; retryAfter: number }> {
	const perIp = await rateLimit.hit(
		db,
		addressLimiterKey(input.secret, 'totp-ip', input.ip),
		IP_LIMIT
	);
	if (!perIp.allowed) return { allowed: false, retryAfter: perIp.retryAfter };
	if (!input.userId) return { allowed: true, key: null };
	const key = rateLimit.limiterKey(input.secret, 'totp-account', input.userId);
	const allowance = await rateLimit.take(db, key, ACCOUNT_BACKOFF);
	return allowance.allowed ? { allowed: true, key } : allowance;
}

/** The password check before two-step enrolment (/staff/security), per account. */
export async function throttlePasswordCheck(db: Db, input: { secret: string; userId: string }) {
	const key = rateLimit.limiterKey(input.secret, 'password-check', input.userId);
	const allowance = await rateLimit.take(db, key, ACCOUNT_BACKOFF);
	return { ...allowance, key };
}

/** Forgets an allowance's failures after a success. */
export const forgetFailures = (db: Db, key: string | null) =>
	key ? rateLimit.clear(db, key) : Promise.resolve();
