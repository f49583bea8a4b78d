// /insights on 1,000,000 intakes in PostgreSQL (issue 17 target: each chart ≤ 150 ms, and no query
// reads the intakes table). The demo generator's intakes are COPYed into a fresh database
// (queue-seed.ts) with the insights triggers off, then the rollups are built once with
// insights_rebuild() (timed), as after a bulk restore. Each chart is measured end to end (its
// builder in charts.ts, all its queries and the shaping: median of 5 warm runs) and each of its
// queries under EXPLAIN (ANALYZE, BUFFERS). Baseline in the same run: a primary-key lookup of one
// intake. Last, what the triggers cost the writes they watch: single-row draft inserts and status
// changes with the triggers on and off.
//
// INSIGHTS_BENCH_ROWS=<n> seeds fewer rows (to try the benchmark out); INSIGHTS_BENCH_KEEP=1
// keeps the database and prints its URL; INSIGHTS_BENCH_URL=<that URL> reruns on it.
import { eq, sql } from 'drizzle-orm';
import { cpus, loadavg } from 'node:os';
import type { Sql } from 'postgres';
import { openDb } from '../../src/lib/server/db/client';
import type { Db } from '../../src/lib/server/db/client';
import { funnelCounters, intakes } from '../../src/lib/server/db/schema';
import * as charts from '../../src/lib/server/insights/charts';
import { addDays, mondayOf, type InsightFilters } from '../../src/lib/server/insights/filters';
import * as q from '../../src/lib/server/insights/queries';
import { STEP_IDS } from '../../src/lib/intake';
import { createFreshDatabase, dropDatabase } from '../support/databases';
import { explain, type Explained } from './explain';
import { copySeed } from './queue-seed';
import type { BenchMetric } from './run';

const ROWS = Number(process.env.INSIGHTS_BENCH_ROWS ?? 1_000_000);
const TARGET_MS = 150;
const NOW = new Date('2026-11-27T12:00:00Z');
const SERVED = ['TX', 'FL', 'GA', 'MO', 'IL', 'IA'];
const TRIGGERS = ['insights_intake_inserted', 'insights_intake_updated', 'insights_intake_deleted'];

