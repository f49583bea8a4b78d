// Vitest global setup: every integration test file starts from a database of its own that is
// already migrated, copied from one migrated here once per run (tests/integration/db.ts), so the
// files run in parallel:
// - with DATABASE_URL, a fresh PostgreSQL template database; each file gets a copy (`create
//   database … template`, a fraction of a second) and everything is dropped at the end;
// - without it, one PGlite migrated here and dumped to a file; each test file loads a private
//   in-memory copy of it, and a test that needs a PGlite directory (the CLI's) copies the
//   directory, instead of creating a database and running every migration again (seconds a file
//   in WASM; about 10 s for a new directory on disk).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDb } from '../../src/lib/server/db/client';
import { createFreshDatabase, dropDatabaseAndCopies } from '../support/databases';

declare module 'vitest' {
	export interface ProvidedContext {
		/**
		 * With DATABASE_URL: a migrated PostgreSQL database to copy (never connect to it: a copy
		 * cannot be made while anyone is connected); tests/integration/db.ts makes the copies.
		 */
		postgresTemplate: string | null;
		/**
		 * Without DATABASE_URL: a migrated PGlite data directory (copy it before use, never open it)
		 * and the same as a tar file from dumpDataDir (for `loadDataDir`).
		 */
		pgliteTemplate: { dir: string; tar: string } | null;
	}
}

export default async function setup(project: TestProject) {
	const base = process.env.DATABASE_URL;
	if (!base) {
		const dir = mkdtempSync(join(tmpdir(), 'ldn-it-template-'));
		const handle = await openDb({ pgliteDir: join(dir, 'pglite'), migrationsDir: 'migrations' });
		await handle.migrate();
		await handle.close();
		// Dumped from a closed, cleanly shut down directory: the copy starts without recovery.
		const pg = await PGlite.create(join(dir, 'pglite'));
		const dump = await pg.dumpDataDir('none');
		await pg.close();
		const tar = join(dir, 'migrated.tar');
		writeFileSync(tar, Buffer.from(await dump.arrayBuffer()));
		project.provide('postgresTemplate', null);
		project.provide('pgliteTemplate', { dir: join(dir, 'pglite'), tar });
		return () => rmSync(dir, { recursive: true, force: true });
	}
	const url = await createFreshDatabase(base, 'ldn_it');
	const handle = await openDb({ url, migrationsDir: 'migrations' });
	await handle.migrate();
	await handle.close();
	project.provide('postgresTemplate', url);
	project.provide('pgliteTemplate', null);
	return () => dropDatabaseAndCopies(url);
}
