// Starts the built app (`node build`) for a benchmark on a fresh database of its own: PostgreSQL
// beside DATABASE_URL when set, else a new PGlite directory. Needs `npm run build` first.
// BENCH_PORT overrides every case's port and BENCH_DB_PREFIX the new databases' name prefix, for
// machines where several people run the benchmarks at once.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { openDb, type DbHandle } from '../../src/lib/server/db/client';
import { createFreshDatabase, dropDatabase } from '../support/databases';

export interface RunningApp {
	origin: string;
	databaseUrl: string | null;
	/** A second connection to the same database (PostgreSQL only), for setup and baselines. */
	db: DbHandle | null;
	pid: number;
	/** Whether the server process has ended on its own (a crash) before stop(). */
	hasExited(): boolean;
	stop(): Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((done) => {
		const probe = createServer()
			.once('error', () => done(false))
			.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
	});
}

/** `logs`: collect the server's stderr lines there instead of printing them. */
export async function startApp(
	defaultPort: number,
	opts: { postgres: boolean; logs?: string[] }
): Promise<RunningApp> {
	if (!existsSync('build/index.js')) throw new Error('Run `npm run build` before the benchmarks.');
	const port = Number(process.env.BENCH_PORT) || defaultPort;
	// Otherwise the readiness check below could find someone else's server and measure that.
	if (!(await portIsFree(port))) throw new Error(`Port ${port} is in use (set BENCH_PORT)`);
	const base = process.env.DATABASE_URL;
	if (opts.postgres && !base) throw new Error('This benchmark needs DATABASE_URL (PostgreSQL).');
	const prefix = process.env.BENCH_DB_PREFIX ?? 'ldn_bench';
	const url = opts.postgres && base ? await createFreshDatabase(base, prefix) : null;
	const pgliteDir = join('data', `bench-${process.pid}-${port}`);
	const setup = await openDb({ url: url ?? undefined, pgliteDir, migrationsDir: 'migrations' });
	await setup.migrate();
	if (!url) await setup.close();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build'], {
		stdio: ['ignore', 'ignore', opts.logs ? 'pipe' : 'inherit'],
		env: {
			...process.env,
			DATABASE_URL: url ?? '',
			PGLITE_DIR: pgliteDir,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			PRIVACY_NOTICE_URL: 'https://clinic.example/notice-of-privacy-practices',
			BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			// Benchmarks measure throughput, not our abuse limits.
			DRAFT_STARTS_PER_HOUR: '1000000',
			STEP_POSTS_PER_HOUR_DRAFT: '1000000',
			STEP_POSTS_PER_HOUR_IP: '1000000',
			SUBMISSIONS_PER_HOUR: '1000000'
		}
	});
	if (opts.logs) {
		const logs = opts.logs;
		let rest = '';
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
			const lines = (rest + chunk).split('\n');
			rest = lines.pop() ?? '';
			logs.push(...lines);
		});
	}
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	// Never leave the server running when the benchmark dies (run.ts exits on SIGINT and SIGTERM).
	const orphan = () => child.kill('SIGKILL');
	process.once('exit', orphan);
	void exited.then(() => process.off('exit', orphan));
	const cleanUp = async () => {
		if (url) {
			await setup.close();
			await dropDatabase(url);
		} else rmSync(pgliteDir, { recursive: true, force: true });
	};
	let ready = false;
	for (let i = 0; i < 600 && !ready && child.exitCode === null; i++) {
		try {
			ready = (await fetch(`${origin}/`)).ok;
		} catch {
			/* not listening yet */
		}
		if (!ready) await new Promise((r) => setTimeout(r, 100));
	}
	if (!ready || child.exitCode !== null) {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		await cleanUp();
		throw new Error(`The app did not start on port ${port}`);
	}
	return {
		origin,
		databaseUrl: url,
		db: url ? setup : null,
		pid: child.pid!,
		hasExited: () => child.exitCode !== null || child.signalCode !== null,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
			await cleanUp();
		}
	};
}
