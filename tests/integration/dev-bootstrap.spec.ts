import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DbHandle } from '../../src/lib/server/db/client';
import {
	bootstrapDev,
	DEMO_INTAKES,
	databaseKey,
	demoStaffFile
} from '../../src/lib/server/demo-staff';
import { totpCode } from '../../src/lib/server/auth/enrol-totp';
import { createAuth } from '../../src/lib/server/auth/instance';
import { isPastAbsoluteLimit } from '../../src/lib/server/sessions';
import { user } from '../../src/lib/server/db/schema';
import { verifyPassword } from '../../src/lib/server/auth/password';
import { account, intakes } from '../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { openTestDb, resetDb } from './db';

const AUTH = { secret: 'dev-bootstrap-test-secret-0123456789abcdef', baseURL: 'http://localhost' };

describe('first dev start', () => {
	let handle: DbHandle;
	const dir = mkdtempSync(join(tmpdir(), 'ldn-demo-'));
	const file = join(dir, 'demo-staff.test.txt');
	beforeAll(async () => {
		handle = await openTestDb();
		await resetDb(handle);
	});
	afterAll(async () => {
		await handle.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('creates a demo admin and clinician on an empty database and prints working logins', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await bootstrapDev(handle.db, { auth: AUTH, file });
		const printed = log.mock.calls.flat().join('\n');
		log.mockRestore();
		const rows = await handle.db.select({ email: user.email, role: user.role }).from(user);
		expect(rows.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
			{ email: 'admin@demo.test', role: 'admin' },
			{ email: 'clinician@demo.test', role: 'clinician' }
		]);
		const password = /admin@demo\.test {2}password: (\S+)/.exec(printed)?.[1];
		expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
		const [admin] = await handle.db.select().from(user).where(eq(user.email, 'admin@demo.test'));
		const [acct] = await handle.db.select().from(account).where(eq(account.userId, admin!.id));
		expect(await verifyPassword({ hash: acct!.password!, password: password! })).toBe(true);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(printed).toContain(file);
		// Two-step is on for both (patient data needs it), and the printed key gives working codes.
		expect((await handle.db.select().from(user)).every((u) => u.twoFactorEnabled)).toBe(true);
		const key = /clinician@demo\.test {2}password: \S+ {2}two-step key: ([A-Z2-7]+)/.exec(
			printed
		)?.[1];
		expect(key).toBeTruthy();
		const auth = createAuth(handle.db, AUTH);
		const clinicianPassword = /clinician@demo\.test {2}password: (\S+)/.exec(printed)![1]!;
		const pending = await auth.api.signInEmail({
			body: { email: 'clinician@demo.test', password: clinicianPassword },
			returnHeaders: true
		});
		expect(pending.response).toMatchObject({ twoFactorRedirect: true });
		const cookie = pending.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const verified = await auth.api.verifyTOTP({
			body: { code: await totpCode(key!) },
			headers: new Headers({ cookie })
		});
		expect(verified.user.email).toBe('clinician@demo.test');
		expect(printed).toContain('npm run demo:codes');
	});

	it('adds clearly fake demo intakes on that first start: every status and triage has some', async () => {
		const rows = await handle.db
			.select({ status: intakes.status, triage: intakes.triage, email: intakes.email })
			.from(intakes);
		expect(rows).toHaveLength(DEMO_INTAKES);
		expect(new Set(rows.map((r) => r.status))).toEqual(
			new Set([
				'submitted',
				'in_review',
				'needs_info',
				'approved',
				'declined',
				'booked',
				'archived'
			])
		);
		expect(new Set(rows.map((r) => r.triage)).size).toBe(3);
		expect(rows.every((r) => r.email?.endsWith('@example.com'))).toBe(true);
	});

	it('prints the same logins again on the next start and creates nobody, adds no intakes', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await bootstrapDev(handle.db, { auth: AUTH, file });
		const printed = log.mock.calls.flat().join('\n');
		log.mockRestore();
		expect(printed).toContain(readFileSync(file, 'utf8').trimEnd());
		expect(printed).not.toContain('demo intakes');
		expect(await handle.db.select().from(user)).toHaveLength(2);
		expect(await handle.db.select({ id: intakes.id }).from(intakes)).toHaveLength(DEMO_INTAKES);
	});

	it('adds no demo intakes to a database that already has intakes, even without staff', async () => {
		await resetDb(handle);
		await handle.db
			.insert(intakes)
			.values({ status: 'draft', questionnaireVersion: 'x', answers: {} });
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await bootstrapDev(handle.db, { auth: AUTH, file: join(dir, 'other.txt') });
		log.mockRestore();
		expect(await handle.db.select({ id: intakes.id }).from(intakes)).toHaveLength(1);
		expect(await handle.db.select().from(user)).toHaveLength(2);
	});
});

describe('one demo-staff file per database', () => {
	it('keys the file by the database: PGlite directory, or PostgreSQL host, port and name', () => {
		const pglite = { PGLITE_DIR: './data/pglite' };
		expect(demoStaffFile(pglite)).toBe(join('data', 'demo-staff.pglite.txt'));
		expect(databaseKey({ PGLITE_DIR: '/tmp/other db' })).toBe('pglite-tmp_other_db');
		expect(
			databaseKey({ ...pglite, DATABASE_URL: 'postgres://u:secret@127.0.0.1:5433/ldn_dev' })
		).toBe('postgres-127.0.0.1-5433-ldn_dev');
		expect(databaseKey({ ...pglite, DATABASE_URL: 'postgres://db.example.com/ldn' })).toBe(
			'postgres-db.example.com-5432-ldn'
		);
		// No password or user name in a file name.
		expect(demoStaffFile({ ...pglite, DATABASE_URL: 'postgres://u:secret@h/d' })).not.toMatch(
			/secret|u:/
		);
	});
});

describe('absolute session limit', () => {
	const twelveHours = 12 * 3600;
	it.each([
		[0, false],
		[twelveHours * 1000 - 1, false],
		[twelveHours * 1000 + 1, true]
	])('a session %i ms old is past the limit: %s', (ageMs, expected) => {
		const now = Date.UTC(2026, 10, 27, 12);
		expect(isPastAbsoluteLimit(new Date(now - ageMs), twelveHours, now)).toBe(expected);
	});
});
