// The audit viewer (/admin/audit) on 1,000,000 audit rows in PostgreSQL (issue 14 target: ≤ 10 ms
// per page, keyset-paged). Each query is the exact SQL of the viewer (audit-trail/view.ts
// pageQuery rendered with toSQL), run under EXPLAIN (ANALYZE, BUFFERS): median execution time of 3
// warm runs, as in the queue benchmark. For every filter the viewer offers, alone and in the
// combinations an admin is likely to use, page 1 and a deep page: the one after row 10,000 (page
// 201), or the last page when fewer rows match. Baseline in the same run: a primary-key lookup of
// one audit row.
//
// Data: one INSERT … SELECT over generate_series into a fresh database (tens of seconds): two years
// of rows, newest last as the app writes them, from 20 staff members (a 21st, new, has few rows)
// and anonymous events, spread over 100,000 intakes, with the mix of actions a clinic produces
// (mostly intake views, a few admin changes). AUDIT_BENCH_ROWS=<n> seeds fewer rows, for trying the
// benchmark itself out; AUDIT_BENCH_KEEP=1 keeps the database and prints its URL.
import { eq, sql } from 'drizzle-orm';
import { cpus, loadavg } from 'node:os';
import type { Sql } from 'postgres';
import { openDb } from '../../src/lib/server/db/client';
import { auditEvents } from '../../src/lib/server/db/schema';
import {
	PAGE_SIZE,
	page,
	pageQuery,
	type AuditFilters
} from '../../src/lib/server/audit-trail/view';
import { createFreshDatabase, dropDatabase } from '../support/databases';
import { explain, type Explained } from './explain';
import type { BenchMetric } from './run';

const ROWS = Number(process.env.AUDIT_BENCH_ROWS ?? 1_000_000);
const STAFF = 20;
const INTAKES = 100_000;
const DEEP_ROW = 10_000;
const TARGET_MS = 10;
/** The newest row's time: rows are 63 s apart before it (two years for a million). */
const NEWEST = '2026-12-01T00:00:00Z';

const staffId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** The new staff member: 1 row in 5,000 is theirs. */
const NEW_STAFF = staffId(99);

/**
 * Which action row i gets, per 10,000 rows (the first matching bucket). Rare admin changes come
 * first so that they are spread evenly over the two years.
 */
const ACTIONS: [string, number][] = [
	['staff.role_changed', 1],
	['staff.password_reset', 1],
	['staff.disabled', 1],
	['staff.created', 2],
	['staff.two_factor_enabled', 2],
	['export.leads', 40],
	['intake.exported', 40],
	['audit.viewed', 100],
	['staff.logout', 300],
	['staff.login_failed', 500],
	['staff.login', 800],
	['intake.printed', 200],
	['intake.assigned', 300],
	['intake.note_added', 400],
	['intake.status_changed', 800],
	['intake.submitted', 800],
	['intake.viewed', 10_000] // the rest
];

function seedSql(rows: number): string {
	let edge = 0;
	const cases = ACTIONS.map(([action, share]) => {
		edge += share;
		return `when i % 10000 < ${Math.min(edge, 10_000)} then '${action}'`;
	}).join(' ');
	const staff = Array.from({ length: STAFF }, (_, n) => `'${staffId(n)}'::uuid`).join(',');
	return `
		insert into audit_events (at, actor_id, actor_role, action, intake_id, request_id, details)
		select
			timestamptz '${NEWEST}' - make_interval(secs => (${rows} - i) * 63),
			case when a.action in ('staff.login_failed', 'intake.submitted') then null
				when i % 5000 = 7 then '${NEW_STAFF}'::uuid
				else (array[${staff}])[(1 + (i * 7919) % ${STAFF})::int] end,
			case when a.action in ('staff.login_failed', 'intake.submitted') then null
				when i % 3 = 0 then 'admin' else 'clinician' end,
			a.action,
			case when a.action like 'intake.%'
				then md5('intake' || ((i * 104729) % ${INTAKES}))::uuid end,
			md5(i::text),
			case when a.action = 'staff.login_failed'
				then jsonb_build_object('reason', 'invalid', 'ip', '198.51.100.' || (i % 250))
				when a.action like 'staff.%' and a.action <> 'staff.login' and a.action <> 'staff.logout'
				then jsonb_build_object('targetId', '${staffId(1)}')
				else '{}'::jsonb end
		from generate_series(1::bigint, ${rows}) as i
		cross join lateral (select case ${cases} end as action) as a`;
}

const cpu = (e: Explained) => (e.cpuMs === null ? '' : `CPU ${e.cpuMs.toFixed(1)} ms, `);

