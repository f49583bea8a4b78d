// Development only: on an empty database, create a demo admin and a demo clinician and print
// their logins, so `npm run dev` is usable at once. The logins are also kept in a git-ignored
// file beside the embedded database and printed again on later starts. Never called in production.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/client';
import { generatePassword } from './auth/password';
import * as staff from './staff';

const PEOPLE = [
	{ email: 'admin@demo.test', name: 'Demo Admin', role: 'admin' as const },
	{ email: 'clinician@demo.test', name: 'Demo Clinician', role: 'clinician' as const }
];

export async function ensureDemoStaff(db: Db, dataDir = './data'): Promise<void> {
	const file = join(dataDir, 'demo-staff.txt');
	let lines: string[];
	if ((await staff.countAll(db)) === 0) {
		lines = [];
		for (const p of PEOPLE) {
			const password = generatePassword();
			await staff.create(db, { ...p, password });
			lines.push(`  ${p.role.padEnd(9)}  ${p.email}  password: ${password}`);
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
		['', 'Demo staff (development only):', ...lines, '  Sign in at /login', ''].join('\n')
	);
}
