// Per-day step funnel counters: how many patients viewed and completed each step. Counts only,
// no identifiers, so the analytics can never point back at a patient.
//
// Counts are added up in memory and written in one statement every few seconds (and when the
// server stops), not on every page view: a counter row per step and day is the hottest row in the
// database, and updating it on every request made concurrent patients queue behind its lock. A
// crash can lose the last few seconds of counts; they are analytics, never a patient's answers.
// A failed write keeps its counts for the next one.
import { sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { funnelCounters } from './db/schema';

export type FunnelEvent = 'viewed' | 'completed';

interface Pending {
	day: string;
	stepId: string;
	event: FunnelEvent;
	count: number;
}

/** The UTC day of a moment, as the `day` column stores it. */
const utcDay = (at: Date) => at.toISOString().slice(0, 10);

export interface Funnel {
	/** Counts one view or completion now (in memory until the next flush). */
	count(stepId: string, event: FunnelEvent, at?: Date): void;
	/** Writes what has been counted; resolves when it is stored (or kept for the next try). */
	flush(): Promise<void>;
	/** Flushes and stops the timer. */
	stop(): Promise<void>;
}

export function createFunnel(db: Db, { flushMs = 5000 } = {}): Funnel {
	let pending = new Map<string, Pending>();
	let timer: ReturnType<typeof setInterval> | undefined;
	let writing: Promise<void> = Promise.resolve();

	function add(entry: Pending) {
		const key = `${entry.day}|${entry.stepId}|${entry.event}`;
		const seen = pending.get(key);
		if (seen) seen.count += entry.count;
		else pending.set(key, { ...entry });
	}

	async function write() {
		if (pending.size === 0) return;
		const batch = [...pending.values()];
		pending = new Map();
		try {
			await db
				.insert(funnelCounters)
				.values(batch)
				.onConflictDoUpdate({
					target: [funnelCounters.day, funnelCounters.stepId, funnelCounters.event],
					set: { count: sql`${funnelCounters.count} + excluded.count` }
				});
		} catch {
			for (const entry of batch) add(entry);
		}
	}

	/** One write at a time, in order, so a slow write never races the next. */
	const flush = () => (writing = writing.then(write));

	return {
		count(stepId, event, at = new Date()) {
			add({ day: utcDay(at), stepId, event, count: 1 });
			if (!timer) {
				timer = setInterval(() => void flush(), flushMs);
				timer.unref();
			}
		},
		flush,
		async stop() {
			clearInterval(timer);
			timer = undefined;
			await flush();
		}
	};
}