function metric(label: string, e: Explained): BenchMetric {
	const seq = e.seqScanOf.includes('audit_events');
	return {
		metric: label,
		value: e.ms,
		unit: `ms (${cpu(e)}${e.rows} rows, ${e.buffers} buffers; ${e.scans.join(', ') || 'no index'})`,
		target: `≤ ${TARGET_MS} ms, no seq scan`,
		ok: e.ms <= TARGET_MS && !seq
	};
}

/** The viewer's filters, alone and combined, with a label each. */
function views(intake: string): [string, AuditFilters][] {
	const common = staffId(3);
	return [
		['no filter', {}],
		['staff member (one of 20)', { actor: common }],
		['staff member, new (few rows)', { actor: NEW_STAFF }],
		['intake', { intake }],
		['event type, common (intake.viewed)', { action: 'intake.viewed' }],
		['event type, rare (staff.role_changed)', { action: 'staff.role_changed' }],
		['dates, one week', { from: '2026-06-01', to: '2026-06-07' }],
		['dates, from a day on', { from: '2026-03-01' }],
		['staff member + event type (staff.login)', { actor: common, action: 'staff.login' }],
		[
			'staff member + rare event type (staff.password_reset)',
			{ actor: common, action: 'staff.password_reset' }
		],
		['new staff member + common event type', { actor: NEW_STAFF, action: 'intake.viewed' }],
		['staff member + one week', { actor: common, from: '2026-06-01', to: '2026-06-07' }],
		['event type + one week', { action: 'intake.viewed', from: '2026-06-01', to: '2026-06-07' }],
		[
			'staff member + event type + one week',
			{ actor: common, action: 'intake.viewed', from: '2026-06-01', to: '2026-06-07' }
		]
	];
}

/** The cursor after row `n` of a view, or after the last full page when fewer rows match. */
async function deepCursor(db: Parameters<typeof page>[0], f: AuditFilters) {
	const far = await page(db, f, DEEP_ROW);
	if (far.next) return { after: far.next, pageNo: DEEP_ROW / PAGE_SIZE + 1 };
	const shown = far.rows.length;
	const at = Math.floor((shown - 1) / PAGE_SIZE) * PAGE_SIZE;
	if (at <= 0) return null;
	const before = await page(db, f, at);
	return before.next ? { after: before.next, pageNo: at / PAGE_SIZE + 1 } : null;
}

export async function auditBench(): Promise<BenchMetric[]> {
	const base = process.env.DATABASE_URL;
	if (!base) throw new Error('The audit benchmark needs DATABASE_URL (PostgreSQL).');
	const url = await createFreshDatabase(base, process.env.BENCH_DB_PREFIX ?? 'ldn_abench');
	const handle = await openDb({ url, migrationsDir: 'migrations' });
	const db = handle.db;
	const client = (db as unknown as { $client: Sql }).$client;
	const metrics: BenchMetric[] = [];
	try {
		await handle.migrate();
		const t0 = performance.now();
		await client.unsafe(seedSql(ROWS));
		const seedSeconds = (performance.now() - t0) / 1000;
		await client.unsafe('vacuum analyze audit_events');
		const [{ n }] = (await client.unsafe('select count(*)::int as n from audit_events')) as [
			{ n: number }
		];
		metrics.push({
			metric: 'seeded audit rows (one INSERT … SELECT generate_series, indexes in place)',
			value: n,
			unit: `rows in ${seedSeconds.toFixed(1)} s`
		});
		const [sample] = await db
			.select({ id: auditEvents.id, intakeId: auditEvents.intakeId })
			.from(auditEvents)
			.where(sql`${auditEvents.intakeId} is not null`)
			.orderBy(auditEvents.id)
			.offset(Math.floor(n / 2))
			.limit(1);

		const loadAtStart = loadavg()[0]!;
		const baseline = await explain(
			client,
			db.select().from(auditEvents).where(eq(auditEvents.id, sample!.id)).toSQL(),
			'audit_events'
		);
		metrics.push({
			...metric('baseline: primary-key lookup of one audit row', baseline),
			target: undefined,
			ok: undefined
		});

		for (const [label, f] of views(sample!.intakeId!)) {
			metrics.push(
				metric(`${label}: page 1`, await explain(client, pageQuery(db, f).toSQL(), 'audit_events'))
			);
			const deep = await deepCursor(db, f);
			if (!deep) continue;
			metrics.push(
				metric(
					`${label}: page ${deep.pageNo}`,
					await explain(client, pageQuery(db, { ...f, after: deep.after }).toSQL(), 'audit_events')
				)
			);
		}
		metrics.push({
			metric: 'load average (1 min) of the machine as the queries started',
			value: loadAtStart,
			unit: `(${loadavg()[0]!.toFixed(1)} as they ended; ${cpus().length} cores)`
		});
		return metrics;
	} finally {
		await handle.close();
		if (process.env.AUDIT_BENCH_KEEP) console.error(`audit bench: kept ${url}`);
		else await dropDatabase(url);
	}
}
