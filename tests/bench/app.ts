// Starts the built app (`node build`) for a benchmark on a fresh database of its own: PostgreSQL
// beside DATABASE_URL when set, else a new PGlite directory. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type DbHandle } from '../../src/lib/server/db/client';
import { createFreshDatabase, dropDatabase } from '../support/databases';

export interface RunningApp {
	origin: string;
	databaseUrl: string | null;
	/** A second connection to the same database (PostgreSQL only), for setup and baselines. */
	db: DbHandle | null;
	pid: number;
	stop(): Promise<void>;
}

/** `logs`: collect the server's stderr lines there instead of printing them. */
export async function startApp(
	port: number,
	opts: { postgres: boolean; logs?: string[] }
): Promise<RunningApp> {
	if (!existsSync('build/index.js')) throw new Error('Run `npm run build` before the benchmarks.');
	const base = process.env.DATABASE_URL;
	if (opts.postgres && !base) throw new Error('This benchmark needs DATABASE_URL (PostgreSQL).');
	const url = opts.postgres && base ? await createFreshDatabase(base, 'ldn_bench') : null;
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
			BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			// Benchmarks measure throughput, not our abuse limits.
			DRAFT_STARTS_PER_HOUR: '1000000',
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
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) break;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		databaseUrl: url,
		db: url ? setup : null,
		pid: child.pid!,
		stop: async () => {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			if (url) {
				await setup.close();
				await dropDatabase(url);
			} else rmSync(pgliteDir, { recursive: true, force: true });
		}
	};
}
