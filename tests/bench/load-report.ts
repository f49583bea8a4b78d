// The load benchmark's table rows (see load.ts): throughput, latency, server CPU per request and the
// database-against-client-log checks of a run; for the restart run also what patients saw of it.
import type { BenchMetric } from './run';
import { MAX_RETRIES, type LoadStats } from './load-client';

export interface RunResult {
	stats: LoadStats;
	/** Server CPU milliseconds per HTTP request: comparable even on a busy machine. */
	cpuPerRequest: number;
	seconds: number;
	/** How long each `pg_ctlcluster … restart` took, in order. */
	restartSeconds?: number[];
	restarted?: boolean;
	/** Whether the app process ended on its own during the run. */
	exited: boolean;
	check: { missing: number; duplicates: number; unacknowledged: number; drafts: number };
	logs: string[];
}

function percentile(sorted: number[], p: number) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function report(label: string, r: RunResult, baseRate: number): BenchMetric[] {
	const s = r.stats;
	const sorted = [...s.latencies].sort((a, b) => a - b);
	const others = [...s.statuses].reduce(
		(n, [code, c]) => n + (code >= 500 && code !== 503 ? c : 0),
		0
	);
	const rate = s.latencies.length / r.seconds;
	const m = (metric: string, value: number, unit: string): BenchMetric => ({
		metric: `${label}: ${metric}`,
		value,
		unit
	});
	const zero = (metric: string, value: number, unit: string): BenchMetric => ({
		...m(metric, value, unit),
		target: '0',
		ok: value === 0
	});
	const metrics: BenchMetric[] = [
		m('submissions acknowledged (done page reached)', s.acknowledged.length, 'patients'),
		m('submissions per second', s.acknowledged.length / r.seconds, '/s'),
		m('HTTP requests per second (every GET and POST)', rate, 'req/s'),
		m('request rate / baseline GET /login rate', (rate / baseRate) * 100, '%'),
		m('server CPU time per request', r.cpuPerRequest, 'ms'),
		m('latency p50, every request', percentile(sorted, 50), 'ms'),
		m('latency p99, every request', percentile(sorted, 99), 'ms'),
		zero('app process exits during the run', r.exited ? 1 : 0, 'exits'),
		zero('5xx responses other than 503', others, 'responses'),
		zero('flows broken by an unexpected status or page', s.flowErrors.length, 'patients'),
		zero('acknowledged, but not in the database exactly once', r.check.missing, 'intakes'),
		zero('duplicate submitted intakes (same marker email)', r.check.duplicates, 'intakes'),
		m('submitted but never acknowledged', r.check.unacknowledged, 'intakes'),
		m('drafts left in the database', r.check.drafts, 'drafts')
	];
	if (r.restartSeconds === undefined) return metrics;
	const retried = s.acknowledged.filter((a) => a.retried);
	const window = ((s.lastFault ?? 0) - (s.firstFault ?? 0)) / 1000;
	const stackLines = r.logs.filter((l) => /^\s+at /.test(l)).length;
	return [
		...metrics,
		{
			...m('restarts done (postmaster start time changed)', r.restartSeconds.length, 'restarts'),
			target: 'restarted',
			ok: r.restarted
		},
		m('longest `pg_ctlcluster … restart`', Math.max(...r.restartSeconds), 's'),
		m('first to last 503 or dropped connection seen by a patient', window, 's'),
		m('503 pages with the plain message and Retry-After', s.clear503, 'responses'),
		zero('503 pages without them, or with a stack trace', s.unclear503, 'responses'),
		m('connections refused or cut (client side)', s.networkErrors, 'requests'),
		m(
			'patients who retried and finished on the same draft',
			retried.filter((a) => a.sameDraft).length,
			'patients'
		),
		zero(
			'patients whose retry lost the draft',
			retried.filter((a) => !a.sameDraft).length,
			'patients'
		),
		zero(`patients who gave up after ${MAX_RETRIES} retries`, s.gaveUp, 'patients'),
		m('server log lines (one per 503)', r.logs.length, 'lines'),
		zero('stack-trace lines in the server log', stackLines, 'lines')
	];
}
