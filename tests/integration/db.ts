// The database for one integration test file: the run's fresh PostgreSQL database when
// DATABASE_URL is set, otherwise a private in-memory PGlite loaded from the copy that the global
// setup migrated once (tests/integration/global-setup.ts).
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDb, type DbHandle } from '../../src/lib/server/db/client';

export async function openTestDb(): Promise<DbHandle> {
	const url = inject('testDatabaseUrl');
	if (url) return openDb({ url, migrationsDir: 'migrations', poolSize: 4 });
	const template = inject('pgliteTemplate');
	const handle = await openDb({
		pgliteDir: 'memory://',
		migrationsDir: 'migrations',
		...(template ? { pgliteLoadDataDir: new Blob([readFileSync(template.tar)]) } : {})
	});
	if (!template) await handle.migrate();
	return handle;
}

/** Empties every table but the append-only audit trail (tests filter it by their own ids). */
export async function resetDb(handle: DbHandle): Promise<void> {
	await handle.db.execute(
		sql`truncate table intake_flags, intake_notes, intakes, rate_limits, funnel_counters, session, account, two_factor, verification, "user" cascade`
	);
}
