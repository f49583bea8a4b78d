// The app's database handle, opened once per process. Not opened while `vite build` analyses
// modules, so a build needs no database and no secret.
import { building, dev } from '$app/environment';
import { loadConfig } from '../config';
import { openDb, type Db } from './client';

export const config = loadConfig(process.env, !dev && !building);

const handle = building
	? null
	: await openDb({
			url: config.DATABASE_URL,
			pgliteDir: config.PGLITE_DIR,
			migrationsDir: config.MIGRATIONS_DIR
		});

export const db = (handle?.db ?? null) as Db;
export const driver = handle?.driver ?? 'pglite';
export const migrateDb = async () => handle?.migrate();
export const closeDb = async () => handle?.close();
