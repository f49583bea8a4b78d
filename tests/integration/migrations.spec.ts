import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { readdirSync } from 'node:fs';
import * as schema from '../../src/lib/server/db/schema';
import { openDb, type DbHandle } from '../../src/lib/server/db/client';
import { createFreshDatabase, dropDatabase } from '../support/databases';
import { openTestDb } from './db';

const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
const migrationCount = readdirSync('migrations').filter((f) => f.endsWith('.sql')).length;

async function columnsOf(handle: DbHandle, table: string): Promise<string[]> {
	const result = await handle.db.execute<{ column_name: string }>(
		sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table}`
	);
	const rows = Array.isArray(result)
		? result
		: (result as { rows: { column_name: string }[] }).rows;
	return rows.map((r) => r.column_name).sort();
}

describe('a fresh database migrates to the latest schema', () => {
	let handle: DbHandle;
	beforeAll(async () => {
		handle = await openTestDb();
	});
	afterAll(() => handle.close());

	it.each(tables.map((t) => [getTableName(t), t] as const))(
		'has table %s with every column',
		async (name, table) => {
			// Columns declared without an explicit name get snake_case from drizzle's `casing` option.
			const expected = getTableConfig(table)
				.columns.map((c) => c.name.replace(/[A-Z]/g, (ch) => '_' + ch.toLowerCase()))
				.sort();
			expect(await columnsOf(handle, name)).toEqual(expected);
		}
	);

	it('records every migration once', async () => {
		const result = await handle.db.execute(
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
		expect(rows[0]).toEqual({ n: migrationCount });
	});

	it('is idempotent: migrating again changes nothing', async () => {
		await handle.migrate();
		const result = await handle.db.execute(
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
		expect(rows[0]).toEqual({ n: migrationCount });
	});
});

describe.runIf(process.env.DATABASE_URL)('several instances starting together', () => {
	it('migrate exactly once under the advisory lock', async () => {
		const url = await createFreshDatabase(process.env.DATABASE_URL!, 'ldn_it_lock');
		try {
			const handles = await Promise.all(
				Array.from({ length: 4 }, () => openDb({ url, migrationsDir: 'migrations', poolSize: 2 }))
			);
			await Promise.all(handles.map((h) => h.migrate()));
			const result = await handles[0]!.db.execute(
				sql`select count(*)::int as n from drizzle.__drizzle_migrations`
			);
			expect((result as unknown as { n: number }[])[0]).toEqual({ n: migrationCount });
			await Promise.all(handles.map((h) => h.close()));
		} finally {
			await dropDatabase(url);
		}
	});
});