async function setTriggers(client: Sql, on: boolean) {
	for (const t of TRIGGERS)
		await client.unsafe(`alter table intakes ${on ? 'enable' : 'disable'} trigger ${t}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(run: () => Promise<unknown>, runs = 5): Promise<number> {
	await run();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		await run();
		times.push(performance.now() - started);
	}
	return median(times);
}

/** The queries each chart runs, for EXPLAIN. */
function chartQueries(db: Db, f: InsightFilters) {
	return {
		volume: [q.startedByWeek(db, f), q.sentByWeekAndTriage(db, f)],
		funnel: [q.funnelTotals(db, f)],
		triage: [q.sentByWeekAndTriage(db, f)],
		flags: [q.topFlags(db, f), q.sentByWeekAndTriage(db, f)],
		sources: [q.sentBySource(db, f)],
		campaigns: [q.sentBySource(db, f)],
		turnaround: [q.waitHistogram(db, f)],
		states: [q.sentByState(db, f)]
	} satisfies Record<charts.ChartId, { toSQL(): { sql: string; params: unknown[] } }[]>;
}

export async function insightsBench(): Promise<BenchMetric[]> {
	const base = process.env.DATABASE_URL;
	if (!base) throw new Error('The insights benchmark needs DATABASE_URL (PostgreSQL).');
	const reuse = process.env.INSIGHTS_BENCH_URL;
	const url = reuse ?? (await createFreshDatabase(base, 'ldn_ibench'));
	const handle = await openDb({ url, migrationsDir: 'migrations' });
	const db = handle.db;
	const client = (db as unknown as { $client: Sql }).$client;
	const metrics: BenchMetric[] = [];
	try {
		if (!reuse) {
			await handle.migrate();
			await setTriggers(client, false);
			const s = await copySeed(client, { count: ROWS, seed: 5, now: NOW, staffIds: [] });
			await setTriggers(client, true);
			const started = performance.now();
			await db.execute(sql`select insights_rebuild()`);
			const rebuild = (performance.now() - started) / 1000;
			await client`vacuum (analyze) insight_intakes, insight_flags, insight_waits`;
			// A step funnel for every day the seed spans.
			const days = Math.ceil(ROWS / 1440) + 1;
			const rows = [];
			for (let d = 0; d < days; d++) {
				const day = addDays(NOW.toISOString().slice(0, 10), -d);
				for (const [i, stepId] of [...STEP_IDS, 'review'].entries()) {
					rows.push({ day, stepId, event: 'viewed' as const, count: 1600 - i * 20 });
					rows.push({ day, stepId, event: 'completed' as const, count: 1580 - i * 20 });
				}
			}
			for (let i = 0; i < rows.length; i += 1000)
				await db.insert(funnelCounters).values(rows.slice(i, i + 1000));
			metrics.push(
				{
					metric: 'seeded intakes (COPY, triggers off)',
					value: s.intakes,
					unit: `rows in ${s.loadSeconds.toFixed(0)} s`
				},
				{ metric: 'insights_rebuild() over them', value: rebuild, unit: 's' }
			);
		}
		const sizes = (await client`
			select (select count(*) from insight_intakes)::int as intakes,
				(select count(*) from insight_flags)::int as flags,
				(select count(*) from insight_waits)::int as waits,
				(select count(*) from funnel_counters)::int as funnel`) as unknown as [Record<string, number>];
		for (const [table, n] of Object.entries(sizes[0]))
			metrics.push({
				metric: `rollup rows: ${table === 'funnel' ? 'funnel_counters' : `insight_${table}`}`,
				value: n,
				unit: 'rows'
			});

		const [one] = await db.select({ id: intakes.id }).from(intakes).limit(1);
		const loadAtStart = loadavg()[0]!;
		const pk = await explain(
			client,
			db.select().from(intakes).where(eq(intakes.id, one!.id)).toSQL(),
			'intakes'
		);
		metrics.push({
			metric: 'baseline: primary-key lookup of one intake',
			value: pk.ms,
			unit: 'ms'
		});

		const toWeek = mondayOf(NOW.toISOString().slice(0, 10));
		const allWeeks = Math.ceil(ROWS / (1440 * 7)) + 1;
		const everything = { fromWeek: addDays(toWeek, -7 * allWeeks), toWeek };
		const ranges: [string, InsightFilters][] = [
			['12 weeks', { fromWeek: addDays(toWeek, -77), toWeek }],
			[`all ${allWeeks + 1} weeks`, everything],
			['all weeks, source google', { ...everything, source: 'google' }],
			['all weeks, state VT', { ...everything, state: 'VT' }],
			['all weeks, triage review', { ...everything, triage: 'review' }]
		];
		for (const [rangeLabel, f] of ranges) {
			const queries = chartQueries(db, f);
			for (const id of charts.CHART_IDS) {
				const ms = await timed(() => charts.buildChart(db, id, f, SERVED));
				const plans: Explained[] = [];
				for (const query of queries[id])
					plans.push(
						await explain(client, query.toSQL(), id === 'funnel' ? 'funnel_counters' : 'insight')
					);
				const readsIntakes = plans.some((p) => p.seqScanOf.includes('intakes'));
				metrics.push({
					metric: `${id}, ${rangeLabel}`,
					value: ms,
					unit: `ms end to end (SQL ${plans.map((p) => p.ms.toFixed(1)).join(' + ')} ms; ${plans.map((p) => `${p.rows} rows, ${[...new Set(p.scans)].join(', ')}`).join('; ')})`,
					target: `≤ ${TARGET_MS} ms, intakes not read`,
					ok: ms <= TARGET_MS && !readsIntakes
				});
			}
		}

		// What the triggers add to the writes they watch (single-row statements, as the app does).
		const writes = async (label: string) => {
			const ids: string[] = [];
			const insertMs = await timed(async () => {
				const [r] = await db
					.insert(intakes)
					.values({ questionnaireVersion: 'bench', source: 'google' })
					.returning({ id: intakes.id });
				ids.push(r!.id);
			}, 200);
			let i = 0;
			const updateMs = await timed(async () => {
				const id = ids[i++ % ids.length]!;
				await db
					.update(intakes)
					.set({
						status: 'submitted',
						triage: 'eligible',
						submittedAt: new Date(),
						flagRules: ['biologic-therapy']
					})
					.where(eq(intakes.id, id));
				await db.update(intakes).set({ status: 'in_review' }).where(eq(intakes.id, id));
			}, 100);
			metrics.push(
				{ metric: `draft insert, triggers ${label}`, value: insertMs, unit: 'ms (median of 200)' },
				{
					metric: `submit + start review, triggers ${label}`,
					value: updateMs,
					unit: 'ms (median of 100, 2 updates)'
				}
			);
		};
		await writes('on');
		await setTriggers(client, false);
		await writes('off');
		await setTriggers(client, true);

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
		} else if (process.env.INSIGHTS_BENCH_KEEP) console.error(`insights bench: kept ${url}`);
		else await dropDatabase(url);
	}
}
