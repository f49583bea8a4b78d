// `npm run db:migrate`: applies pending migrations to DATABASE_URL (PostgreSQL) or the embedded
// PGlite directory, under the same advisory lock the server takes at start.
import '../lib/server/medicine-matcher';
import { loadConfig, ConfigError } from '../lib/server/config';
import { openDb } from '../lib/server/db/client';
import { backfillScreenings } from '../lib/server/intakes/screenings';

try {
	const config = loadConfig(process.env, false);
	const handle = await openDb({
		url: config.DATABASE_URL,
		pgliteDir: config.PGLITE_DIR,
		migrationsDir: config.MIGRATIONS_DIR
	});
	await handle.migrate();
	// Intakes sent before screenings were stored get one, marked as recomputed.
	const recomputed = await backfillScreenings(handle.db, { serviceStates: config.SERVICE_STATES });
	await handle.close();
	console.log(
		`Migrations applied (${handle.driver})` +
			(recomputed ? `; ${recomputed} screening(s) recomputed for earlier intakes.` : '.')
	);
} catch (e) {
	if (!(e instanceof ConfigError)) throw e;
	console.error(e.message);
	process.exit(2);
}
