// The leads CSV download. A POST (SvelteKit checks its origin) because it is audited; the form that
// posts here is a plain one, since the browser saves the streamed file itself.
import { error } from '@sveltejs/kit';
import { db, driver } from '$lib/server/db';
import { fileName, leadsCsv } from '$lib/server/export/csv';
import { parseFilters } from '$lib/server/export/filters';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals }) => {
	const form = await request.formData().catch(() => error(400, 'Send the export form.'));
	const parsed = parseFilters(form);
	if (!parsed.ok) error(400, 'Check the export filters and try again.');
	const user = locals.user!;
	const body = leadsCsv(
		{ db, driver, actor: { id: user.id, role: user.role }, requestId: locals.requestId },
		parsed.filters
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName()}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
