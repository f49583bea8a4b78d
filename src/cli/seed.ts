// `npm run seed -- --intakes 200 [--seed 42]`: adds realistic, clearly fake demo intakes (with
// their screening flags) to DATABASE_URL or the embedded database.
import '../lib/server/medicine-matcher';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../lib/server/config';
import { openDb } from '../lib/server/db/client';
import { seedIntakes } from '../lib/server/seed/insert';
import { seedFunnel } from '../lib/server/seed/funnel';
import { spreadReviewTimes } from '../lib/server/seed/review-times';

const USAGE = 'Usage: npm run seed -- --intakes <count> [--seed <number>]';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

let values;
try {
	values = parseArgs({
		options: {
			intakes: { type: 'string', default: '200' },
			seed: { type: 'string', default: '42' }
		}
	}).values;
} catch (e) {
	fail((e as Error).message);
}
const count = Number(values.intakes);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000)
	fail('--intakes must be a whole number from 1 to 5,000,000.');
if (!Number.isInteger(seed)) fail('--seed must be a whole number.');

try {
	const config = loadConfig(process.env, false);
	const handle = await openDb({
		url: config.DATABASE_URL,
		pgliteDir: config.PGLITE_DIR,
		migrationsDir: config.MIGRATIONS_DIR
	});
	try {
		await handle.migrate();
		const started = Date.now();
		const now = new Date();
		await seedIntakes(handle.db, { count, seed, now });
		// What /insights shows beyond the intakes: the step funnel and review times.
		await seedFunnel(handle.db, { count, now });
		await spreadReviewTimes(handle.db);
		console.log(
			`Added ${count} demo intakes (${handle.driver}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`
		);
	} finally {
		await handle.close();
	}
} catch (e) {
	if (e instanceof ConfigError) fail(e.message);
	throw e;
}
