// The alerts worker: a small job queue on the app's own database (alert_events → alert_deliveries
// → SMTP), run by every app instance on a timer. Why not pg-boss or graphile-worker: see README
// ("Email alerts"). What makes it safe with several instances and restarts:
// - fan-out claims outbox rows with FOR UPDATE SKIP LOCKED and, in the same transaction, writes
//   the deliveries and marks the rows, so each event reaches each "each" recipient once;
// - a digest is one row per recipient and clinic day (unique key, digests.ts), so two instances
//   write one;
// - sending claims due deliveries with SKIP LOCKED and leases them for a few minutes, commits,
//   then sends outside any transaction (an SMTP wait must not hold a row lock, nor PGlite's one
//   connection); success marks the row sent, failure schedules a retry with backoff. An instance
//   that dies mid-send leaves a lease that lapses, and another sends the row (at least once: a
//   crash between the relay's "accepted" and the commit can repeat one email, never lose one).
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { alertDeliveries, alertEvents } from '../db/schema';
import { clinicClock } from './clock';
import { alertEmail, NO_ALERTS, type AlertCounts } from './email';
import * as digests from './digests';
import { enqueueEligibleReminders } from './events';
import * as settings from './settings';

export type Send = (to: string, subject: string, text: string) => Promise<boolean>;

export interface WorkerOptions {
	send: Send;
	origin: string;
	clinicName: string;
	/** The clinic's hour (0 to 23) at which daily summaries go out. */
	digestHour: number;
	/** The clinic's time zone; the process's when unset. */
	timeZone?: string;
}

const FAN_OUT_BATCH = 500;
const SEND_BATCH = 20;
/** A claimed delivery not marked within this time is due again (its instance died). */
export const LEASE_MS = 5 * 60_000;
/** Attempts before a delivery is given up as failed (retries over about half an hour). */
export const MAX_ATTEMPTS = 6;
/** Wait before attempt n + 1: 1, 2, 4, 8, 16 minutes… */
export const backoffMs = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);

function countsOf(kinds: readonly (keyof AlertCounts)[]): AlertCounts {
	const counts = { ...NO_ALERTS };
	for (const k of kinds) counts[k]++;
	return counts;
}

/** Turns outbox rows no instance has handled into one delivery per "each" recipient. */
export async function fanOut(db: Db, now: Date): Promise<number> {
	return db.transaction(async (txn) => {
		const tx = txn as unknown as Db;
		const events = await tx
			.select({ id: alertEvents.id, kind: alertEvents.kind })
			.from(alertEvents)
			.where(isNull(alertEvents.fannedOutAt))
			.orderBy(asc(alertEvents.id))
			.limit(FAN_OUT_BATCH)
			.for('update', { skipLocked: true });
		if (!events.length) return 0;
		const counts = countsOf(events.map((e) => e.kind));
		const to = await settings.recipients(tx, 'each');
		if (to.length) {
			await tx.insert(alertDeliveries).values(
				to.map((recipientId) => ({
					recipientId,
					kind: 'each' as const,
					counts,
					createdAt: now,
					nextAttemptAt: now
				}))
			);
		}
		await tx
			.update(alertEvents)
			.set({ fannedOutAt: now })
			.where(
				inArray(
					alertEvents.id,
					events.map((e) => e.id)
				)
			);
		return to.length;
	});
}

/** Claims due deliveries (SKIP LOCKED) and leases them; commits before anything is sent. */
async function claim(db: Db, now: Date) {
	return db.transaction(async (txn) => {
		const tx = txn as unknown as Db;
		const due = await tx
			.select({ id: alertDeliveries.id })
			.from(alertDeliveries)
			.where(
				and(
					eq(alertDeliveries.status, 'pending'),
					lte(alertDeliveries.nextAttemptAt, now),
					or(isNull(alertDeliveries.lockedUntil), lt(alertDeliveries.lockedUntil, now))
				)
			)
			.orderBy(asc(alertDeliveries.id))
			.limit(SEND_BATCH)
			.for('update', { skipLocked: true });
		if (!due.length) return [];
		return tx
			.update(alertDeliveries)
			.set({
				lockedUntil: new Date(now.getTime() + LEASE_MS),
				attempts: sql`${alertDeliveries.attempts} + 1`
			})
			.where(
				inArray(
					alertDeliveries.id,
					due.map((d) => d.id)
				)
			)
			.returning();
	});
}

/** Sends the due deliveries; returns how many were sent. */
async function deliverDue(db: Db, now: Date, opts: WorkerOptions): Promise<number> {
	let sent = 0;
	for (const d of await claim(db, now)) {
		const done = (set: Partial<typeof alertDeliveries.$inferInsert>) =>
			db
				.update(alertDeliveries)
				.set({ lockedUntil: null, ...set })
				.where(eq(alertDeliveries.id, d.id));
		const to = await settings.addressOf(db, d.recipientId, d.kind);
		if (!to) {
			await done({ status: 'skipped', lastError: 'recipient' });
			continue;
		}
		const { subject, text } = alertEmail({ kind: d.kind, counts: d.counts, ...opts });
		if (await opts.send(to, subject, text)) {
			await done({ status: 'sent', sentAt: new Date(), lastError: null });
			sent++;
		} else if (d.attempts >= MAX_ATTEMPTS) {
			await done({ status: 'failed', lastError: 'smtp' });
		} else {
			await done({
				lastError: 'smtp',
				nextAttemptAt: new Date(now.getTime() + backoffMs(d.attempts))
			});
		}
	}
	return sent;
}

/** One round of the worker: reminders, fan-out, digests, sending. */
export async function runOnce(db: Db, opts: WorkerOptions, now = new Date()) {
	const { day } = clinicClock(now, opts.timeZone);
	await enqueueEligibleReminders(db, day, now);
	await fanOut(db, now);
	await digests.plan(db, now, opts);
	return deliverDue(db, now, opts);
}

/**
 * Runs `runOnce` every `seconds`, one round at a time; a failed round is logged (its error's name
 * only) and the next one tries again. Returns a stop function that waits for the running round.
 */
export function start(db: Db, seconds: number, opts: WorkerOptions) {
	let running: Promise<unknown> = Promise.resolve();
	let busy = false;
	const tick = () => {
		if (busy) return;
		busy = true;
		running = runOnce(db, opts)
			.catch((e: unknown) => console.error(`[alerts] round failed: ${(e as Error).name}`))
			.finally(() => (busy = false));
	};
	const timer = setInterval(tick, seconds * 1000);
	timer.unref();
	tick();
	return async () => {
		clearInterval(timer);
		await running;
	};
}
