// Data retention: drafts nobody has touched for the retention period are deleted, with one audit
// row that records how many (never whose). Submitted intakes are kept: they are clinical records.
// Old rate-limit windows and alert outbox and delivery rows (no PHI) go too.
import { and, eq, lt, sql } from 'drizzle-orm';
import * as alertEvents from './alerts/events';
import * as audit from './audit';
import type { Db } from './db/client';
import { intakes } from './db/schema';
import * as rateLimit from './http/rate-limit';

/** Deletes drafts not updated for `days` days; returns how many were deleted. */
export async function purgeStaleDrafts(db: Db, days: number): Promise<number> {
	const deleted = await db
		.delete(intakes)
		.where(
			and(
				eq(intakes.status, 'draft'),
				lt(intakes.updatedAt, sql`now() - make_interval(days => ${days})`)
			)
		)
		.returning({ id: intakes.id });
	await audit.record(db, {
		action: 'retention.purged',
		details: { drafts: deleted.length, olderThanDays: days }
	});
	await rateLimit.purgeStale(db);
	await alertEvents.purgeOld(db);
	return deleted.length;
}
