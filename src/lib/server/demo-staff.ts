// Development only: on an empty database, create a demo admin and a demo clinician and print
// their logins, so `npm run dev` is usable at once. Both come with two-step verification already
// on (everyone who sees patient data needs it): the key is printed too, and `npm run demo:codes`
// prints their current codes. The logins are also kept in a git-ignored file per database
// (./data/demo-staff.<database>.txt) and printed again on later starts. The first start on an
// empty database also adds demo intakes, so every view of the dashboard has something to show.
// Never called in production or by the tests' servers.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { count } from 'drizzle-orm';
import type { Db } from './db/client';
import { intakes } from './db/schema';
import { enrolTotp } from './auth/enrol-totp';
import type { AuthOptions } from './auth/instance';
import { generatePassword } from './auth/password';
import { seedIntakes } from './seed/insert';
import * as staff from './auth/accounts';

const PEOPLE = [
	{ email: 'admin@demo.test', name: 'Demo Admin', role: 'admin' as const },
	{ email: 'clinician@demo.test', name: 'Demo Clinician', role: 'clinician' as const }
];

/** How many demo intakes the first start adds, and the generator's seed: with these, every queue
 * tab, status and triage has some (tests/integration/dev-bootstrap.spec.ts checks it). */
export const DEMO_INTAKES = 30;
const DEMO_SEED = 1;

/** The database the app opens: a PostgreSQL URL, or else the PGlite directory. */
export interface DemoDatabase {
	DATABASE_URL?: string;
	PGLITE_DIR: string;
}

/**
 * A file-name-safe name of the database: `pglite` for the default directory, `pglite-<dir>` for
 * another, `postgres-<host>-<port>-<database>` for a server. Logins made on one database do not
 * work on another, so each keeps its own file.
 */
export function databaseKey(database: DemoDatabase): string {
	const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
	if (database.DATABASE_URL) {
		const url = new URL(database.DATABASE_URL);
		const name = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
		return `postgres-${safe(url.hostname)}-${url.port || '5432'}-${safe(name)}`;
	}
	const dir = resolve(database.PGLITE_DIR);
	return dir === resolve('./data/pglite') ? 'pglite' : `pglite-${safe(dir)}`;
}

/** The file the demo logins of `database` are kept in (read by `npm run demo:codes`). */
export const demoStaffFile = (database: DemoDatabase, dataDir = './data') =>
	join(dataDir, `demo-staff.${databaseKey(database)}.txt`);

/**
 * Creates the demo staff on a database without staff (writing `file`), or reads them back from
 * `file`; returns the lines to print, or null when staff were created some other way.
 */
export async function ensureDemoStaff(
	db: Db,
	auth: AuthOptions,
	file: string
): Promise<string[] | null> {
	if ((await staff.countAll(db)) === 0) {
		const lines: string[] = [];
		for (const p of PEOPLE) {
			const password = generatePassword();
			await staff.create(db, { ...p, password });
			const key = await enrolTotp(db, auth, { email: p.email, password });
			lines.push(`  ${p.role.padEnd(9)}  ${p.email}  password: ${password}  two-step key: ${key}`);
		}
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, lines.join('\n') + '\n', { mode: 0o600 });
		return lines;
	}
	try {
		return readFileSync(file, 'utf8').trimEnd().split('\n');
	} catch {
		return null; // staff were created some other way: nothing to remind of
	}
}

/**
 * The development server's start: on a database with neither staff nor intakes (the very first
 * start), the demo staff and DEMO_INTAKES clearly fake intakes (the `npm run seed` generator:
 * example.com emails, 555-01xx phones); on later starts, the logins again. Prints the logins; the
 * dev server prints the sign-in URL after them (.config/vite.config.ts).
 */
export async function bootstrapDev(
	db: Db,
	{ auth, file }: { auth: AuthOptions; file: string }
): Promise<void> {
	const [row] = await db.select({ n: count() }).from(intakes);
	const empty = row?.n === 0 && (await staff.countAll(db)) === 0;
	const lines = await ensureDemoStaff(db, auth, file);
	if (empty) await seedIntakes(db, { count: DEMO_INTAKES, seed: DEMO_SEED });
	if (!lines) return;
	// eslint-disable-next-line no-console -- printing the demo login is the point
	console.log(
		[
			'',
			`Demo staff (development only; kept in ${file}):`,
			...lines,
			'  Two-step codes: `npm run demo:codes` (or add the key to an authenticator app).',
			...(empty
				? [
						`  Added ${DEMO_INTAKES} demo intakes (fake people: example.com emails, 555 numbers); more with \`npm run seed\`.`
					]
				: []),
			''
		].join('\n')
	);
}
