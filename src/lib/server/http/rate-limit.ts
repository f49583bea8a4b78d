// Counters in PostgreSQL, so that every app instance shares them and the servers stay stateless.
// Two kinds, both one statement per attempt, counted *before* the attempt is verified, so that
// concurrent guesses cannot all be checked before the first failure is counted (issue 14):
// - hit(): a fixed window (e.g. per address): the row is reset when its window has passed;
// - take(): a progressive delay (e.g. per account): a few free attempts, then each further one
//   must wait twice as long as the last, up to a ceiling. Nobody is ever locked out for long,
//   and a guesser gets a handful of tries an hour (OWASP Authentication Cheat Sheet, "Protect
//   against automated attacks": account lockout can be abused to deny service; prefer delays).
// Keys are `kind:` + an HMAC of the subject with the server secret (limiterKey), so the table
// never holds an email or an address.
import { createHmac } from 'node:crypto';
import { and, eq, gt, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimits } from '../db/schema';

export interface Limit {
	/** Window length in seconds. */
	window: number;
	/** Hits allowed within one window; the next one is refused. */
	max: number;
}

export interface HitResult {
	allowed: boolean;
	count: number;
	/** Seconds until the window resets. */
	retryAfter: number;
}

/** A progressive delay: `free` attempts, then waits of baseDelay·2ⁿ seconds up to maxDelay. */
export interface Backoff {
	free: number;
	/** Seconds to wait before the first attempt after the free ones. */
	baseDelay: number;
	/** The longest wait between two attempts, in seconds. */
	maxDelay: number;
	/** Seconds without any attempt after which the count starts again. */
	resetAfter: number;
}

/** The stored key for `subject`: `kind:` and an HMAC-SHA256 of it with the server secret. */
export function limiterKey(secret: string, kind: string, subject: string): string {
	return `${kind}:${createHmac('sha256', secret).update(`${kind}\0${subject}`).digest('base64url')}`;
}

/** Seconds to wait after `count` attempts before the next (0 while attempts are free). */
export function backoffDelay(policy: Backoff, count: number): number {
	if (count < policy.free) return 0;
	return Math.min(policy.maxDelay, policy.baseDelay * 2 ** (count - policy.free));
}

/**
 * Counts one attempt against `key` if the backoff allows one now, in a single upsert; when it does
 * not, nothing is counted and the caller must not verify the attempt. PostgreSQL locks the row for
 * the conflicting update and re-checks the condition on its newest version, so concurrent attempts
 * are admitted one at a time.
 */
export async function take(
	db: Db,
	key: string,
	policy: Backoff
): Promise<{ allowed: true } | { allowed: false; retryAfter: number }> {
	const idle = sql`${rateLimits.windowStart} <= now() - make_interval(secs => ${policy.resetAfter})`;
	const delay = sql`least(${policy.maxDelay}::float8, ${policy.baseDelay}::float8 * power(2::float8, ${rateLimits.count} - ${policy.free}))`;
	const rows = await db
		.insert(rateLimits)
		.values({ key, windowStart: sql`now()`, count: 1 })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`case when ${idle} then 1 else ${rateLimits.count} + 1 end`,
				windowStart: sql`now()`
			},
			setWhere: sql`${idle} or ${rateLimits.count} < ${policy.free} or ${rateLimits.windowStart} + make_interval(secs => ${delay}) <= now()`
		})
		.returning({ count: rateLimits.count });
	if (rows.length > 0) return { allowed: true };
	const [row] = await db
		.select({
			wait: sql<number>`ceil(extract(epoch from (${rateLimits.windowStart} + make_interval(secs => ${delay}) - now())))::int`
		})
		.from(rateLimits)
		.where(eq(rateLimits.key, key));
	return { allowed: false, retryAfter: Math.max(1, Number(row?.wait ?? 1)) };
}

/** Counts one hit against `key` and says whether it is within the limit. */
export async function hit(db: Db, key: string, limit: Limit): Promise<HitResult> {
	const expired = sql`${rateLimits.windowStart} <= now() - make_interval(secs => ${limit.window})`;
	const [row] = await db
		.insert(rateLimits)
		.values({ key, windowStart: sql`now()`, count: 1 })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
				windowStart: sql`case when ${expired} then now() else ${rateLimits.windowStart} end`
			}
		})
		.returning({
			count: rateLimits.count,
			retryAfter: sql<number>`ceil(extract(epoch from (${rateLimits.windowStart} + make_interval(secs => ${limit.window}) - now())))::int`
		});
	const count = row?.count ?? 1;
	return {
		allowed: count <= limit.max,
		count,
		retryAfter: Math.max(1, row?.retryAfter ?? limit.window)
	};
}

/** Reads the current count without counting a hit (0 when the window has passed). */
export async function peek(db: Db, key: string, limit: Limit): Promise<HitResult> {
	const [row] = await db
		.select({
			count: sql<number>`case when ${rateLimits.windowStart} <= now() - make_interval(secs => ${limit.window}) then 0 else ${rateLimits.count} end`,
			retryAfter: sql<number>`ceil(extract(epoch from (${rateLimits.windowStart} + make_interval(secs => ${limit.window}) - now())))::int`
		})
		.from(rateLimits)
		.where(eq(rateLimits.key, key));
	const count = Number(row?.count ?? 0);
	return { allowed: count < limit.max, count, retryAfter: Math.max(1, row?.retryAfter ?? 0) };
}

/**
 * Takes one hit back (a try that turned out to be allowed: limits that count failures only). A
 * row's count is at least 1, so the last hit goes with its row.
 */
export async function refund(db: Db, key: string): Promise<void> {
	await db.delete(rateLimits).where(and(eq(rateLimits.key, key), lte(rateLimits.count, 1)));
	await db
		.update(rateLimits)
		.set({ count: sql`${rateLimits.count} - 1` })
		.where(and(eq(rateLimits.key, key), gt(rateLimits.count, 1)));
}

/** Forgets a key (e.g. after a successful login). */
export async function clear(db: Db, key: string): Promise<void> {
	await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Deletes rows whose window ended more than a day ago. */
export async function purgeStale(db: Db): Promise<void> {
	await db.delete(rateLimits).where(lt(rateLimits.windowStart, sql`now() - interval '1 day'`));
}
