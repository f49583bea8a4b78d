// Vitest global setup: with DATABASE_URL, integration tests get one fresh, migrated PostgreSQL
// database for this run (dropped at the end); without it, each test file opens its own in-memory
// PGlite (see tests/integration/db.ts).
import type { TestProject } from 'vitest/node';
import { openDb } from '../../src/lib/server/db/client';
import { createFreshDatabase, dropDatabase } from '../support/databases';

declare module 'vitest' {
	export interface ProvidedContext {
		testDatabaseUrl: string | null;
	}
}

export default async function setup(project: TestProject) {
	const base = process.env.DATABASE_URL;
	if (!base) {
		project.provide('testDatabaseUrl', null);
		return;
	}
	const url = await createFreshDatabase(base, 'ldn_it');
	const handle = await openDb({ url, migrationsDir: 'migrations' });
	await handle.migrate();
	await handle.close();
	project.provide('testDatabaseUrl', url);
	return () => dropDatabase(url);
}
