// Per-address and per-draft limits on wizard requests (kept in memory or in the rate_limits table).
import type { RequestEvent } from '@sveltejs/kit';
import { config } from '../db';
import { createMemoryLimiter } from '../http/memory-limit';
import * as rateLimit from '../http/rate-limit';
import { addressKey, clientAddress } from '../http/client-address';

/** Seconds in an hour: the window of the hourly limits. */
export const HOUR = 3600;

/** The limiter key of this client's address (IPv6 by /64), an HMAC: never the address itself. */
export function clientKey(event: RequestEvent, kind: string) {
	return rateLimit.limiterKey(config.secret, kind, addressKey(clientAddress(event)));
}

const stepPostsPerDraft = createMemoryLimiter({
	window: HOUR,
	max: config.STEP_POSTS_PER_HOUR_DRAFT
});
const stepPostsPerIp = createMemoryLimiter({ window: HOUR, max: config.STEP_POSTS_PER_HOUR_IP });

/**
 * Counts a step post against its draft and its address (in this server's memory: the limit only
 * keeps one client from costing too much). Null when allowed, else seconds to wait.
 */
export function stepPostThrottle(event: RequestEvent, draft: { id: string } | null): number | null {
	const ip = stepPostsPerIp.hit(addressKey(clientAddress(event)));
	const own = draft ? stepPostsPerDraft.hit(draft.id) : { allowed: true, retryAfter: 0 };
	if (ip.allowed && own.allowed) return null;
	return Math.max(ip.allowed ? 0 : ip.retryAfter, own.allowed ? 0 : own.retryAfter);
}

const nameLookupsPerIp = createMemoryLimiter({
	window: 60,
	max: config.NAME_LOOKUPS_PER_MINUTE_IP
});

/** Counts a medicine-name lookup against its address. Null when allowed, else seconds to wait. */
export function nameLookupThrottle(event: RequestEvent): number | null {
	const hit = nameLookupsPerIp.hit(addressKey(clientAddress(event)));
	return hit.allowed ? null : hit.retryAfter;
}
