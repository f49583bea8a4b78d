// Migration 0012 (issue 16): a resubmission used to overwrite submitted_at. For intakes already
// resubmitted, the first intake.submitted audit event gives back the first submission time and the
// last answered request for more information the resubmission time; others are left as they are.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { auditEvents, infoRequests, intakes } from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { openTestDb } from './db';

const backfill = readFileSync('migrations/0013_resubmissions_search.sql', 'utf8')
	.split('--> statement-breakpoint')
	.map((s) => s.trim())
	.filter((s) => s.includes('UPDATE "intakes"'));

const first = new Date('2026-11-01T10:00:00Z');
const later = new Date('2026-11-05T10:00:00Z');
const latest = new Date('2026-11-09T10:00:00Z');

describe('migration 0012: first submission and resubmission times', () => {
	let handle: DbHandle;
	let resubmitted: string;
	let untouched: string;
	beforeAll(async () => {
		handle = await openTestDb();
		const rows = await handle.db
			.insert(intakes)
			.values([
				// Resubmitted twice before the fix: submitted_at holds the last resubmission.
				{ status: 'submitted', questionnaireVersion: 'x', submittedAt: latest },
				{ status: 'submitted', questionnaireVersion: 'x', submittedAt: first }
			])
			.returning({ id: intakes.id });
		[resubmitted, untouched] = rows.map((r) => r.id) as [string, string];
		await handle.db.insert(auditEvents).values([
			{ action: 'intake.submitted', intakeId: resubmitted, at: first },
			{ action: 'intake.submitted', intakeId: untouched, at: first }
		]);
		const request = {
			intakeId: resubmitted,
			steps: ['medications'],
			message: 'm',
			answersBefore: {},
			flagsBefore: [],
			answers: {}
		};
		await handle.db.insert(infoRequests).values([
			{ ...request, requestedAt: first, answeredAt: later },
			{ ...request, requestedAt: later, answeredAt: latest }
		]);
		expect(backfill).toHaveLength(2);
		for (const statement of backfill) await handle.db.execute(sql.raw(statement));
	});
	afterAll(async () => {
		await handle.db.delete(intakes).where(inArray(intakes.id, [resubmitted, untouched]));
		await handle.close();
	});

	const row = async (id: string) =>
		(
			await handle.db
				.select({
					submittedAt: intakes.submittedAt,
					resubmittedAt: intakes.resubmittedAt,
					activityAt: intakes.activityAt
				})
				.from(intakes)
				.where(eq(intakes.id, id))
		)[0]!;

	it('gives a resubmitted intake back its first submission time', async () => {
		expect(await row(resubmitted)).toEqual({
			submittedAt: first,
			resubmittedAt: latest,
			activityAt: latest
		});
	});

	it('leaves an intake never resubmitted as it was', async () => {
		expect(await row(untouched)).toEqual({
			submittedAt: first,
			resubmittedAt: null,
			activityAt: first
		});
	});
});
