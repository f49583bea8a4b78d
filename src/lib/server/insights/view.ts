// Everything /insights shows for a query string: the parsed filters (or field errors), each
// chart's data, and the links that keep the filters (CSV downloads). Viewing is audited with the
// filters only (insights.viewed), like every other staff view.
import * as audit from '../audit';
import type { Db } from '../db/client';
import * as charts from './charts';
import {
	addDays,
	describeInsightFilters,
	parseInsightFilters,
	type InsightFilters
} from './filters';

export interface Viewer {
	id: string;
	role: string | null;
	requestId?: string;
}

/** The query string of the filters, for links (blank filters left out). */
export function filterQuery(f: InsightFilters, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams({ from: f.fromWeek, to: addDays(f.toWeek, 6) });
	if (f.source) params.set('source', f.source);
	if (f.triage) params.set('triage', f.triage);
	if (f.state) params.set('state', f.state);
	for (const [k, v] of Object.entries(extra)) params.set(k, v);
	return `?${params}`;
}

/** The page's data for `query` (the URL's), on `today` (UTC). */
export async function insightsPage(
	db: Db,
	query: URLSearchParams,
	opts: { today: string; serviceStates: readonly string[]; viewer: Viewer }
) {
	const parsed = parseInsightFilters(query, opts.today);
	const f = parsed.filters;
	const [volume, funnel, triage, flags, sources, campaigns, turnaround, states] = await Promise.all(
		[
			charts.volumeChart(db, f),
			charts.funnelChart(db, f),
			charts.triageChart(db, f),
			charts.flagsChart(db, f),
			charts.sourcesChart(db, f),
			charts.campaignsChart(db, f),
			charts.turnaroundChart(db, f),
			charts.statesChart(db, f, opts.serviceStates)
		]
	);
	await audit.record(db, {
		action: 'insights.viewed',
		actorId: opts.viewer.id,
		actorRole: opts.viewer.role,
		requestId: opts.viewer.requestId,
		details: describeInsightFilters(f)
	});
	// Query strings of each chart's CSV (the page adds the resolved /insights/download path).
	const csv = Object.fromEntries(
		charts.CHART_IDS.map((id) => [id, filterQuery(f, { chart: id })])
	) as Record<charts.ChartId, string>;
	return {
		range: { fromWeek: f.fromWeek, toWeek: f.toWeek, lastDay: addDays(f.toWeek, 6) },
		filters: { source: f.source ?? '', triage: f.triage ?? '', state: f.state ?? '' },
		// The form shows the range as used (whole weeks), or what was typed when it has errors.
		values: parsed.ok
			? {
					from: f.fromWeek,
					to: addDays(f.toWeek, 6),
					source: f.source ?? '',
					triage: f.triage ?? '',
					state: f.state ?? ''
				}
			: parsed.values,
		errors: parsed.ok ? {} : parsed.errors,
		serviceStates: [...opts.serviceStates],
		charts: { volume, funnel, triage, flags, sources, campaigns, turnaround, states },
		csv
	};
}
