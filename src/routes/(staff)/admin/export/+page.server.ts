import { US_STATES } from '$lib/intake';
import { db } from '$lib/server/db';
import { LEAD_STATUSES, TRIAGES, parseFilters } from '$lib/server/export/filters';
import * as leads from '$lib/server/export/leads';
import type { PageServerLoad } from './$types';

// The filter form is a GET form: choosing filters changes nothing, and the query string (no PHI:
// dates, a status, a state code, a source) makes the preview shareable. The download is a POST.
export const load: PageServerLoad = async ({ url }) => {
	const parsed = parseFilters(url.searchParams);
	return {
		values: parsed.values,
		errors: parsed.ok ? {} : parsed.errors,
		counts: parsed.ok ? await leads.count(db, parsed.filters) : null,
		choices: { statuses: LEAD_STATUSES, triages: TRIAGES, states: Object.entries(US_STATES) }
	};
};
