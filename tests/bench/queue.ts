// The clinicians' queue on 1,000,000 intakes in PostgreSQL (issue 5 target: page 1 and a deep page
// of every tab, filter, search and sort in ≤ 10 ms, and no plan that scans the intakes table).
// Each query is the exact SQL of the app's queue module (pageQuery / tabCountQuery rendered with
// toSQL), run under EXPLAIN (ANALYZE, BUFFERS): median execution time of 3 warm runs. The deep
// page is the one after row 10,000 (page 201), or the last page when fewer rows match. Baseline
// in the same run: a primary-key lookup of one intake.
//
// The app runs each query as an unnamed statement (drizzle's postgres-js driver does not prepare
// them), so every run is planned for its own parameters, as EXPLAIN plans them here.
//
// Data: the demo generator's intakes and flags, loaded with COPY (queue-seed.ts): about 4 min of
// generation on a quiet core, 10-15 min on a busy machine, plus about 2 min of index builds.
// QUEUE_BENCH_KEEP=1 keeps the database and prints its URL; QUEUE_BENCH_URL=<that URL> reruns the
// queries on it without seeding again (and leaves it in place). QUEUE_BENCH_ROWS=<n> seeds fewer
// rows, for trying the benchmark itself out.
import { desc, eq, like } from 'drizzle-orm';
import { cpus, loadavg } from 'node:os';
import type { Sql } from 'postgres';
import { openDb } from '../../src/lib/server/db/client';
import { intakes, user } from '../../src/lib/server/db/schema';
import * as queue from '../../src/lib/server/clinic/queue';
import * as staff from '../../src/lib/server/auth/accounts';
import { createFreshDatabase, dropDatabase } from '../support/databases';
import { explain, type Explained } from './explain';
import { copySeed } from './queue-seed';
import type { BenchMetric } from './run';

const ROWS = Number(process.env.QUEUE_BENCH_ROWS ?? 1_000_000);
const STAFF = 8;
const DEEP_ROW = 10_000;
const TARGET_MS = 10;
/** Search (issue 16): partial, folded matching on trigram indexes. */
const SEARCH_TARGET_MS = 20;
const NOW = new Date('2026-11-27T12:00:00Z');
const day = (daysAgo: number) =>
	new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

type Params = Record<string, string>;

