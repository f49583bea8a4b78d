// Demo step-funnel counts to go with seeded intakes (insights' "Where patients stop"): every
// seeded intake was sent, so it viewed and completed every step on its day; on top of that, some
// patients stopped at each step, at demo drop-off rates. Counts only, like the real counters.
import { sql } from 'drizzle-orm';
import { STEP_IDS } from '../../intake';
import type { Db } from '../db/client';
import { funnelCounters } from '../db/schema';

/** Share of the patients who view a step and leave it without completing it (demo figures). */
const DROP = [0.08, 0.05, 0.04, 0.12, 0.06, 0.03, 0.02, 0.04];
const STEPS = [...STEP_IDS, 'review'];

/** Adds the funnel of `count` intakes sent one a minute before `now` (as seedIntakes makes them). */
export async function seedFunnel(db: Db, opts: { count: number; now: Date }): Promise<void> {
	const perDay = new Map<string, number>();
	for (let n = 0; n < opts.count; n++) {
		const day = new Date(opts.now.getTime() - (n + 1) * 60_000).toISOString().slice(0, 10);
		perDay.set(day, (perDay.get(day) ?? 0) + 1);
	}
	const rows: (typeof funnelCounters.$inferInsert)[] = [];
	for (const [day, sent] of perDay) {
		// Backwards from the last step: those who completed a step reached the next one.
		let completed = sent;
		for (let i = STEPS.length - 1; i >= 0; i--) {
			const reached = Math.round(completed / (1 - (DROP[i] ?? 0)));
			rows.push({ day, stepId: STEPS[i]!, event: 'completed', count: completed });
			rows.push({ day, stepId: STEPS[i]!, event: 'viewed', count: reached });
			completed = reached;
		}
	}
	for (let i = 0; i < rows.length; i += 1000)
		await db
			.insert(funnelCounters)
			.values(rows.slice(i, i + 1000))
			.onConflictDoUpdate({
				target: [funnelCounters.day, funnelCounters.stepId, funnelCounters.event],
				set: { count: sql`${funnelCounters.count} + excluded.count` }
			});
}
