import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DbHandle } from '../../src/lib/server/db/client';
import { ensureDemoStaff } from '../../src/lib/server/demo-staff';
import { totpCode } from '../../src/lib/server/auth/enrol-totp';
import { createAuth } from '../../src/lib/server/auth/instance';
import { isPastAbsoluteLimit } from '../../src/lib/server/sessions';
import { user } from '../../src/lib/server/db/schema';
import { verifyPassword } from '../../src/lib/server/auth/password';
import { account } from '../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { openTestDb, resetDb } from './db';

const AUTH = { secret: 'dev-bootstrap-test-secret-0123456789abcdef', baseURL: 'http://localhost' };

describe('first dev start', () => {
	let handle: DbHandle;
	const dir = mkdtempSync(join(tmpdir(), 'ldn-demo-'));
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
		await ensureDemoStaff(handle.db, AUTH, dir);
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
		expect(statSync(join(dir, 'demo-staff.txt')).mode & 0o777).toBe(0o600);
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

	it('prints the same logins again on the next start and creates nobody', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await ensureDemoStaff(handle.db, AUTH, dir);
		const printed = log.mock.calls.flat().join('\n');
		log.mockRestore();
		expect(printed).toContain(readFileSync(join(dir, 'demo-staff.txt'), 'utf8').trimEnd());
		expect(await handle.db.select().from(user)).toHaveLength(2);
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
