import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDb } from '../../src/lib/server/db/client';
import { user } from '../../src/lib/server/db/schema';
import { freshTestDatabaseUrl } from './db';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ldn-cli-'));
const url = await freshTestDatabaseUrl();
const template = inject('pgliteTemplate');
// The CLI runs against the run's PostgreSQL database, or a PGlite directory of its own (a copy of
// the run's migrated one: the CLI still migrates at start, with nothing left to do).
if (!url && template) cpSync(template.dir, join(dir, 'pglite'), { recursive: true });
const env: NodeJS.ProcessEnv = url
	? { ...process.env, DATABASE_URL: url }
	: { ...process.env, DATABASE_URL: '', PGLITE_DIR: join(dir, 'pglite') };

async function cli(args: string[], input?: string) {
	const child = run('node_modules/.bin/tsx', ['src/cli/staff-create.ts', ...args], { env });
	if (input !== undefined) {
		child.child.stdin?.end(input);
	} else {
		child.child.stdin?.end();
	}
	try {
		const { stdout, stderr } = await child;
		return { code: 0, stdout, stderr };
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string };
		return { code: err.code, stdout: err.stdout, stderr: err.stderr };
	}
}

const email = `cli-${Date.now()}@clinic.test`;

// Each case starts the CLI in a child process (tsx, better-auth, a database): slow on a busy machine.
describe('npm run staff:create', { timeout: 120_000 }, () => {
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('--help prints the usage and exits 0', async () => {
		const r = await cli(['--help']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Usage: npm run staff:create -- --email <email>');
		expect(r.stderr).not.toMatch(/Unknown option/);
	});

	it('creates a user and prints a generated password once', async () => {
		const r = await cli(['--email', email, '--role', 'admin', '--name', 'Ada Admin']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(`Created admin ${email}.`);
		expect(r.stdout).toMatch(/Password \(shown once\): [A-Za-z0-9]{20}\n/);
	});

	it('reads a password from stdin and does not echo it', async () => {
		const r = await cli(
			['--email', `stdin-${email}`, '--role', 'clinician', '--password-stdin'],
			'a long enough secret\n'
		);
		expect(r.code).toBe(0);
		expect(r.stdout).not.toContain('a long enough secret');
	});

	it.each([
		[['--email', 'not-an-email', '--role', 'admin'], '--email: Enter a valid email address.'],
		[
			['--email', 'x@clinic.test', '--role', 'boss'],
			'--role: Role must be one of: clinician, admin.'
		],
		[['--email', 'x@clinic.test'], '--role: Role must be one of'],
		[['--email', 'x@clinic.test', '--role', 'admin', '--wat'], "Unknown option '--wat'"],
		[['--email', email, '--role', 'admin'], 'already exists']
	])('rejects %j with exit code 2', async (args, message) => {
		const r = await cli(args);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(message);
		expect(r.stderr).toContain('Usage: npm run staff:create');
	});

	it('rejects a short stdin password with exit code 2', async () => {
		const r = await cli(
			['--email', `short-${email}`, '--role', 'admin', '--password-stdin'],
			'short\n'
		);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('at least 12 characters');
	});

	describe('what it wrote', () => {
		let handle: Awaited<ReturnType<typeof openDb>>;
		beforeAll(async () => {
			handle = url
				? await openDb({ url, migrationsDir: 'migrations' })
				: await openDb({ pgliteDir: join(dir, 'pglite'), migrationsDir: 'migrations' });
		});
		afterAll(() => handle.close());

		it('stored exactly the users that succeeded, with their roles', async () => {
			const rows = await handle.db
				.select({ email: user.email, role: user.role, name: user.name })
				.from(user)
				.where(eq(user.email, email));
			expect(rows).toEqual([{ email, role: 'admin', name: 'Ada Admin' }]);
			const short = await handle.db
				.select()
				.from(user)
				.where(eq(user.email, `short-${email}`));
			expect(short).toEqual([]);
		});
	});
});
