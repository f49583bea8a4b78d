// The database for one integration test file: the run's fresh PostgreSQL database when
// DATABASE_URL is set, otherwise a new in-memory PGlite with the migrations applied.
import { inject } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDb, type DbHandle } from '../../src/lib/server/db/client';

export async function openTestDb(): Promise<DbHandle> {
	const url = inject('testDatabaseUrl');
	const handle = url
		? await openDb({ url, migrationsDir: 'migrations', poolSize: 4 })
		: await openDb({ pgliteDir: 'memory://', migrationsDir: 'migrations' });
	if (!url) await handle.migrate();
	return handle;
}

/** Empties every table but the append-only audit trail (tests filter it by their own ids). */
export async function resetDb(handle: DbHandle): Promise<void> {
	await handle.db.execute(
		sql`truncate table intake_flags, intake_notes, intakes, rate_limits, funnel_counters, session, account, two_factor, verification, "user" cascade`
	);
}
