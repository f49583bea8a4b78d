// Fixed-window counters in PostgreSQL, so that every app instance shares them and the servers
// stay stateless. One upsert per hit: the row is reset when its window has passed.
import { and, eq, gt, lt, lte, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { rateLimits } from './db/schema';

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
