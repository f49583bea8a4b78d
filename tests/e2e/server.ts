// Starts `node build` for the browser tests on a database of its own: a fresh PostgreSQL database
// beside DATABASE_URL, or a new PGlite directory. Seeds the staff the tests sign in as (with
// passwords generated for this run) and removes the database when Playwright stops the server.
// One runs per Playwright worker (E2E_SLOT, .config/playwright.config.ts); what the tests read
// (state, server log, mail) is in data/e2e/<slot>/ (tests/e2e/state.ts).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../src/lib/server/db/client';
import * as staff from '../../src/lib/server/auth/accounts';
import { generatePassword } from '../../src/lib/server/auth/password';
import { createFreshDatabase, dropDatabase } from '../support/databases';
import { enrolTotp } from '../support/totp';
import { seedExportLeads } from './seed-admin';
import { seedClinic } from './seed-clinic';
import { seedSecurity } from './seed-security';
import { E2E_DIR, E2E_SERVER_LOG, E2E_SLOT, E2E_STATE_FILE, type E2eState } from './state';
import { startMailbox } from './mailbox';

const port = process.env.E2E_PORT ?? '4173';
const origin = process.env.E2E_ORIGIN ?? `http://127.0.0.1:${port}`;
const baseUrl = process.env.DATABASE_URL;
const pgliteDir = join(E2E_DIR, 'pglite');

const url = baseUrl
	? await createFreshDatabase(baseUrl, `${process.env.E2E_DB_PREFIX ?? 'ldn_e2e'}${E2E_SLOT}`)
	: undefined;
rmSync(E2E_DIR, { recursive: true, force: true });
mkdirSync(E2E_DIR, { recursive: true });
const handle = await openDb({ url, pgliteDir, migrationsDir: 'migrations' });
await handle.migrate();
const state: E2eState = { driver: handle.driver, databaseUrl: url ?? null, staff: {} };
for (const [key, role] of [
	['admin', 'admin'],
	['clinician', 'clinician'],
	['totp', 'clinician'],
	['throttle', 'clinician'],
	['clinician2', 'clinician']
] as const) {
	const password = generatePassword();
	const email = `${key}@e2e.test`;
	await staff.create(handle.db, { email, name: `E2E ${key}`, role, password });
	state.staff[key] = { email, password };
}
state.intakes = await seedClinic(handle.db, state);
// Staff must use two-factor: the seeded admin has TOTP, its secret in the state file.
const authSecret = generatePassword() + generatePassword();
state.staff.admin!.totpSecret = await enrolTotp(
	handle.db,
	{ secret: authSecret, baseURL: origin },
	state.staff.admin!
);
// Everyone who sees patient data uses two-factor (issue 14): the clinicians too ('totp' is the
// one who enrols in a test, 'throttle' never signs in).
for (const key of ['clinician', 'clinician2'] as const) {
	state.staff[key]!.totpSecret = await enrolTotp(
		handle.db,
		{ secret: authSecret, baseURL: origin },
		state.staff[key]!
	);
}
await seedExportLeads(handle.db);
await seedSecurity(handle.db, state, { secret: authSecret, baseURL: origin });
await handle.close(); // PGlite allows one process: the server opens it next
// A real SMTP server in this process; what it receives is written where the tests read it.
const mailbox = await startMailbox();
writeFileSync(E2E_STATE_FILE, JSON.stringify(state, null, '\t'), { mode: 0o600 });

const server = spawn(process.execPath, ['build'], {
	stdio: ['inherit', 'pipe', 'pipe'],
	env: {
		...process.env,
		...(url ? { DATABASE_URL: url } : { PGLITE_DIR: pgliteDir }),
		...(url ? {} : { DATABASE_URL: '' }),
		HOST: '127.0.0.1',
		PORT: port,
		ORIGIN: origin,
		PRIVACY_NOTICE_URL: 'https://clinic.e2e.test/notice-of-privacy-practices',
		// Tests act as many clients behind a proxy by sending X-Forwarded-For.
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1',
		BETTER_AUTH_SECRET: authSecret,
		BODY_SIZE_LIMIT: '64K',
		// The fuzz test sends thousands of step posts from one address and draft: the step-post
		// limits (tests/unit/server/resume-secrets.spec.ts) would refuse most before they reach the parser.
		STEP_POSTS_PER_HOUR_DRAFT: '1000000',
		STEP_POSTS_PER_HOUR_IP: '1000000',
		SMTP_URL: mailbox.url,
		SMTP_FROM: 'LDN intake <intake@e2e.test>',
		// Staff alert emails: the worker polls every second, so a test sees its alert quickly.
		ALERTS_POLL_SECONDS: '1',
		BOOKING_URL: 'https://booking.e2e.test/book?name={name}&email={email}'
	}
});

const log = createWriteStream(E2E_SERVER_LOG);
// Tests sign in with wrong passwords on purpose, and the server logs one expected line for each
// (SECURITY.md): those stay in the log file (the privacy test reads it), not on the terminal.
const EXPECTED = /^\[auth warn\] Sign-in failed\r?\n/gm;
const copyTo = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
	const text = chunk.toString('utf8');
	const shown = text.replace(EXPECTED, '');
	if (shown === text) out.write(chunk);
	else if (shown) out.write(shown);
	log.write(chunk);
};
server.stdout.on('data', copyTo(process.stdout));
server.stderr.on('data', copyTo(process.stderr));

let stopping = false;
async function stop(code: number) {
	if (stopping) return;
	stopping = true;
	if (server.exitCode === null) {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
	}
	await mailbox.close();
	if (url) await dropDatabase(url);
	else rmSync(pgliteDir, { recursive: true, force: true });
	rmSync(E2E_STATE_FILE, { force: true });
	process.exit(code);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
server.on('exit', (code) => void stop(code ?? 1));
