// Daily summaries: from the digest hour of the clinic's day, one per "digest" recipient and day,
// counting what arrived since their previous one. The unique key (recipient, day) makes it one
// even when several instances reach the hour together; the worker sends it like any delivery.
import { and, count, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { alertDeliveries, alertEvents } from '../db/schema';
import { clinicClock } from './clock';
import { isEmpty, NO_ALERTS } from './email';
import * as settings from './settings';

/**
 * A summary counts what was queued up to a minute before it is written: an outbox row carries its
 * transaction's start time, and a submission still committing then lands in the next summary
 * instead of falling between two.
 */
const SETTLE_MS = 60_000;

/**
 * From the digest hour on, writes each "digest" recipient's summary of the clinic day: what
 * arrived since their previous one (or in the last 24 hours). A summary with nothing in it is
 * written as skipped, so the day counts as done. Returns how many were written.
 */
export async function plan(db: Db, now: Date, opts: { digestHour: number; timeZone?: string }) {
	const { day, hour } = clinicClock(now, opts.timeZone);
	if (hour < opts.digestHour) return 0;
	let written = 0;
	for (const recipientId of await settings.recipients(db, 'digest')) {
		const [last] = await db
			.select({ createdAt: alertDeliveries.createdAt, digestOn: alertDeliveries.digestOn })
			.from(alertDeliveries)
			.where(and(eq(alertDeliveries.recipientId, recipientId), eq(alertDeliveries.kind, 'digest')))
			.orderBy(desc(alertDeliveries.createdAt))
			.limit(1);
		if (last?.digestOn === day) continue;
		const until = new Date(now.getTime() - SETTLE_MS);
		const since = last?.createdAt ?? new Date(until.getTime() - 24 * 3600_000);
		const perKind = await db
			.select({ kind: alertEvents.kind, n: count() })
			.from(alertEvents)
			.where(and(gt(alertEvents.createdAt, since), lte(alertEvents.createdAt, until)))
			.groupBy(alertEvents.kind);
		const counts = { ...NO_ALERTS };
		for (const { kind, n } of perKind) counts[kind] = n;
		const added = await db
			.insert(alertDeliveries)
			.values({
				recipientId,
				kind: 'digest',
				digestOn: day,
				counts,
				// The end of the window it counts: the next summary starts there.
				createdAt: until,
				nextAttemptAt: now,
				...(isEmpty(counts) ? { status: 'skipped' as const } : {})
			})
			.onConflictDoNothing()
			.returning({ id: alertDeliveries.id });
		written += added.length;
	}
	return written;
}
