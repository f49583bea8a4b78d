// `npm run retention [-- --days 30]`: deletes drafts untouched for DRAFT_RETENTION_DAYS (default
// 30). Schedule it daily, e.g. with cron: `15 3 * * * cd /srv/ldn-intake && npm run retention`.
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../lib/server/config';
import { openDb } from '../lib/server/db/client';
import { purgeStaleDrafts } from '../lib/server/retention';

const USAGE = 'Usage: npm run retention [-- --days <whole number of days>]';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

let values;
try {
	values = parseArgs({ options: { days: { type: 'string' } } }).values;
} catch (e) {
	fail((e as Error).message);
}

try {
	const config = loadConfig(process.env, false);
	const days = values.days === undefined ? config.DRAFT_RETENTION_DAYS : Number(values.days);
	if (!Number.isInteger(days) || days < 1) fail('--days must be a whole number of at least 1.');
	const handle = await openDb({
		url: config.DATABASE_URL,
		pgliteDir: config.PGLITE_DIR,
		migrationsDir: config.MIGRATIONS_DIR
	});
	try {
		await handle.migrate();
		const n = await purgeStaleDrafts(handle.db, days);
		console.log(`Deleted ${n} draft intake(s) untouched for ${days} days.`);
	} finally {
		await handle.close();
	}
} catch (e) {
	if (e instanceof ConfigError) fail(e.message);
	throw e;
}
