// Each chart of /insights as plain, serialisable data: what the SVG draws and the table under it
// (the same rows its CSV holds). Counts and shares only: no intake ids, names or contact details.
import { getStep, isStepId, STEP_IDS, US_STATES } from '../../intake';
import { rules } from '../../screening';
import { SEVERITY_LABELS, TRIAGE_LABELS } from '../../clinic/labels';
import { textOf } from '../clinic/texts';
import type { Db } from '../db/client';
import { type InsightFilters, weeksBetween } from './filters';
import * as q from './queries';
import { describeHours, percentileHours, WAIT_BOUNDS } from './turnaround';

export const CHART_IDS = [
	'volume',
	'funnel',
	'triage',
	'flags',
	'sources',
	'campaigns',
	'turnaround',
	'states'
] as const;
export type ChartId = (typeof CHART_IDS)[number];
export const isChartId = (v: unknown): v is ChartId =>
	typeof v === 'string' && (CHART_IDS as readonly string[]).includes(v);

/** A chart's data as a table: the accessible alternative and the CSV. */
export interface ChartTable {
	columns: string[];
	rows: (string | number)[][];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "5 Oct" for the Monday 2026-10-05. */
export const weekLabel = (week: string) =>
	`${Number(week.slice(8, 10))} ${MONTHS[Number(week.slice(5, 7)) - 1]}`;
/** Whole percent of `part` in `whole`, or null when there is no whole. */
export const percent = (part: number, whole: number) =>
	whole > 0 ? Math.round((100 * part) / whole) : null;
const pct = (v: number | null) => (v === null ? '' : `${v}%`);

export async function volumeChart(db: Db, f: InsightFilters) {
	const [started, sent] = await Promise.all([q.startedByWeek(db, f), q.sentByWeekAndTriage(db, f)]);
	const weeks = weeksBetween(f.fromWeek, f.toWeek).map((week) => ({
		week,
		label: weekLabel(week),
		started: started.find((r) => r.week === week)?.started ?? 0,
		sent: sent.filter((r) => r.week === week).reduce((a, r) => a + r.sent, 0),
		booked: sent.filter((r) => r.week === week).reduce((a, r) => a + r.booked, 0)
	}));
	const table: ChartTable = {
		columns: ['Week starting', 'Started', 'Sent', 'Sent and now booked'],
		rows: weeks.map((w) => [w.week, w.started, w.sent, w.booked])
	};
	return { id: 'volume' as const, weeks, table };
}

const TRIAGES = ['eligible', 'review', 'not-eligible-now'] as const;

export async function triageChart(db: Db, f: InsightFilters) {
	const sent = await q.sentByWeekAndTriage(db, f);
	const weeks = weeksBetween(f.fromWeek, f.toWeek).map((week) => {
		const of = (t: string) =>
			sent.filter((r) => r.week === week && r.triage === t).reduce((a, r) => a + r.sent, 0);
		const counts = TRIAGES.map((t) => of(t));
		return { week, label: weekLabel(week), counts, total: counts.reduce((a, b) => a + b, 0) };
	});
	const table: ChartTable = {
		columns: ['Week starting', ...TRIAGES.map((t) => TRIAGE_LABELS[t]!), 'Sent'],
		rows: weeks.map((w) => [w.week, ...w.counts, w.total])
	};
	return {
		id: 'triage' as const,
		series: TRIAGES.map((t) => ({ key: t, label: TRIAGE_LABELS[t]! })),
		weeks,
		table
	};
}

export async function flagsChart(db: Db, f: InsightFilters) {
	const [top, sent] = await Promise.all([q.topFlags(db, f), q.sentByWeekAndTriage(db, f)]);
	const sentTotal = sent.reduce((a, r) => a + r.sent, 0);
	const bars = top.map((r) => {
		const rule = rules.find((x) => x.id === r.ruleId);
		return {
			ruleId: r.ruleId,
			label: rule ? `${rule.ref} ${rule.title}` : r.ruleId,
			severity: SEVERITY_LABELS[rule?.severity ?? ''] ?? '',
			intakes: r.intakes,
			share: percent(r.intakes, sentTotal)
		};
	});
	const table: ChartTable = {
		columns: ['Rule', 'Severity', 'Intakes flagged', 'Share of sent intakes'],
		rows: bars.map((b) => [b.label, b.severity, b.intakes, pct(b.share)])
	};
	return { id: 'flags' as const, bars, sent: sentTotal, table };
}

/** Steps in the order patients meet them, then the review page. */
const FUNNEL_STEPS = [...STEP_IDS, 'review'] as const;
const stepName = (id: string) =>
	id === 'review' ? 'Review and send' : isStepId(id) ? textOf(getStep(id).titleKey) : id;

export async function funnelChart(db: Db, f: InsightFilters) {
	const totals = await q.funnelTotals(db, f);
	const of = (id: string, event: string) =>
		totals.find((r) => r.stepId === id && r.event === event)?.count ?? 0;
	const steps = FUNNEL_STEPS.map((id) => {
		const reached = of(id, 'viewed');
		const completed = of(id, 'completed');
		const stopped = Math.max(0, reached - completed);
		return {
			id,
			label: stepName(id),
			reached,
			completed,
			stopped,
			stoppedShare: percent(stopped, reached)
		};
	});
	const worst = steps.reduce<(typeof steps)[number] | null>(
		(w, s) => (s.stopped > 0 && (!w || s.stopped > w.stopped) ? s : w),
		null
	);
	const table: ChartTable = {
		columns: ['Step', 'Page views', 'Completed', 'Not completed', 'Share not completed'],
		rows: steps.map((s) => [s.label, s.reached, s.completed, s.stopped, pct(s.stoppedShare)])
	};
	return { id: 'funnel' as const, steps, worst: worst?.id ?? null, table };
}

const sourceName = (s: string) => s || '(none)';

export async function sourcesChart(db: Db, f: InsightFilters) {
	const rows = await q.sentBySource(db, f);
	const bySource = new Map<string, { sent: number; eligible: number; booked: number }>();
	for (const r of rows) {
		const seen = bySource.get(r.source) ?? { sent: 0, eligible: 0, booked: 0 };
		seen.sent += r.sent;
		seen.eligible += r.eligible;
		seen.booked += r.booked;
		bySource.set(r.source, seen);
	}
	const bars = [...bySource]
		.map(([source, v]) => ({
			key: source,
			label: sourceName(source),
			...v,
			eligibleShare: percent(v.eligible, v.sent),
			bookedShare: percent(v.booked, v.sent)
		}))
		.filter((b) => b.sent > 0)
		.sort((a, b) => b.sent - a.sent || a.label.localeCompare(b.label));
	return { id: 'sources' as const, bars, table: shareTable('Source', bars) };
}

export async function campaignsChart(db: Db, f: InsightFilters) {
	const rows = await q.sentBySource(db, f);
	const bars = rows
		.filter((r) => r.campaign !== '' && r.sent > 0)
		.map((r) => ({
			key: `${r.source}|${r.campaign}`,
			label: `${r.campaign} (${sourceName(r.source)})`,
			sent: r.sent,
			eligible: r.eligible,
			booked: r.booked,
			eligibleShare: percent(r.eligible, r.sent),
			bookedShare: percent(r.booked, r.sent)
		}))
		.sort((a, b) => b.sent - a.sent || a.label.localeCompare(b.label))
		.slice(0, 15);
	return { id: 'campaigns' as const, bars, table: shareTable('Campaign (source)', bars) };
}

type ShareBar = {
	label: string;
	sent: number;
	eligibleShare: number | null;
	bookedShare: number | null;
};
const shareTable = (first: string, bars: ShareBar[]): ChartTable => ({
	columns: [first, 'Sent', 'Share eligible', 'Share booked'],
	rows: bars.map((b) => [b.label, b.sent, pct(b.eligibleShare), pct(b.bookedShare)])
});

const WAIT_KINDS = [
	{ kind: 'review', label: 'Sent → first review' },
	{ kind: 'decision', label: 'Sent → decision' }
] as const;

export async function turnaroundChart(db: Db, f: InsightFilters) {
	const rows = await q.waitHistogram(db, f);
	const kinds = WAIT_KINDS.map(({ kind, label }) => {
		const counts = Array.from({ length: WAIT_BOUNDS.length + 1 }, (_, i) =>
			rows.filter((r) => r.kind === kind && r.bucket === i).reduce((a, r) => a + r.intakes, 0)
		);
		const median = percentileHours(counts, 0.5);
		const p90 = percentileHours(counts, 0.9);
		return {
			kind,
			label,
			count: counts.reduce((a, b) => a + b, 0),
			median,
			p90,
			medianText: median === null ? '' : `within ${describeHours(median)}`,
			p90Text: p90 === null ? '' : `within ${describeHours(p90)}`
		};
	});
	const table: ChartTable = {
		columns: ['Wait', 'Intakes', 'Half were done', '9 in 10 were done'],
		rows: kinds.map((k) => [k.label, k.count, k.medianText, k.p90Text])
	};
	return { id: 'turnaround' as const, kinds, bounds: [...WAIT_BOUNDS], table };
}

export async function statesChart(db: Db, f: InsightFilters, serviceStates: readonly string[]) {
	const rows = await q.sentByState(db, f);
	const names = US_STATES as Readonly<Record<string, string>>;
	const bars = rows
		.filter((r) => r.sent > 0)
		.map((r) => ({
			key: r.state,
			label: r.state ? `${names[r.state] ?? r.state} (${r.state})` : '(not given)',
			sent: r.sent,
			served: serviceStates.includes(r.state)
		}))
		.sort(
			(a, b) =>
				Number(b.served) - Number(a.served) || b.sent - a.sent || a.label.localeCompare(b.label)
		);
	const served = bars.filter((b) => b.served).reduce((a, b) => a + b.sent, 0);
	const notServed = bars.filter((b) => !b.served).reduce((a, b) => a + b.sent, 0);
	const table: ChartTable = {
		columns: ['State', 'Served', 'Sent'],
		rows: bars.map((b) => [b.label, b.served ? 'Yes' : 'No', b.sent])
	};
	return { id: 'states' as const, bars, served, notServed, table };
}

/** One chart by id (the CSV download builds only the chart asked for). */
export function buildChart(
	db: Db,
	id: ChartId,
	f: InsightFilters,
	serviceStates: readonly string[]
): Promise<{ table: ChartTable }> {
	switch (id) {
		case 'volume':
			return volumeChart(db, f);
		case 'funnel':
			return funnelChart(db, f);
		case 'triage':
			return triageChart(db, f);
		case 'flags':
			return flagsChart(db, f);
		case 'sources':
			return sourcesChart(db, f);
		case 'campaigns':
			return campaignsChart(db, f);
		case 'turnaround':
			return turnaroundChart(db, f);
		case 'states':
			return statesChart(db, f, serviceStates);
	}
}
