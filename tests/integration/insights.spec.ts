// The insights rollups and charts against intakes with known answers, on PostgreSQL (DATABASE_URL)
// and on PGlite: what the triggers keep, what each chart reads from them, the audit rows of a view
// and a CSV download, and that a rebuild from the intakes agrees with what the triggers kept.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import {
	auditEvents,
	funnelCounters,
	insightFlags,
	insightIntakes,
	intakes
} from '../../src/lib/server/db/schema';
import * as charts from '../../src/lib/server/insights/charts';
import { chartCsv } from '../../src/lib/server/insights/csv';
import { mondayOf, type InsightFilters } from '../../src/lib/server/insights/filters';
import { WAIT_BOUNDS } from '../../src/lib/server/insights/turnaround';
import { insightsPage } from '../../src/lib/server/insights/view';
import { openTestDb, resetDb } from './db';

let handle: DbHandle;
beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(() => handle.close());
beforeEach(() => resetDb(handle));

const SERVED = ['TX', 'FL'];
const RULE_A = 'biologic-therapy';
const RULE_B = 'jak-inhibitor-therapy';
const at = (iso: string) => new Date(iso);
const hours = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);

/** Six intakes around the weeks of 2 and 9 November 2026 (see each line for what it tests). */
async function seedKnown() {
	const base = {
		questionnaireVersion: 'test',
		firstName: 'Secret',
		lastName: 'Patient',
		email: 'secret.patient@example.test'
	};
	const db = handle.db;
	const a = at('2026-11-03T11:00:00Z');
	const c = at('2026-11-10T09:00:00Z');
	await db.insert(intakes).values([
		// A: week of 2 Nov, booked, eligible, Google (capitalised), campaign "fall", TX; 5 h wait.
		{
			...base,
			status: 'booked',
			triage: 'eligible',
			source: 'Google',
			utm: { utm_source: 'google', utm_campaign: 'fall' },
			usState: 'TX',
			createdAt: hours(a, -1),
			submittedAt: a,
			updatedAt: hours(a, 5)
		},
		// B: week of 2 Nov, waiting, review, google, TX, two flags.
		{
			...base,
			status: 'submitted',
			triage: 'review',
			source: 'google',
			usState: 'TX',
			flagRules: [RULE_A, RULE_B],
			createdAt: at('2026-11-04T08:00:00Z'),
			submittedAt: at('2026-11-04T08:30:00Z'),
			updatedAt: at('2026-11-04T08:30:00Z')
		},
		// C: started in the week of 2 Nov, sent in the week of 9 Nov; approved after 30 h; NY.
		{
			...base,
			status: 'approved',
			triage: 'eligible',
			source: 'instagram',
			utm: { utm_campaign: 'spring' },
			usState: 'NY',
			flagRules: [RULE_B],
			createdAt: at('2026-11-05T12:00:00Z'),
			submittedAt: c,
			updatedAt: hours(c, 30)
		},
		// D: a draft started in the week of 9 Nov.
		{ ...base, source: 'instagram', createdAt: at('2026-11-10T10:00:00Z') },
		// E: a draft started in the week of 9 Nov, purged below: still counted as started.
		{ ...base, source: 'newsletter', createdAt: at('2026-11-11T10:00:00Z') },
		// F: before the range.
		{
			...base,
			status: 'booked',
			triage: 'eligible',
			source: 'google',
			usState: 'TX',
			createdAt: at('2026-10-20T10:00:00Z'),
			submittedAt: at('2026-10-20T10:00:00Z'),
			updatedAt: at('2026-10-21T10:00:00Z')
		}
	]);
	await db.delete(intakes).where(eq(intakes.source, 'newsletter'));
	await db.insert(funnelCounters).values([
		{ day: '2026-11-02', stepId: 'consent', event: 'viewed', count: 10 },
		{ day: '2026-11-02', stepId: 'consent', event: 'completed', count: 9 },
		{ day: '2026-11-15', stepId: 'about', event: 'viewed', count: 9 },
		{ day: '2026-11-15', stepId: 'about', event: 'completed', count: 6 },
		{ day: '2026-11-16', stepId: 'consent', event: 'viewed', count: 100 }
	]);
}

const range: InsightFilters = { fromWeek: '2026-11-02', toWeek: '2026-11-09' };

