// The alerts outbox (alert_events). Submissions and resubmissions add their row inside their own
// transaction; eligible-from reminders are added by the worker, at most once per intake and date.
import { and, gt, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { alertDeliveries, alertEvents, intakes } from '../db/schema';
import { daysBefore } from './clock';

/** Intakes still waiting for a decision: the ones a reminder is useful for. */
const OPEN = ['submitted', 'in_review', 'needs_info'] as const;
/** An instance that was down for a few days still reminds of dates that arrived meanwhile. */
const ELIGIBLE_LOOKBACK_DAYS = 7;

/** Adds an intake's alert; pass the submission's transaction as `db`. */
export async function enqueue(db: Db, kind: 'submitted' | 'updated', intakeId: string) {
	await db.insert(alertEvents).values({ kind, intakeId });
}

/**
 * Adds a reminder for each open intake whose eligible-from date is `today` (the clinic's day) or
 * arrived in the last few days. The unique key (intake, kind, date) makes it once, even from two
 * instances at the same moment or after a restart; a new date (a resubmission) gets its own.
 */
export async function enqueueEligibleReminders(
	db: Db,
	today: string,
	now = new Date()
): Promise<number> {
	const added = await db
		.insert(alertEvents)
		.select(
			db
				.select({
					// insert … select names every column, in the table's order.
					id: sql<number>`nextval(pg_get_serial_sequence('alert_events', 'id'))`.as('id'),
					kind: sql<'eligible'>`'eligible'`.as('kind'),
					intakeId: intakes.id,
					eligibleOn: intakes.eligibleFrom,
					createdAt: sql<Date>`${now.toISOString()}::timestamptz`.as('created_at'),
					fannedOutAt: sql<Date | null>`null::timestamptz`.as('fanned_out_at')
				})
				.from(intakes)
				.where(
					and(
						inArray(intakes.status, [...OPEN]),
						lte(intakes.eligibleFrom, today),
						gt(intakes.eligibleFrom, daysBefore(today, ELIGIBLE_LOOKBACK_DAYS))
					)
				)
		)
		.onConflictDoNothing()
		.returning({ id: alertEvents.id });
	return added.length;
}

/** Outbox rows are kept for a month (a daily summary looks back a day); the delivery log a year. */
const KEEP_EVENTS_DAYS = 30;
const KEEP_DELIVERIES_DAYS = 365;

/** Deletes outbox rows and delivery log rows past their keeping time (`npm run retention`). */
export async function purgeOld(db: Db, now = new Date()): Promise<void> {
	const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
	await db.delete(alertEvents).where(lt(alertEvents.createdAt, daysAgo(KEEP_EVENTS_DAYS)));
	await db
		.delete(alertDeliveries)
		.where(lt(alertDeliveries.createdAt, daysAgo(KEEP_DELIVERIES_DAYS)));
}
