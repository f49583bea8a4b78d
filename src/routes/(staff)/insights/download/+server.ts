// One chart's table as CSV (counts only), with the page's range and filters; audited.
import { error } from '@sveltejs/kit';
import { config, db } from '$lib/server/db';
import { isChartId } from '$lib/server/insights/charts';
import { chartCsv, chartFileName } from '$lib/server/insights/csv';
import { addDays, parseInsightFilters } from '$lib/server/insights/filters';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, locals }) => {
	const chart = url.searchParams.get('chart');
	const parsed = parseInsightFilters(url.searchParams, new Date().toISOString().slice(0, 10));
	if (!isChartId(chart) || !parsed.ok) error(400, 'Check the chart and the filters and try again.');
	const body = await chartCsv(db, chart, parsed.filters, {
		serviceStates: config.SERVICE_STATES,
		viewer: { id: locals.user!.id, role: locals.user!.role ?? null, requestId: locals.requestId }
	});
	const name = chartFileName(chart, parsed.filters, addDays(parsed.filters.toWeek, 6));
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
