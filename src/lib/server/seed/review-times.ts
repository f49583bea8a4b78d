// Demo review times for seeded intakes (insights' "How long intakes wait"): the generator writes
// reviewed intakes with updated_at = submitted_at, which the insights trigger reads as "reviewed
// at once". This spreads their last change over the hours after sending (never past now) and
// moves their waits in insight_waits to match, in one transaction. Development seed only.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

const REVIEWED = sql`('in_review', 'needs_info', 'approved', 'declined', 'booked')`;
const DECIDED = sql`('approved', 'declined', 'booked')`;

/** The waits of the marked rows, added `sign` times (−1 to take them out, 1 to put them back). */
const moveWaits = (sign: 1 | -1) => sql`
	insert into insight_waits as t (week, kind, bucket, triage, source, intakes)
	select insights_week(i.updated_at), w.kind,
		width_bucket(greatest(extract(epoch from i.updated_at - i.submitted_at)::float8 / 3600, 0), insights_wait_bounds()),
		i.triage, lower(coalesce(i.source, '')), ${sign} * count(*)::integer
	from intakes i join seed_spread s on s.id = i.id
	cross join lateral (values ('review'), ('decision')) w(kind)
	where w.kind = 'review' or i.status in ${DECIDED}
	group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
	on conflict on constraint insight_waits_key do update set intakes = t.intakes + excluded.intakes`;

export async function spreadReviewTimes(db: Db): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.execute(sql`
			create temporary table seed_spread on commit drop as
			select id from intakes
			where consent_version = 'seed' and submitted_at is not null
				and updated_at = submitted_at and status in ${REVIEWED}`);
		await tx.execute(moveWaits(-1));
		// Half within about 6 hours, a long tail to about 4 days (a hash of the id, so reruns agree).
		await tx.execute(sql`
			update intakes i set updated_at = least(now(), i.submitted_at
				+ make_interval(secs => 3600 * (0.25 + 96 * power((abs(hashtext(i.id::text)) % 1000) / 1000.0, 3))))
			from seed_spread s where s.id = i.id`);
		await tx.execute(moveWaits(1));
	});
}