describe('insights charts on known intakes', () => {
	it('counts started, sent and booked per week, a purged draft still started', async () => {
		await seedKnown();
		const { weeks, table } = await charts.volumeChart(handle.db, range);
		expect(
			weeks.map(({ week, started, sent, booked }) => ({ week, started, sent, booked }))
		).toEqual([
			{ week: '2026-11-02', started: 3, sent: 2, booked: 1 },
			{ week: '2026-11-09', started: 2, sent: 1, booked: 0 }
		]);
		expect(table.rows).toEqual([
			['2026-11-02', 3, 2, 1],
			['2026-11-09', 2, 1, 0]
		]);
	});

	it('applies the source (any case), triage and state filters', async () => {
		await seedKnown();
		const google = await charts.volumeChart(handle.db, { ...range, source: 'google' });
		expect(google.weeks.map((w) => [w.started, w.sent, w.booked])).toEqual([
			[2, 2, 1],
			[0, 0, 0]
		]);
		const eligible = await charts.triageChart(handle.db, { ...range, triage: 'eligible' });
		expect(eligible.weeks.map((w) => w.counts)).toEqual([
			[1, 0, 0],
			[1, 0, 0]
		]);
		const texas = await charts.statesChart(handle.db, { ...range, state: 'TX' }, SERVED);
		expect(texas.bars.map((b) => [b.key, b.sent, b.served])).toEqual([['TX', 2, true]]);
	});

	it('splits each week by triage, and ranks the flags with their share of sent intakes', async () => {
		await seedKnown();
		const triage = await charts.triageChart(handle.db, range);
		expect(triage.weeks.map((w) => [w.week, ...w.counts, w.total])).toEqual([
			['2026-11-02', 1, 1, 0, 2],
			['2026-11-09', 1, 0, 0, 1]
		]);
		const flags = await charts.flagsChart(handle.db, range);
		expect(flags.sent).toBe(3);
		expect(flags.bars.map((b) => [b.ruleId, b.intakes, b.share])).toEqual([
			[RULE_B, 2, 67],
			[RULE_A, 1, 33]
		]);
		expect(flags.bars[0]!.label).toMatch(/^R\d+ /);
	});

	it('gives sources and campaigns with their shares eligible and booked', async () => {
		await seedKnown();
		const sources = await charts.sourcesChart(handle.db, range);
		expect(sources.bars.map((b) => [b.label, b.sent, b.eligibleShare, b.bookedShare])).toEqual([
			['google', 2, 50, 50],
			['instagram', 1, 100, 0]
		]);
		const campaigns = await charts.campaignsChart(handle.db, range);
		expect(campaigns.table.rows).toEqual([
			['fall (google)', 1, '100%', '100%'],
			['spring (instagram)', 1, '100%', '0%']
		]);
	});

	it('tells states served from states not served', async () => {
		await seedKnown();
		const states = await charts.statesChart(handle.db, range, SERVED);
		expect(states.bars.map((b) => [b.label, b.sent, b.served])).toEqual([
			['Texas (TX)', 2, true],
			['New York (NY)', 1, false]
		]);
		expect([states.served, states.notServed]).toEqual([2, 1]);
	});

	it('reads the step funnel of the range and finds where most patients stop', async () => {
		await seedKnown();
		const funnel = await charts.funnelChart(handle.db, range);
		const consent = funnel.steps.find((s) => s.id === 'consent')!;
		const about = funnel.steps.find((s) => s.id === 'about')!;
		expect([consent.reached, consent.completed, consent.stopped]).toEqual([10, 9, 1]);
		expect([about.reached, about.completed, about.stopped, about.stoppedShare]).toEqual([
			9, 6, 3, 33
		]);
		expect(funnel.worst).toBe('about');
	});

	it('gives waits to the bucket: rows that arrive reviewed count their last change', async () => {
		await seedKnown();
		const { kinds } = await charts.turnaroundChart(handle.db, range);
		// A waited 5 h (bucket 4–8 h), C 30 h (24–36 h), for both review and decision.
		for (const k of kinds) {
			expect([k.count, k.median, k.p90, k.medianText, k.p90Text]).toEqual([
				2,
				8,
				36,
				'within 8 hours',
				'within 36 hours'
			]);
		}
	});

	it('times the workflow: first review and decision when the status changes', async () => {
		const sent = new Date(Date.now() - 3 * 3_600_000);
		const [row] = await handle.db
			.insert(intakes)
			.values({
				questionnaireVersion: 'test',
				status: 'submitted',
				triage: 'eligible',
				source: 'google',
				createdAt: sent,
				submittedAt: sent,
				updatedAt: sent
			})
			.returning({ id: intakes.id });
		for (const status of ['in_review', 'approved', 'booked'] as const)
			await handle.db.update(intakes).set({ status }).where(eq(intakes.id, row!.id));
		const today = new Date().toISOString().slice(0, 10);
		const week = mondayOf(today);
		const { kinds } = await charts.turnaroundChart(handle.db, { fromWeek: week, toWeek: week });
		expect(kinds.map((k) => [k.kind, k.count, k.median])).toEqual([
			['review', 1, 4],
			['decision', 1, 4]
		]);
		const volume = await charts.volumeChart(handle.db, {
			fromWeek: mondayOf(sent.toISOString().slice(0, 10)),
			toWeek: week
		});
		expect(volume.weeks.reduce((a, w) => a + w.booked, 0)).toBe(1);
	});

	it('keeps in the rollups exactly what a rebuild from the intakes gives', async () => {
		await seedKnown();
		await handle.db
			.update(intakes)
			.set({ triage: 'not-eligible-now', flagRules: [RULE_A], usState: 'FL' })
			.where(eq(intakes.status, 'submitted'));
		await handle.db
			.update(intakes)
			.set({ status: 'in_review' })
			.where(eq(intakes.status, 'submitted'));
		const snapshot = async () => ({
			intakes: await handle.db
				.select()
				.from(insightIntakes)
				.where(and(ne(insightIntakes.intakes, 0), ne(insightIntakes.stage, 'deleted')))
				.orderBy(insightIntakes.weekStarted, insightIntakes.source, insightIntakes.stage),
			flags: await handle.db
				.select()
				.from(insightFlags)
				.where(ne(insightFlags.intakes, 0))
				.orderBy(insightFlags.weekSubmitted, insightFlags.ruleId, insightFlags.source)
		});
		const kept = await snapshot();
		await handle.db.execute(sql`select insights_rebuild()`);
		expect(await snapshot()).toEqual(kept);
		expect(kept.intakes.length).toBeGreaterThan(3);
	});

	it('uses the same wait buckets in SQL and in TypeScript', async () => {
		const [row] = await handle.db
			.select({ bounds: sql<string>`array_to_string(insights_wait_bounds(), ',')` })
			.from(sql`(select 1) as one`);
		expect(row!.bounds.split(',').map(Number)).toEqual([...WAIT_BOUNDS]);
	});
});

