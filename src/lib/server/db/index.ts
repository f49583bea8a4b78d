// The app's database handle, opened once per process. Not opened while `vite build` analyses
// modules, so a build needs no database and no secret.
import { building, dev } from '$app/environment';
import { ConfigError, loadConfig, type Config } from '../config';
import { openDb, type Db } from './client';

export const config = readConfig();

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

/** A production server without its secrets refuses to start, with one line saying which. */
function readConfig(): Config {
	try {
		return loadConfig(process.env, !dev && !building);
	} catch (e) {
		if (!(e instanceof ConfigError)) throw e;
		console.error(`Refusing to start: ${e.message}`);
		process.exit(1);
	}
}
