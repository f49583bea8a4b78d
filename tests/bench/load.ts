// Load and faults (issue 7): LOAD_PATIENTS (200) simulated patients at once go through the whole
// wizard without JavaScript (load-client.ts) against `node build` on PostgreSQL for LOAD_SECONDS
// (60), each a fresh app on a fresh database. Then the database is compared with the clients' log:
// every acknowledged submission present exactly once, no duplicate intakes. The second run is the
// same while PostgreSQL is restarted LOAD_RESTARTS (8) times, evenly spread over the run: requests
// during an outage must get a clear 503 page (no stack trace), drafts survive, retrying clients
// succeed, and the app process must never exit (issue 14: postgres.js crashed it in 2 of 8 trials).
//
// The restart runs `pg_ctlcluster --skip-systemctl-redirect <version> <cluster> restart` on the
// cluster named by LOAD_PG_CLUSTER (e.g. "15 loadbench"), by default the local cluster listening
// on the port of DATABASE_URL. Point DATABASE_URL at a cluster of your own: everyone on it is cut
// off for a few seconds, eight times. For example:
//   pg_createcluster 15 bench -p 5443 -- --auth-host=trust --auth-local=trust
//   pg_ctlcluster 15 bench start
//   DATABASE_URL=postgres://postgres@127.0.0.1:5443/postgres npm run bench:load
// Baseline, same run: plain GET /login (no database) at the same concurrency. Only run when named:
// `npm run bench:load`.
import '../../src/lib/server/medicine-matcher';
import autocannon from 'autocannon';
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import wizardEn from '../../src/lib/i18n/messages/wizard/en.json' with { type: 'json' };
import type { Db } from '../../src/lib/server/db/client';
import type { BenchMetric } from './run';
import { startApp, type RunningApp } from './app';
import { newStats, runPatient, type LoadStats } from './load-client';
import { report, type RunResult } from './load-report';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PATIENTS = Number(process.env.LOAD_PATIENTS ?? 200);
const RESTARTS = Number(process.env.LOAD_RESTARTS ?? 8);
const PORT = 4307;
const TEXTS = { outage: wizardEn.wizard_error_unavailable_body, done: wizardEn.wizard_done_title };

/** "<version> <name>" of the cluster to restart: LOAD_PG_CLUSTER, else the one on DATABASE_URL's port. */
function clusterToRestart(): string[] {
	const named = process.env.LOAD_PG_CLUSTER?.trim();
	if (named) return named.split(/\s+/);
	const port = new URL(process.env.DATABASE_URL ?? 'postgres://localhost').port || '5432';
	const line = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
		.split('\n')
		.map((l) => l.trim().split(/\s+/))
		.find((cols) => cols[2] === port);
	if (!line) throw new Error(`No local cluster on port ${port}: set LOAD_PG_CLUSTER="15 name".`);
	return line.slice(0, 2);
}

const startTime = async (db: Db) =>
	String(
		((await db.execute(sql`select pg_postmaster_start_time() as t`)) as { t: unknown }[])[0]?.t
	);

/** CPU seconds (user + system) the process has used so far; NaN where /proc is missing. */
function cpuSeconds(pid: number): number {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ)
	} catch {
		return NaN;
	}
}

