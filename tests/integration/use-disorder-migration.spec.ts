// Migration 0007_use_disorder_status (issue 12): submitted answers from before questionnaire
// 2026-12.1 get the use-disorder status the schema now requires; drafts are left for the wizard.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { intakes } from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { openTestDb } from './db';

const statements = readFileSync('migrations/0007_use_disorder_status.sql', 'utf8')
	.split('--> statement-breakpoint')
	.map((s) => s.trim())
	.filter(Boolean);

const answers = (conditions: string[], health: Record<string, string>) => ({
	conditions: { conditions, duration: '1-5-years' },
	health
});

describe('migration 0007_use_disorder_status', () => {
	let handle: DbHandle;
	const ids: Record<string, string> = {};
	beforeAll(async () => {
		handle = await openTestDb();
		const rows = {
			audNo: ['submitted', answers(['alcohol-use-disorder'], { alcoholUseDisorder: 'no' })],
			audYes: ['approved', answers(['alcohol-use-disorder'], { alcoholUseDisorder: 'yes' })],
			oud: ['submitted', answers(['opioid-use-disorder'], { opioidMisuseHistory: 'no' })],
			draft: ['draft', answers(['alcohol-use-disorder'], { alcoholUseDisorder: 'no' })],
			other: ['submitted', answers(['fibromyalgia'], { alcoholUseDisorder: 'no' })]
		} as const;
		for (const [name, [status, value]] of Object.entries(rows)) {
			const [row] = await handle.db
				.insert(intakes)
				.values({ status, questionnaireVersion: '2026-11.1', answers: value })
				.returning({ id: intakes.id });
			ids[name] = row!.id;
		}
		for (const statement of statements) await handle.db.execute(sql.raw(statement));
	});
	afterAll(async () => {
		for (const id of Object.values(ids)) await handle.db.delete(intakes).where(eq(intakes.id, id));
		await handle.close();
	});

	const conditionsOf = async (name: string) => {
		const [row] = await handle.db
			.select({ answers: intakes.answers })
			.from(intakes)
			.where(eq(intakes.id, ids[name]!));
		return (row!.answers as { conditions: Record<string, unknown> }).conditions;
	};

	it('derives the alcohol status from the "problem with alcohol now" answer', async () => {
		expect((await conditionsOf('audNo')).alcoholUseDisorderStatus).toBe('remission');
		expect((await conditionsOf('audYes')).alcoholUseDisorderStatus).toBe('current');
	});

	it('marks a stored opioid use disorder current (R07 fires on any history)', async () => {
		expect((await conditionsOf('oud')).opioidUseDisorderStatus).toBe('current');
	});

	it('leaves drafts and intakes without the conditions alone', async () => {
		expect(await conditionsOf('draft')).not.toHaveProperty('alcoholUseDisorderStatus');
		const other = await conditionsOf('other');
		expect(other).not.toHaveProperty('alcoholUseDisorderStatus');
		expect(other).not.toHaveProperty('opioidUseDisorderStatus');
	});

	it('is idempotent: a second run changes nothing', async () => {
		for (const statement of statements) await handle.db.execute(sql.raw(statement));
		expect((await conditionsOf('audNo')).alcoholUseDisorderStatus).toBe('remission');
	});
});
