// `npm run staff:create -- --email a@b.c --role admin|clinician [--name "…"] [--password-stdin]`
// Creates a staff user and prints a generated password once (or reads one from stdin).
// Bad input prints a clear message and exits with code 2.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig, ConfigError } from '../lib/server/config';
import { openDb } from '../lib/server/db/client';
import { generatePassword } from '../lib/server/auth/password';
import * as staff from '../lib/server/auth/accounts';

const USAGE =
	'Usage: npm run staff:create -- --email <email> --role admin|clinician [--name <name>] [--password-stdin]';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
	console.log(
		`${USAGE}\n\nCreates a staff account and prints a generated one-time password once (or reads one\nfrom stdin with --password-stdin). Uses DATABASE_URL, else PGLITE_DIR.`
	);
	process.exit(0);
}

let args;
try {
	args = parseArgs({
		options: {
			email: { type: 'string' },
			role: { type: 'string' },
			name: { type: 'string' },
			'password-stdin': { type: 'boolean', default: false }
		},
		strict: true
	}).values;
} catch (e) {
	fail((e as Error).message);
}

const fromStdin = args['password-stdin'];
const password = fromStdin ? await readStdin() : generatePassword();
const parsed = staff.newStaffSchema.safeParse({
	email: args.email ?? '',
	role: args.role ?? '',
	name: args.name ?? args.email?.split('@')[0] ?? '',
	password,
	// A generated password is handed to someone: they choose their own at first sign-in.
	mustChangePassword: !fromStdin
});
if (!parsed.success) {
	const first = z.flattenError(parsed.error).fieldErrors;
	fail(
		Object.entries(first)
			.map(([field, msgs]) => `--${field}: ${msgs?.[0]}`)
			.join('\n')
	);
}

try {
	const config = loadConfig(process.env, false);
	const handle = await openDb({
		url: config.DATABASE_URL,
		pgliteDir: config.PGLITE_DIR,
		migrationsDir: config.MIGRATIONS_DIR
	});
	try {
		await handle.migrate();
		await staff.create(handle.db, parsed.data);
	} finally {
		await handle.close();
	}
} catch (e) {
	if (e instanceof staff.DuplicateEmailError || e instanceof ConfigError) fail(e.message);
	throw e;
}

console.log(`Created ${parsed.data.role} ${parsed.data.email}.`);
if (!fromStdin) {
	console.log(`Password (shown once): ${password}`);
	console.log('It is a one-time password: a new one is chosen at first sign-in.');
}
