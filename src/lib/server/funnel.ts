// Per-day step funnel counters: how many patients viewed and completed each step. Counts only,
// no identifiers, so the analytics can never point back at a patient.
import { sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { funnelCounters } from './db/schema';

export async function count(db: Db, stepId: string, event: 'viewed' | 'completed'): Promise<void> {
	await db
		.insert(funnelCounters)
		.values({ day: sql`current_date`, stepId, event, count: 1 })
		.onConflictDoUpdate({
			target: [funnelCounters.day, funnelCounters.stepId, funnelCounters.event],
			set: { count: sql`${funnelCounters.count} + 1` }
		});
}
