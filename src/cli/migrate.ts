// `npm run db:migrate`: applies pending migrations to DATABASE_URL (PostgreSQL) or the embedded
// PGlite directory, under the same advisory lock the server takes at start.
import { loadConfig, ConfigError } from '../lib/server/config';
import { openDb } from '../lib/server/db/client';

try {
	const config = loadConfig(process.env, false);
	const handle = await openDb({
		url: config.DATABASE_URL,
		pgliteDir: config.PGLITE_DIR,
		migrationsDir: config.MIGRATIONS_DIR
	});
	await handle.migrate();
	await handle.close();
	console.log(`Migrations applied (${handle.driver}).`);
} catch (e) {
	if (!(e instanceof ConfigError)) throw e;
	console.error(e.message);
	process.exit(2);
}
