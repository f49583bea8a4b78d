// Migration 0009_none_taken (issue 13): stored answers with two empty medicine lists, which meant
// "none" when the form said to leave them empty, get the explicit noneTaken answer the wizard now
// asks for; listed medicines, answers without the step and answers that already say it are kept.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { intakes } from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { openTestDb } from './db';

const statements = readFileSync('migrations/0009_none_taken.sql', 'utf8')
	.split('--> statement-breakpoint')
	.map((s) => s.trim())
	.filter(Boolean);

const percocet = { name: 'Percocet', route: 'mouth', status: 'current' };

describe('migration 0009_none_taken', () => {
	let handle: DbHandle;
	const ids: Record<string, string> = {};
	beforeAll(async () => {
		handle = await openTestDb();
		const rows: Record<string, [string, Record<string, unknown>]> = {
			empty: ['submitted', { medications: { medications: [], supplements: [] } }],
			draft: ['draft', { medications: { medications: [], supplements: [] } }],
			listed: ['submitted', { medications: { medications: [percocet], supplements: [] } }],
			noStep: ['draft', { about: { firstName: 'Alex' } }],
			said: ['submitted', { medications: { medications: [], supplements: [], noneTaken: 'yes' } }]
		};
		for (const [name, [status, answers]] of Object.entries(rows)) {
			const [row] = await handle.db
				.insert(intakes)
				.values({ status: status as 'draft', questionnaireVersion: '2026-12.2', answers })
				.returning({ id: intakes.id });
			ids[name] = row!.id;
		}
		for (const statement of statements) await handle.db.execute(sql.raw(statement));
	});
	afterAll(async () => {
		for (const id of Object.values(ids)) await handle.db.delete(intakes).where(eq(intakes.id, id));
		await handle.close();
	});

	const answersOf = async (name: string) => {
		const [row] = await handle.db
			.select({ answers: intakes.answers })
			.from(intakes)
			.where(eq(intakes.id, ids[name]!));
		return row!.answers as Record<string, Record<string, unknown>>;
	};

	it('says "none to list" where both lists were left empty, drafts included', async () => {
		expect((await answersOf('empty')).medications).toEqual({
			medications: [],
			supplements: [],
			noneTaken: 'yes'
		});
		expect((await answersOf('draft')).medications?.noneTaken).toBe('yes');
	});

	it('leaves listed medicines and answers without the step alone', async () => {
		expect((await answersOf('listed')).medications).not.toHaveProperty('noneTaken');
		expect(await answersOf('noStep')).toEqual({ about: { firstName: 'Alex' } });
	});

	it('is idempotent: a second run changes nothing', async () => {
		for (const statement of statements) await handle.db.execute(sql.raw(statement));
		expect((await answersOf('said')).medications).toEqual({
			medications: [],
			supplements: [],
			noneTaken: 'yes'
		});
	});
});