describe('the insights page and CSV downloads', () => {
	const viewer = { id: crypto.randomUUID(), role: 'clinician', requestId: 'req-insights' };

	it('audits a view with its filters, and keeps field errors from a bad query', async () => {
		await seedKnown();
		const page = await insightsPage(
			handle.db,
			new URLSearchParams({ from: '2026-11-04', to: '2026-11-12', source: 'Google' }),
			{ today: '2026-12-07', serviceStates: SERVED, viewer }
		);
		expect(page.errors).toEqual({});
		expect(page.range).toEqual({
			fromWeek: '2026-11-02',
			toWeek: '2026-11-09',
			lastDay: '2026-11-15'
		});
		expect(page.charts.volume.weeks.map((w) => w.sent)).toEqual([2, 0]);
		const bad = await insightsPage(
			handle.db,
			new URLSearchParams({ from: '2026-13-40', triage: 'maybe' }),
			{ today: '2026-12-07', serviceStates: SERVED, viewer }
		);
		expect(Object.keys(bad.errors).sort()).toEqual(['from', 'triage']);
		expect(bad.range.toWeek).toBe('2026-12-07');
		const rows = await handle.db
			.select({ action: auditEvents.action, details: auditEvents.details })
			.from(auditEvents)
			.where(eq(auditEvents.actorId, viewer.id))
			.orderBy(auditEvents.id);
		expect(rows[0]).toEqual({
			action: 'insights.viewed',
			details: {
				fromWeek: '2026-11-02',
				toWeek: '2026-11-09',
				source: 'google',
				triage: null,
				state: null
			}
		});
	});

	it('downloads each chart as counts only, and audits the download', async () => {
		await seedKnown();
		for (const id of charts.CHART_IDS) {
			const csv = await chartCsv(handle.db, id, range, { serviceStates: SERVED, viewer });
			expect(csv.startsWith('\uFEFF"')).toBe(true);
			expect(csv).not.toMatch(/secret|patient@|example\.test/i);
		}
		const volume = await chartCsv(handle.db, 'volume', range, { serviceStates: SERVED, viewer });
		expect(volume).toBe(
			'\uFEFF"Week starting","Started","Sent","Sent and now booked"\r\n' +
				'"2026-11-02","3","2","1"\r\n"2026-11-09","2","1","0"\r\n'
		);
		const exported = await handle.db
			.select({ details: auditEvents.details })
			.from(auditEvents)
			.where(and(eq(auditEvents.actorId, viewer.id), eq(auditEvents.action, 'insights.exported')));
		expect(exported.length).toBe(charts.CHART_IDS.length + 1);
		expect(exported[0]!.details).toMatchObject({
			chart: 'volume',
			fromWeek: '2026-11-02',
			rows: 2
		});
	});
});