async function run(phase: string, restart: string[] | null): Promise<RunResult> {
	const logs: string[] = [];
	const app = await startApp(PORT, { postgres: true, logs });
	try {
		const db = app.db!.db;
		const before = await startTime(db);
		const stats = newStats();
		const cpu = cpuSeconds(app.pid);
		const until = stats.started + SECONDS * 1000;
		const restartSeconds: number[] = [];
		let exitedDuringRun = false;
		// Asynchronous, so the patients keep sending requests while PostgreSQL is down.
		const fault = restart
			? (async () => {
					for (let i = 1; i <= RESTARTS; i++) {
						const at = stats.started + (i * SECONDS * 1000) / (RESTARTS + 1);
						await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
						const t0 = performance.now();
						await promisify(execFile)('pg_ctlcluster', [
							'--skip-systemctl-redirect',
							...restart,
							'restart'
						]);
						restartSeconds.push((performance.now() - t0) / 1000);
						// The crash came from a deferred write just after the close: give it a moment.
						await new Promise((r) => setTimeout(r, 500));
						exitedDuringRun ||= app.hasExited();
					}
				})()
			: Promise.resolve();
		let next = 0;
		// New patients start until the time is up; those under way finish their form.
		await Promise.all([
			fault,
			...Array.from({ length: PATIENTS }, async () => {
				while (Date.now() < until) {
					const n = next++;
					await runPatient(app.origin, n, `load-${phase}-${n}@example.com`, stats, TEXTS);
				}
			})
		]);
		const seconds = (Date.now() - stats.started) / 1000;
		const cpuPerRequest = ((cpuSeconds(app.pid) - cpu) * 1000) / stats.latencies.length;
		exitedDuringRun ||= app.hasExited();
		const restarted = restart ? (await startTime(db)) !== before : undefined;
		return {
			stats,
			cpuPerRequest,
			seconds,
			restartSeconds: restart ? restartSeconds : undefined,
			restarted,
			exited: exitedDuringRun,
			check: await compare(db, stats),
			logs
		};
	} finally {
		await app.stop();
	}
}

/** The database against the clients' log of acknowledged submissions. */
async function compare(db: Db, stats: LoadStats) {
	const rows = (await db.execute(
		sql`select lower(email) as email, count(*) filter (where status <> 'draft')::int as sent,
			count(*) filter (where status = 'draft')::int as drafts
			from intakes group by 1`
	)) as { email: string | null; sent: number; drafts: number }[];
	const sent = new Map(rows.map((r) => [r.email, r.sent]));
	const acked = new Set(stats.acknowledged.map((a) => a.email));
	return {
		missing: [...acked].filter((e) => sent.get(e) !== 1).length,
		duplicates: rows.filter((r) => r.sent > 1).length,
		unacknowledged: rows.filter((r) => r.sent > 0 && !acked.has(r.email ?? '')).length,
		drafts: rows.reduce((n, r) => n + r.drafts, 0)
	};
}

async function baseline(app: RunningApp): Promise<BenchMetric[]> {
	const cpu = cpuSeconds(app.pid);
	const result = await autocannon({
		url: `${app.origin}/login`,
		connections: PATIENTS,
		duration: 10,
		headers: { accept: 'text/html' }
	});
	const cpuPerRequest = ((cpuSeconds(app.pid) - cpu) * 1000) / result.requests.total;
	return [
		{
			metric: `baseline: GET /login (no database), ${PATIENTS} connections, 10 s`,
			value: result.requests.average,
			unit: `req/s (p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx)`
		},
		{ metric: 'baseline: server CPU time per GET /login', value: cpuPerRequest, unit: 'ms' }
	];
}

export async function loadBench(): Promise<BenchMetric[]> {
	const cluster = clusterToRestart();
	const busy = loadavg()[0]!;
	const app = await startApp(PORT, { postgres: true });
	let base: BenchMetric[];
	try {
		base = await baseline(app);
	} finally {
		await app.stop();
	}
	const steady = await run('steady', null);
	if (steady.stats.flowErrors.length)
		console.error('flow errors:', steady.stats.flowErrors.slice(0, 5));
	const faulty = await run('restart', cluster);
	if (faulty.stats.flowErrors.length)
		console.error('flow errors:', faulty.stats.flowErrors.slice(0, 5));
	return [
		{
			metric: 'machine load average (1 min) before the runs (other work on the machine)',
			value: busy,
			unit: ''
		},
		...base,
		...report(`steady, ${PATIENTS} patients, ${SECONDS} s`, steady, base[0]!.value),
		...report(
			`${RESTARTS} restarts of ${cluster.join(' ')} in ${SECONDS} s`,
			faulty,
			base[0]!.value
		)
	];
}
