// The database for one integration test file, made from the migrated one of the run
// (tests/integration/global-setup.ts): a PostgreSQL database of its own when DATABASE_URL is set,
// otherwise a private in-memory PGlite. Files never share a database, so they run in parallel.
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDb, type DbHandle } from '../../src/lib/server/db/client';
import { copyDatabase } from '../support/databases';

/** A handle and, on PostgreSQL, the URL of its database (for a second pool or a child process). */
export type TestDb = DbHandle & { url: string | null };

/**
 * With DATABASE_URL: the URL of a new, migrated PostgreSQL database for the caller alone (dropped
 * when the run ends). Without it: null (PGlite lives in one process; see `openTestDb`).
 */
export async function freshTestDatabaseUrl(): Promise<string | null> {
	const template = inject('postgresTemplate');
	return template ? copyDatabase(template) : null;
}

/** Opens a new migrated database; with `url`, another pool on that PostgreSQL database. */
export async function openTestDb(opts: { url?: string | null } = {}): Promise<TestDb> {
	const url = opts.url ?? (await freshTestDatabaseUrl());
	if (url) {
		const handle = await openDb({ url, migrationsDir: 'migrations', poolSize: 4 });
		return Object.assign(handle, { url });
	}
	const template = inject('pgliteTemplate');
	const handle = await openDb({
		pgliteDir: 'memory://',
		migrationsDir: 'migrations',
		...(template ? { pgliteLoadDataDir: new Blob([readFileSync(template.tar)]) } : {})
	});
	if (!template) await handle.migrate();
	return Object.assign(handle, { url: null });
}

/** Empties every table but the append-only audit trail (tests filter it by their own ids). */
export async function resetDb(handle: DbHandle): Promise<void> {
	await handle.db.execute(
		sql`truncate table intake_flags, intake_notes, intakes, rate_limits, funnel_counters, session, account, two_factor, verification, "user" cascade`
	);
}