/** The name upper-cased with its first vowel accented ("Maria" → "MÁRIA"): search folds both. */
const accented = (name: string) =>
	name.toUpperCase().replace(/[AEIOU]/, (v) => ({ A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' })[v]!);

/** Label and URL filters of each measured queue view; search terms come from the seeded rows. */
function views(sample: Record<'email' | 'phone' | 'firstName' | 'lastName', string>) {
	const tabs = queue.TABS.map((status): [string, Params] => [`tab ${status}`, { status }]);
	return [
		...tabs,
		['sort by triage priority', { sort: 'priority' }],
		['triage = review', { triage: 'review' }],
		['severity contraindication', { severity: 'contraindication' }],
		['severity caution', { severity: 'caution' }],
		['severity info', { severity: 'info' }],
		['rule, common (sleep-disturbance)', { rule: 'sleep-disturbance' }],
		['rule, rare (hashimoto-thyroid-replacement)', { rule: 'hashimoto-thyroid-replacement' }],
		['condition (fibromyalgia)', { condition: 'fibromyalgia' }],
		['state served (TX)', { state: 'TX' }],
		['state not served (VT)', { state: 'VT' }],
		['submitted within 7 days', { from: day(120), to: day(114) }],
		['assigned to me', { assigned: 'me' }],
		['assigned to me, tab in_review', { status: 'in_review', assigned: 'me' }],
		['unassigned', { assigned: 'unassigned' }],
		['source (google)', { source: 'google' }],
		['search email', { q: sample.email }],
		['search phone', { q: sample.phone }],
		['search last name', { q: sample.lastName }],
		['search full name', { q: `${sample.firstName} ${sample.lastName}` }],
		// Issue 16: partial, case-, accent- and punctuation-insensitive search (≤ 20 ms).
		['search part of a phone (last 4 digits)', { q: sample.phone.slice(-4) }],
		[
			'search phone as typed (555-0199 style)',
			{ q: `${sample.phone.slice(3, 6)}-${sample.phone.slice(6)}` }
		],
		['search rare phone digits (no match)', { q: '9876' }],
		[
			'search part of an email (first.last)',
			{ q: sample.email.split('@')[0]!.replace(/\.\d+$/, '') }
		],
		['search rare email part', { q: sample.email.split('@')[0]! }],
		['search name, other case and accents', { q: accented(sample.firstName) }],
		['search 2 letters', { q: sample.lastName.slice(0, 2) }],
		['search no match', { q: 'zzqx' }],
		['sort by last activity', { sort: 'activity' }],
		['sort by last activity + search last name', { sort: 'activity', q: sample.lastName }],
		['priority sort + state not served (VT)', { sort: 'priority', state: 'VT' }],
		// Issue 16: the "All" tab (every status but drafts) on the partial intakes_all_*_idx.
		['all: sort by triage priority', { status: 'all', sort: 'priority' }],
		['all: sort by last activity', { status: 'all', sort: 'activity' }],
		['all: assigned to me', { status: 'all', assigned: 'me' }],
		['all: triage = review', { status: 'all', triage: 'review' }],
		['all: search last name', { status: 'all', q: sample.lastName }]
	] satisfies [string, Params][];
}

const cpu = (e: Explained) => (e.cpuMs === null ? '' : `CPU ${e.cpuMs.toFixed(1)} ms, `);

function metric(label: string, e: Explained): BenchMetric {
	const seq = e.seqScanOf.includes('intakes');
	const target =
		label.startsWith('search') || label.includes('+ search') ? SEARCH_TARGET_MS : TARGET_MS;
	return {
		metric: label,
		value: e.ms,
		unit: `ms (${cpu(e)}${e.rows} rows, ${e.buffers} buffers; ${e.scans.join(', ')})`,
		target: `≤ ${target} ms, no seq scan`,
		ok: e.ms <= target && !seq
	};
}

export async function queueBench(): Promise<BenchMetric[]> {
	const base = process.env.DATABASE_URL;
	if (!base) throw new Error('The queue benchmark needs DATABASE_URL (PostgreSQL).');
	const reuse = process.env.QUEUE_BENCH_URL;
	const url = reuse ?? (await createFreshDatabase(base, 'ldn_qbench'));
	const handle = await openDb({ url, migrationsDir: 'migrations' });
	const db = handle.db;
	const client = (db as unknown as { $client: Sql }).$client;
	const metrics: BenchMetric[] = [];
	try {
		if (!reuse) {
			await handle.migrate();
			for (let i = 0; i < STAFF; i++)
				await staff.create(db, {
					email: `bench-staff-${i}@bench.test`,
					name: `Bench staff ${i}`,
					role: 'clinician',
					password: 'bench password long enough'
				});
		}
		const staffIds = (
			await db
				.select({ id: user.id })
				.from(user)
				.where(like(user.email, 'bench-staff-%'))
				.orderBy(user.email)
		).map((r) => r.id);
		const me = staffIds[0]!;
		if (!reuse) {
			const s = await copySeed(client, { count: ROWS, seed: 5, now: NOW, staffIds });
			metrics.push(
				{
					metric: 'seeded intakes (COPY)',
					value: s.intakes,
					unit: `rows in ${s.loadSeconds.toFixed(0)} s`
				},
				{ metric: 'seeded flags', value: s.flags, unit: 'rows' },
				{ metric: 'index build after the load', value: s.indexSeconds, unit: 's' }
			);
		}
		const [sample] = await db
			.select({
				id: intakes.id,
				email: intakes.email,
				phone: intakes.phone,
				firstName: intakes.firstName,
				lastName: intakes.lastName
			})
			.from(intakes)
			.where(eq(intakes.status, 'submitted'))
			.orderBy(desc(intakes.submittedAt))
			.offset(5000)
			.limit(1);

		const loadAtStart = loadavg()[0]!;
		metrics.push(
			metric(
				'baseline: primary-key lookup of one intake',
				await explain(
					client,
					db.select().from(intakes).where(eq(intakes.id, sample!.id)).toSQL(),
					'intakes'
				)
			)
		);
		metrics.at(-1)!.target = undefined;
		metrics.at(-1)!.ok = undefined;

		for (const [label, params] of views(sample as Parameters<typeof views>[0])) {
			const f = queue.parseFilters(new URLSearchParams(params));
			metrics.push(
				metric(
					`${label}: page 1`,
					await explain(client, queue.pageQuery(db, f, me).toSQL(), 'intakes')
				)
			);
			const rows = await queue.pageQuery(db, f, me, DEEP_ROW);
			const at =
				rows.length >= DEEP_ROW
					? DEEP_ROW
					: Math.floor((rows.length - 1) / queue.PAGE_SIZE) * queue.PAGE_SIZE;
			if (at <= 0) continue;
			const deep = { ...f, after: queue.cursorAfter(rows[at - 1]!, f.sort) ?? undefined };
			metrics.push(
				metric(
					`${label}: page ${at / queue.PAGE_SIZE + 1}`,
					await explain(client, queue.pageQuery(db, deep, me).toSQL(), 'intakes')
				)
			);
		}

		const counts: Explained[] = [];
		for (const s of queue.TABS)
			counts.push(await explain(client, queue.tabCountQuery(db, s).toSQL(), 'intakes'));
		metrics.push(
			metric(`tab counts: all ${counts.length} capped counts, summed`, {
				...counts[0]!,
				ms: counts.reduce((sum, c) => sum + c.ms, 0),
				cpuMs: counts.some((c) => c.cpuMs === null)
					? null
					: counts.reduce((sum, c) => sum + c.cpuMs!, 0),
				buffers: counts.reduce((sum, c) => sum + c.buffers, 0),
				scans: [...new Set(counts.flatMap((c) => c.scans))],
				seqScanOf: counts.flatMap((c) => c.seqScanOf)
			})
		);
		metrics.push({
			metric: 'load average (1 min) of the machine as the queries started',
			value: loadAtStart,
			unit: `(${loadavg()[0]!.toFixed(1)} as they ended; ${cpus().length} cores)`
		});
		return metrics;
	} finally {
		await handle.close();
		if (reuse) {
			/* left in place */
		} else if (process.env.QUEUE_BENCH_KEEP) console.error(`queue bench: kept ${url}`);
		else await dropDatabase(url);
	}
}
