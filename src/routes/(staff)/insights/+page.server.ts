// Insights: how the clinic's intake is doing, from small rollup tables (never the intakes
// themselves). The range and filters come from the URL (a GET form), so a view can be bookmarked
// and the page works without JavaScript; bad values get a message per field and the default range.
import { config, db } from '$lib/server/db';
import { insightsPage } from '$lib/server/insights/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) =>
	insightsPage(db, url.searchParams, {
		today: new Date().toISOString().slice(0, 10),
		serviceStates: config.SERVICE_STATES,
		viewer: { id: locals.user!.id, role: locals.user!.role ?? null, requestId: locals.requestId }
	});
