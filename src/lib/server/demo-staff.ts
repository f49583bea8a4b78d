// Development only: on an empty database, create a demo admin and a demo clinician and print
// their logins, so `npm run dev` is usable at once. Both come with two-step verification already
// on (everyone who sees patient data needs it): the key is printed too, and `npm run demo:codes`
// prints their current codes. The logins are also kept in a git-ignored file beside the embedded
// database and printed again on later starts. Never called in production.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/client';
import { enrolTotp } from './auth/enrol-totp';
import type { AuthOptions } from './auth/instance';
import { generatePassword } from './auth/password';
import * as staff from './auth/accounts';

const PEOPLE = [
	{ email: 'admin@demo.test', name: 'Demo Admin', role: 'admin' as const },
	{ email: 'clinician@demo.test', name: 'Demo Clinician', role: 'clinician' as const }
];

/** The file the demo logins are kept in (read by `npm run demo:codes`). */
export const demoStaffFile = (dataDir = './data') => join(dataDir, 'demo-staff.txt');

export async function ensureDemoStaff(
	db: Db,
	auth: AuthOptions,
	dataDir = './data'
): Promise<void> {
	const file = demoStaffFile(dataDir);
	let lines: string[];
	if ((await staff.countAll(db)) === 0) {
		lines = [];
		for (const p of PEOPLE) {
			const password = generatePassword();
			await staff.create(db, { ...p, password });
			const key = await enrolTotp(db, auth, { email: p.email, password });
			lines.push(`  ${p.role.padEnd(9)}  ${p.email}  password: ${password}  two-step key: ${key}`);
		}
		mkdirSync(dataDir, { recursive: true });
		writeFileSync(file, lines.join('\n') + '\n', { mode: 0o600 });
	} else {
		try {
			lines = readFileSync(file, 'utf8').trimEnd().split('\n');
		} catch {
			return; // staff were created some other way: nothing to remind of
		}
	}
	// eslint-disable-next-line no-console -- printing the demo login is the point
	console.log(
		[
			'',
			'Demo staff (development only):',
			...lines,
			'  Sign in at /login. Two-step codes: `npm run demo:codes` (or add the key to an authenticator app).',
			''
		].join('\n')
	);
}
