// One chart's table as CSV (RFC 4180, every field quoted, CRLF, spreadsheet-safe like the other
// exports): counts and shares only. Audited as insights.exported with the chart and the filters.
import * as audit from '../audit';
import type { Db } from '../db/client';
import { looksLikeFormula } from '../export/leads';
import { buildChart, type ChartId } from './charts';
import { describeInsightFilters, type InsightFilters } from './filters';
import type { Viewer } from './view';

const BOM = '\uFEFF';

const cell = (value: string | number) => {
	const text = String(value);
	const safe = looksLikeFormula(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
};

/** insights-sources-2026-10-05-to-2026-12-27.csv */
export const chartFileName = (id: ChartId, f: InsightFilters, lastDay: string) =>
	`insights-${id}-${f.fromWeek}-to-${lastDay}.csv`;

/** The CSV text of chart `id`; the download is audited before it is returned. */
export async function chartCsv(
	db: Db,
	id: ChartId,
	f: InsightFilters,
	opts: { serviceStates: readonly string[]; viewer: Viewer }
): Promise<string> {
	const { table } = await buildChart(db, id, f, opts.serviceStates);
	await audit.record(db, {
		action: 'insights.exported',
		actorId: opts.viewer.id,
		actorRole: opts.viewer.role,
		requestId: opts.viewer.requestId,
		details: { chart: id, ...describeInsightFilters(f), rows: table.rows.length }
	});
	const lines = [table.columns, ...table.rows].map((r) => r.map(cell).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}
