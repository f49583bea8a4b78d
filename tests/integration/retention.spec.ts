import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { auditEvents, intakes } from '../../src/lib/server/db/schema';
import * as drafts from '../../src/lib/server/intakes/drafts';
import { purgeStaleDrafts } from '../../src/lib/server/retention';
import { openTestDb, resetDb } from './db';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

const newDraft = () =>
	drafts.start(handle.db, {
		questionnaireVersion: 'test',
		locale: 'en',
		consent: { version: 'v', textHash: 'h', locale: 'en', contactConsent: 'no', textConsent: 'no' },
		answers: { about: { firstName: 'RetentionMarker' } },
		origin: {}
	});
const age = (id: string, days: number) =>
	handle.db
		.update(intakes)
		.set({ updatedAt: sql`now() - make_interval(days => ${days})` })
		.where(eq(intakes.id, id));

describe('retention', () => {
	it('deletes only drafts untouched for longer than the period, and audits the count without PHI', async () => {
		const stale = await newDraft();
		const fresh = await newDraft();
		const submitted = await newDraft();
		await age(stale.id, 31);
		await age(fresh.id, 29);
		await age(submitted.id, 400);
		await handle.db
			.update(intakes)
			.set({ status: 'submitted' })
			.where(eq(intakes.id, submitted.id));

		expect(await purgeStaleDrafts(handle.db, 30)).toBe(1);
		const left = (await handle.db.select({ id: intakes.id }).from(intakes)).map((r) => r.id).sort();
		expect(left).toEqual([fresh.id, submitted.id].sort());

		const [row] = await handle.db
			.select()
			.from(auditEvents)
			.where(
				and(
					eq(auditEvents.action, 'retention.purged'),
					sql`${auditEvents.details}->>'drafts' = '1'`
				)
			)
			.orderBy(sql`${auditEvents.id} desc`)
			.limit(1);
		expect(row?.details).toEqual({ drafts: 1, olderThanDays: 30 });
		expect(JSON.stringify(row)).not.toContain('RetentionMarker');
	});
});
