// Staff sign-in with our own throttling, because better-auth does not limit server-side
// `auth.api.*` calls and has no per-account lockout:
// - per IP: the 4th attempt within 10 seconds is refused (429);
// - per account: after 10 failures in 15 minutes the email is locked for the rest of that window.
// Failures are counted per email whether or not such an account exists, and every refusal reads
// the same, so the answers never reveal which emails are staff. Each failed or locked-out attempt
// is audited (`staff.login_failed`: the account's id when the email is a staff member's, the
// reason and the client address; never the email typed, which may be a mistyped password).
import { APIError } from 'better-auth/api';
import { eq, sql } from 'drizzle-orm';
import * as audit from './audit';
import type { Db } from './db/client';
import { user } from './db/schema';
import * as rateLimit from './rate-limit';

export const IP_LIMIT: rateLimit.Limit = { window: 10, max: 3 };
export const ACCOUNT_LIMIT: rateLimit.Limit = { window: 15 * 60, max: 10 };

export type LoginOutcome =
	| { kind: 'signed-in' }
	| { kind: 'two-factor' }
	| { kind: 'invalid' }
	| { kind: 'throttled'; retryAfter: number }
	| { kind: 'locked'; retryAfter: number };

export interface SignIn {
	(email: string, password: string): Promise<{ twoFactorRedirect?: boolean } | unknown>;
}

const ipKey = (ip: string) => `login-ip:${ip}`;
const accountKey = (email: string) => `login-fail:${email.trim().toLowerCase()}`;

export type FailureReason = 'invalid' | 'locked' | 'second-factor';

/** Audits a failed sign-in (see the top of this file for what the row holds). */
export async function recordFailure(
	db: Db,
	input: { email?: string; ip: string; reason: FailureReason; requestId?: string }
): Promise<void> {
	const [account] = input.email
		? await db
				.select({ id: user.id, role: user.role })
				.from(user)
				.where(eq(sql`lower(${user.email})`, input.email.trim().toLowerCase()))
		: [];
	await audit.record(db, {
		action: 'staff.login_failed',
		actorId: account?.id ?? null,
		actorRole: account?.role ?? null,
		requestId: input.requestId ?? null,
		details: { reason: input.reason, ip: input.ip }
	});
}

/** Runs one sign-in attempt through both throttles; `signIn` calls better-auth. */
export async function attempt(
	db: Db,
	input: { email: string; password: string; ip: string; requestId?: string },
	signIn: SignIn
): Promise<LoginOutcome> {
	const outcome = await throttled(db, input, signIn);
	if (outcome.kind === 'invalid' || outcome.kind === 'locked') {
		await recordFailure(db, { ...input, reason: outcome.kind });
	}
	return outcome;
}

async function throttled(
	db: Db,
	input: { email: string; password: string; ip: string },
	signIn: SignIn
): Promise<LoginOutcome> {
	const perIp = await rateLimit.hit(db, ipKey(input.ip), IP_LIMIT);
	if (!perIp.allowed) return { kind: 'throttled', retryAfter: perIp.retryAfter };

	const perAccount = await rateLimit.peek(db, accountKey(input.email), ACCOUNT_LIMIT);
	if (!perAccount.allowed) return { kind: 'locked', retryAfter: perAccount.retryAfter };

	try {
		const result = await signIn(input.email, input.password);
		await rateLimit.clear(db, accountKey(input.email));
		const needsTotp =
			typeof result === 'object' && result !== null && 'twoFactorRedirect' in result;
		return needsTotp ? { kind: 'two-factor' } : { kind: 'signed-in' };
	} catch (e) {
		// Wrong password, unknown email and disabled user all look the same from outside.
		if (!(e instanceof APIError)) throw e;
		const failures = await rateLimit.hit(db, accountKey(input.email), ACCOUNT_LIMIT);
		if (!failures.allowed) return { kind: 'locked', retryAfter: failures.retryAfter };
		return { kind: 'invalid' };
	}
}

/** Throttles second-factor attempts per IP the same way as passwords. */
export async function throttleSecondFactor(db: Db, ip: string) {
	return rateLimit.hit(db, `totp-ip:${ip}`, IP_LIMIT);
}
